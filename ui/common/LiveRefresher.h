// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace loket {
class ChangeFeed;
} // namespace loket

namespace loket::ui {

// Keeps a queue screen current without polling the data: follows the
// process's one ChangeFeed on the database (sharedChangeFeed), refreshes once
// per burst of changes, and only while the screen is visible; a hidden screen
// catches up when it is shown again.
class LiveRefresher : public QObject
{
    Q_OBJECT
public:
    LiveRefresher(const DatabasePtr &db, QWidget *screen, std::function<void()> refresh);
    ~LiveRefresher() override;

    // Starts following the database; an error means live updates are off.
    Status start();
    // The feed followed, shared with the process's other live screens.
    const ChangeFeed *feed() const { return m_feed.get(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();

    QWidget *m_screen = nullptr;
    std::function<void()> m_refresh;
    std::shared_ptr<ChangeFeed> m_feed;
    QTimer *m_soon = nullptr;
    bool m_stale = false;
};

} // namespace loket::ui
