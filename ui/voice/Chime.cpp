// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voice/Chime.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace loket::ui {

namespace {

// One bell-like note: the tone with a soft octave above, a quick attack and a long decay.
void addNote(QList<double> &samples, int startSample, double frequency, double seconds, double gain)
{
    const int count = int(seconds * Chime::sampleRate);
    if (samples.size() < startSample + count)
        samples.resize(startSample + count, 0.0);
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / Chime::sampleRate;
        const double attack = std::min(1.0, t / 0.008);
        const double decay = std::exp(-t * 3.2);
        const double tone = std::sin(2 * M_PI * frequency * t) + 0.35 * std::sin(2 * M_PI * 2 * frequency * t)
            + 0.12 * std::sin(2 * M_PI * 3 * frequency * t);
        samples[startSample + i] += gain * attack * decay * tone / 1.47;
    }
}

void putLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

QByteArray Chime::wav()
{
    QList<double> samples;
    // E5 then C5: the "ding-dong" Indonesian offices and stations use before a call.
    addNote(samples, 0, 659.25, 1.0, 0.55);
    addNote(samples, int(0.45 * sampleRate), 523.25, durationMs / 1000.0 - 0.45, 0.55);
    const int fadeOut = sampleRate / 20; // no click at the end
    for (int i = 0; i < fadeOut && i < samples.size(); ++i)
        samples[samples.size() - 1 - i] *= double(i) / fadeOut;

    QByteArray pcm;
    pcm.reserve(samples.size() * 2);
    for (double s : samples)
        putLe(pcm, quint16(qint16(std::clamp(s, -1.0, 1.0) * 32000)), 2);

    QByteArray out;
    out.append("RIFF");
    putLe(out, quint32(36 + pcm.size()), 4);
    out.append("WAVEfmt ");
    putLe(out, 16, 4); // fmt chunk size
    putLe(out, 1, 2); // PCM
    putLe(out, 1, 2); // mono
    putLe(out, sampleRate, 4);
    putLe(out, sampleRate * 2, 4); // bytes per second
    putLe(out, 2, 2); // block align
    putLe(out, 16, 2); // bits per sample
    out.append("data");
    putLe(out, quint32(pcm.size()), 4);
    out.append(pcm);
    return out;
}

Chime::Chime(QObject *parent)
    : QObject(parent)
{
    const std::pair<const char *, QStringList> players[] = {
        { "paplay", {} },
        { "pw-play", {} },
        { "aplay", { QStringLiteral("-q") } },
    };
    for (const auto &[name, args] : players) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty()) {
            m_player = path;
            m_arguments = args;
            break;
        }
    }
    if (m_player.isEmpty())
        return;
    m_file = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/loket-chime-XXXXXX.wav"), this);
    if (!m_file->open() || m_file->write(wav()) < 0 || !m_file->flush()) {
        m_player.clear();
        return;
    }
    m_file->close();
}

Chime::~Chime()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(200);
    }
}

void Chime::play()
{
    if (m_player.isEmpty())
        return;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // A new call cuts the old chime short rather than overlap it; the old
        // player is not waited for (a hung sound server must not hold the board).
        QProcess *old = m_process;
        m_process = nullptr;
        connect(old, &QProcess::finished, old, &QObject::deleteLater);
        old->kill();
    }
    if (!m_process) {
        m_process = new QProcess(this);
        // A player without a sound server complains on every call: keep it out of the log.
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->setStandardErrorFile(QProcess::nullDevice());
    }
    m_process->start(m_player, m_arguments + QStringList { m_file->fileName() });
}

} // namespace loket::ui
