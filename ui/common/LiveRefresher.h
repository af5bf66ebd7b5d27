// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace loket {
class ChangeFeed;
class Database;
} // namespace loket

namespace loket::ui {

// Keeps a queue screen current without polling the data: follows the
// database's ChangeFeed, refreshes once per burst of changes, and only while
// the screen is visible; a hidden screen catches up when it is shown again.
class LiveRefresher : public QObject
{
    Q_OBJECT
public:
    LiveRefresher(const Database &db, QWidget *screen, std::function<void()> refresh);
    ~LiveRefresher() override;

    // Starts following the database; an error means live updates are off.
    Status start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();

    QWidget *m_screen = nullptr;
    std::function<void()> m_refresh;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer *m_soon = nullptr;
    bool m_stale = false;
};

} // namespace loket::ui
