// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QProcess;
class QTemporaryFile;

namespace loket::ui {

// The two-tone "ding-dong" before each call. Qt Multimedia is not part of
// Loket, so the sound is played by the system's player (paplay, pw-play or
// aplay) in a separate process; without one the board stays silent and still
// shows the call. Never blocks.
class Chime : public QObject
{
    Q_OBJECT
public:
    static constexpr int durationMs = 1400;
    static constexpr int sampleRate = 22050;

    explicit Chime(QObject *parent = nullptr);
    ~Chime() override;

    // The sound as a WAV file (16-bit mono PCM), made here rather than shipped.
    static QByteArray wav();

    bool canPlay() const { return !m_player.isEmpty(); }
    QString player() const { return m_player; }
    void play();

private:
    QString m_player;
    QStringList m_arguments;
    QTemporaryFile *m_file = nullptr;
    QProcess *m_process = nullptr;
};

} // namespace loket::ui
