// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/queue/QueueSnapshot.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QQueue>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QTimer;

namespace loket::ui {

class Announcer;
class BoardModel;
class CallPanel;
class RunningText;
class ServiceStrip;

// The display board in the waiting hall (loket --mode board): the call in
// very large type, the last calls, the line of each service, the clock and
// the office's running text. Each new call chimes and is spoken in
// Indonesian. Read-only and public: it needs no sign-in.
class BoardWindow : public QWidget
{
    Q_OBJECT
public:
    BoardWindow(DatabasePtr db, const Clock &clock, QWidget *parent = nullptr);
    ~BoardWindow() override;

    BoardModel *model() const { return m_model; }
    Announcer *announcer() const { return m_announcer; }
    CallPanel *callPanel() const { return m_call; }
    ServiceStrip *serviceStrip() const { return m_services; }
    RunningText *runningText() const { return m_ticker; }
    QString clockText() const;
    QString dateText() const;

    // Reads the queue now (the change feed does it after every change elsewhere).
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildHeader(QWidget *header);
    void updateClock();
    void scaleFonts();
    void showCurrent();

    DatabasePtr m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    BoardModel *m_model = nullptr;
    Announcer *m_announcer = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    QQueue<RecentCall> m_announcing; // calls waiting for their turn to be said
    bool m_speakingCall = false;

    QLabel *m_logo = nullptr;
    QLabel *m_agency = nullptr;
    QLabel *m_office = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_time = nullptr;
    CallPanel *m_call = nullptr;
    QLabel *m_recentTitle = nullptr;
    QTableView *m_recent = nullptr;
    ServiceStrip *m_services = nullptr;
    RunningText *m_ticker = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_fallback = nullptr;
};

} // namespace loket::ui
