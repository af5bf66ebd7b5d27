// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voice/VoiceStatus.h"
#include "ui/voice/SpeechProcess.h"

#include <QObject>
#include <QQueue>
#include <QString>

class QTimer;

namespace loket::ui {

class Chime;

// Says the calls on the display board, one after another: the chime, then the
// Indonesian sentence through loket-voice, a child process (SpeechProcess)
// that speaks with speech-dispatcher and espeak-ng. Without a working voice —
// none installed, hung, crashed, still starting — it chimes only. Nothing
// here waits on the speech stack: the board's screen never depends on it.
class Announcer : public QObject
{
    Q_OBJECT
public:
    explicit Announcer(QObject *parent = nullptr);
    // Tests: a stand-in for loket-voice.
    explicit Announcer(SpeechCommand speech, QObject *parent = nullptr);
    ~Announcer() override;

    // Off: chime only, and the speech helper is ended.
    void setVoiceEnabled(bool enabled);
    bool voiceEnabled() const { return m_voiceEnabled; }
    // The helper is ready to speak now.
    bool voiceAvailable() const { return m_voiceEnabled && m_speech->isReady(); }
    // What the board knows of its voice, for staff (the log, board.voice_status).
    VoiceStatus status() const;
    QString voiceStatus() const { return status().describe(); }
    SpeechProcess *speech() const { return m_speech; }

    // Starts the speech helper now, if the voice is on: speech-dispatcher may
    // take seconds to start, better before the first call than during it.
    void prepare();

    void announce(const QString &phrase);
    bool isBusy() const { return m_busy; }
    int pending() const { return int(m_queue.size()); }

    // The longest a sentence may take before the helper is taken for hung.
    int speechTimeoutMs(const QString &phrase) const;
    void setSpeechTimeoutMs(int ms) { m_speechTimeoutOverride = ms; } // tests

Q_SIGNALS:
    void started(const QString &phrase);
    // spoken: the voice said it (false: chime only, no voice, or it did not finish in time).
    void finished(const QString &phrase, bool spoken);
    void statusChanged();

private:
    void next();
    void speak();
    void done(bool spoken);

    Chime *m_chime = nullptr;
    SpeechProcess *m_speech = nullptr;
    bool m_voiceEnabled = true;
    bool m_prepared = false;
    QQueue<QString> m_queue;
    QString m_current;
    bool m_busy = false;
    bool m_speaking = false;
    QTimer *m_step = nullptr; // chime → voice, and the pause between calls
    int m_speechTimeoutOverride = 0;
};

} // namespace loket::ui
