// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voice/Announcer.h"

#include "ui/voice/Chime.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#ifdef LOKET_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace loket::ui {

namespace {

constexpr int kPauseBetweenCallsMs = 700;
constexpr int kTimeoutsBeforeGivingUp = 2;

} // namespace

Announcer::Announcer(QObject *parent)
    : QObject(parent)
    , m_chime(new Chime(this))
    , m_step(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_step->setSingleShot(true);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
#ifdef LOKET_HAVE_TTS
        if (m_tts)
            m_tts->stop();
#endif
        qInfo("loket: the announcement did not finish in time; going on without waiting for the voice");
        // A voice that hangs twice in a row (speech-dispatcher without a sound
        // device) would make every call wait for the watchdog: chime only from now on.
        if (++m_timeouts >= kTimeoutsBeforeGivingUp) {
            m_voiceBroken = true;
            m_status = tr("The voice did not finish speaking twice (is a sound device connected?): calls are "
                          "announced with the chime only until the board is restarted.");
            qInfo("loket: %s", qPrintable(m_status));
        }
        done(false);
    });
#ifdef LOKET_HAVE_TTS
    m_status = tr("The voice starts with the first call.");
#else
    m_status = tr("This build of Loket has no speech support: calls are announced with the chime only.");
#endif
}

Announcer::~Announcer() = default;

void Announcer::setVoiceEnabled(bool enabled)
{
    m_voiceEnabled = enabled;
}

QString Announcer::voiceStatus() const
{
    if (!m_voiceEnabled)
        return tr("The voice is switched off: calls are announced with the chime only.");
    return m_status;
}

void Announcer::prepare()
{
    if (m_voiceEnabled)
        startEngine();
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
    if (!m_voiceEnabled || m_voiceBroken) {
        done(false);
        return;
    }
    startEngine();
#ifdef LOKET_HAVE_TTS
    if (m_tts) {
        m_speaking = true;
        m_watchdog->start(speechTimeoutMs(m_current));
        m_tts->say(m_current);
        return;
    }
#endif
    done(false);
}

void Announcer::done(bool spoken)
{
    if (!m_busy)
        return;
    m_watchdog->stop();
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

void Announcer::startEngine()
{
    if (m_engineTried)
        return;
    m_engineTried = true;
#ifdef LOKET_HAVE_TTS
    // Named: the order of availableEngines() changes between runs, and only
    // speech-dispatcher (with espeak-ng) speaks Indonesian.
    if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd"))) {
        m_status = tr("No speech engine is installed (speech-dispatcher with espeak-ng): calls are announced with "
                      "the chime only.");
        qInfo("loket: %s", qPrintable(m_status));
        return;
    }
    QElapsedTimer startup;
    startup.start();
    auto *tts = new QTextToSpeech(QStringLiteral("speechd"), this);
    if (tts->state() == QTextToSpeech::Error) {
        m_status = tr("The speech engine does not start (%1): calls are announced with the chime only.")
                       .arg(tts->errorString());
        qInfo("loket: %s", qPrintable(m_status));
        delete tts;
        return;
    }
    QLocale indonesian;
    bool found = false;
    for (const QLocale &l : tts->availableLocales()) {
        if (l.language() == QLocale::Indonesian) {
            indonesian = l;
            found = true;
            break;
        }
    }
    if (!found) {
        m_status = tr("The speech engine has no Indonesian voice (install espeak-ng): calls are announced with the "
                      "chime only.");
        qInfo("loket: %s", qPrintable(m_status));
        delete tts;
        return;
    }
    tts->setLocale(indonesian);
    tts->setRate(-0.1); // a little slower: the hall echoes
    connect(tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (!m_speaking)
            return;
        if (state == QTextToSpeech::Ready) {
            m_timeouts = 0;
            done(true);
        } else if (state == QTextToSpeech::Error)
            done(false);
    });
    m_tts = tts;
    m_status = tr("Calls are announced in Indonesian (%1).").arg(indonesian.name());
    qInfo("loket: speech engine ready in %lld ms", qint64(startup.elapsed()));
#endif
}

} // namespace loket::ui
