// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voice/VoiceStatus.h"

#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

namespace loket::ui {

// The program that speaks: loket-voice (app/loket-voice, its protocol is
// described there) or, in tests, a stand-in that hangs, crashes or is missing.
struct SpeechCommand {
    QString program;
    QStringList arguments;
    // loket-voice beside the running program, else on the PATH.
    static SpeechCommand helper();
};

// The board's voice as a child process. The speech stack can block for as
// long as speech-dispatcher hangs, so nothing here ever waits on it: the
// process is started, written to and read from through the event loop, and a
// helper that does not get ready, does not finish a sentence in time, or dies
// is killed and started again later (3 s, then twice as long each time, up
// to 2 minutes). Meanwhile isReady() is false and the board chimes only.
class SpeechProcess : public QObject
{
    Q_OBJECT
public:
    struct Timing {
        int startTimeoutMs = 20000; // speech-dispatcher may take seconds to start
        int firstRetryMs = 3000;
        int maxRetryMs = 120000;
    };

    explicit SpeechProcess(SpeechCommand command, QObject *parent = nullptr);
    ~SpeechProcess() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    const SpeechCommand &command() const { return m_command; }

    // Starts the helper unless it runs or a retry is planned. Never blocks.
    void start();
    // Ends the helper and any planned retry (the voice was switched off).
    void stop();

    bool isReady() const { return m_phase == Phase::Ready; }
    bool isSpeaking() const { return m_phase == Phase::Speaking; }
    // Hands the sentence over; false (and nothing emitted) when not ready.
    // finished() follows within timeoutMs, whatever the helper does.
    bool say(const QString &sentence, int timeoutMs);

    // Starting, Voice or ChimeOnly with the reason; `at` and `host` are left empty.
    const VoiceStatus &status() const { return m_status; }
    int restarts() const { return m_restarts; }
    qint64 processId() const;

Q_SIGNALS:
    void finished(bool spoken);
    void statusChanged();

private:
    enum class Phase { Idle, Starting, Ready, Speaking, Waiting };

    void readLines();
    void handleLine(const QString &line);
    void fail(VoiceStatus::Reason reason, const QString &detail);
    void discardProcess();
    void setStatus(VoiceStatus::State state, VoiceStatus::Reason reason = VoiceStatus::Reason::None,
        const QString &detail = {});

    SpeechCommand m_command;
    Timing m_timing;
    Phase m_phase = Phase::Idle;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QTimer *m_startTimer = nullptr;
    QTimer *m_sayTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_failures = 0; // in a row
    bool m_failedSpeaking = false; // the last failure ended a sentence: "voice" again only after one is spoken
    int m_restarts = 0;
    VoiceStatus m_status;
};

} // namespace loket::ui
