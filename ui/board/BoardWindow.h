// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/queue/QueueSnapshot.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/voice/VoiceStatus.h"
#include "ui/voice/SpeechProcess.h"

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
class VoiceStatusPublisher;

// The display board in the waiting hall (loket --mode board): the call in
// very large type, the last calls, the line of each service, the clock and
// the office's running text. Each new call chimes and is spoken in
// Indonesian. Read-only and public: it needs no sign-in.
//
// The screen never waits on the voice: every call is shown as soon as the
// change feed reports it, and the voice (a child process, see Announcer)
// follows when it can. Whether the voice works is for staff only: it goes
// to the log and to board.voice_status (VoiceStatus), never to the screen.
class BoardWindow : public QWidget
{
    Q_OBJECT
public:
    BoardWindow(DatabasePtr db, const Clock &clock, QWidget *parent = nullptr);
    // Tests: a stand-in for the speech helper (one that hangs, crashes, is missing).
    BoardWindow(DatabasePtr db, const Clock &clock, SpeechCommand speech, QWidget *parent = nullptr);
    ~BoardWindow() override;

    BoardModel *model() const { return m_model; }
    Announcer *announcer() const { return m_announcer; }
    CallPanel *callPanel() const { return m_call; }
    ServiceStrip *serviceStrip() const { return m_services; }
    RunningText *runningText() const { return m_ticker; }
    VoiceStatusPublisher *voiceStatusPublisher() const { return m_publisher.get(); }
    // The clock as shown (the header's label), and as it should read now.
    QString shownClockText() const;
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
    void reportVoice();

    DatabasePtr m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    BoardModel *m_model = nullptr;
    Announcer *m_announcer = nullptr;
    std::shared_ptr<ChangeFeed> m_feed; // the process's one feed (sharedChangeFeed)
    std::unique_ptr<VoiceStatusPublisher> m_publisher;
    std::optional<VoiceStatus> m_voiceReported;

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
