// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voice/Announcer.h"

#include "ui/voice/Chime.h"

#include <QTimer>

namespace loket::ui {

namespace {

constexpr int kPauseBetweenCallsMs = 700;

} // namespace

Announcer::Announcer(QObject *parent)
    : Announcer(SpeechCommand::helper(), parent)
{ }

Announcer::Announcer(SpeechCommand speech, QObject *parent)
    : QObject(parent)
    , m_chime(new Chime(this))
    , m_speech(new SpeechProcess(std::move(speech), this))
    , m_step(new QTimer(this))
{
    m_step->setSingleShot(true);
    connect(m_speech, &SpeechProcess::finished, this, [this](bool spoken) {
        if (m_speaking)
            done(spoken);
    });
    connect(m_speech, &SpeechProcess::statusChanged, this, &Announcer::statusChanged);
}

Announcer::~Announcer() = default;

void Announcer::setVoiceEnabled(bool enabled)
{
    if (enabled == m_voiceEnabled)
        return;
    m_voiceEnabled = enabled;
    if (!enabled)
        m_speech->stop();
    else if (m_prepared)
        m_speech->start();
    Q_EMIT statusChanged();
}

VoiceStatus Announcer::status() const
{
    if (!m_voiceEnabled) {
        VoiceStatus off;
        off.state = VoiceStatus::State::Off;
        return off;
    }
    return m_speech->status();
}

void Announcer::prepare()
{
    m_prepared = true;
    if (m_voiceEnabled)
        m_speech->start();
}

void Announcer::announce(const QString &phrase)
{
    m_queue.enqueue(phrase);
    if (!m_busy)
        next();
}

void Announcer::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_current = m_queue.dequeue();
    Q_EMIT started(m_current);
    m_chime->play();
    m_step->disconnect();
    connect(m_step, &QTimer::timeout, this, &Announcer::speak);
    // Without a player the chime is silent; the pause still gives the eyes time to find the board.
    m_step->start(m_chime->canPlay() ? Chime::durationMs : 400);
}

void Announcer::speak()
{
    if (!m_voiceEnabled || !m_speech->say(m_current, speechTimeoutMs(m_current))) {
        done(false); // no voice now: the chime was the announcement
        return;
    }
    m_speaking = true; // SpeechProcess::finished follows, in time or not
}

void Announcer::done(bool spoken)
{
    if (!m_busy)
        return;
    m_speaking = false;
    const QString phrase = m_current;
    m_current.clear();
    Q_EMIT finished(phrase, spoken);
    m_step->disconnect();
    connect(m_step, &QTimer::timeout, this, &Announcer::next);
    m_step->start(kPauseBetweenCallsMs);
}

int Announcer::speechTimeoutMs(const QString &phrase) const
{
    if (m_speechTimeoutOverride > 0)
        return m_speechTimeoutOverride;
    // espeak-ng speaks Indonesian at about 12 characters a second; twice that, plus start-up.
    return 4000 + int(phrase.size()) * 170;
}

} // namespace loket::ui
