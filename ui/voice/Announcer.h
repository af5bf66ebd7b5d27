// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQueue>
#include <QString>

class QTextToSpeech;
class QTimer;

namespace loket::ui {

class Chime;

// Says the calls on the display board, one after another: the chime, then the
// Indonesian sentence through the system's speech (Qt TextToSpeech with
// speech-dispatcher and espeak-ng, locale id_ID). Without a working
// Indonesian voice it chimes only. A watchdog ends every announcement, since
// speech-dispatcher without a sound device stays "speaking" forever: the
// board must never wait on its voice.
class Announcer : public QObject
{
    Q_OBJECT
public:
    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // Off: chime only. Starting the speech engine is deferred to the first
    // announcement, so a board without speech starts at once.
    void setVoiceEnabled(bool enabled);
    bool voiceEnabled() const { return m_voiceEnabled; }
    // After the first announcement: whether an Indonesian voice was found.
    bool voiceAvailable() const { return m_tts != nullptr && !m_voiceBroken; }
    // What the board knows of its voice, for the settings page and the log.
    QString voiceStatus() const;

    // Starts the speech engine now, if the voice is on: speech-dispatcher may
    // take a second or two to start, better before the first call than during it.
    void prepare();

    void announce(const QString &phrase);
    bool isBusy() const { return m_busy; }
    int pending() const { return int(m_queue.size()); }

    // For tests: the longest any sentence may take.
    void setSpeechTimeoutMs(int ms) { m_speechTimeoutOverride = ms; }

Q_SIGNALS:
    void started(const QString &phrase);
    // spoken: the voice said it (false: chime only, no voice, or the watchdog ended it).
    void finished(const QString &phrase, bool spoken);

private:
    void next();
    void speak();
    void done(bool spoken);
    void startEngine();
    int speechTimeoutMs(const QString &phrase) const;

    Chime *m_chime = nullptr;
    QTextToSpeech *m_tts = nullptr;
    bool m_engineTried = false;
    bool m_voiceEnabled = true;
    QString m_status;
    QQueue<QString> m_queue;
    QString m_current;
    bool m_busy = false;
    bool m_speaking = false;
    QTimer *m_step = nullptr; // chime → voice, and the pause between calls
    QTimer *m_watchdog = nullptr; // ends a sentence that does not finish
    int m_speechTimeoutOverride = 0;
    int m_timeouts = 0; // in a row
    bool m_voiceBroken = false;
};

} // namespace loket::ui
