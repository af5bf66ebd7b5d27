// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QMainWindow>
#include <QTimeZone>

class QLabel;

namespace loket::ui {

class CounterPage;

// `loket --mode counter`: the counter screen alone, for a PC at the front
// desk. A slim header says who is signed in and offers signing out.
class CounterWindow : public QMainWindow
{
    Q_OBJECT
public:
    CounterWindow(const Session &session, const QString &officeName, QWidget *parent = nullptr);

    CounterPage *page() const { return m_page; }

Q_SIGNALS:
    void logoutRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateClock();

    Session m_session;
    QTimeZone m_zone;
    CounterPage *m_page = nullptr;
    QLabel *m_clock = nullptr;
};

} // namespace loket::ui
