// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voice/SpeechProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace loket::ui {

namespace {

constexpr int kUnavailableExitCode = 3; // loket-voice: no engine or no Indonesian voice

VoiceStatus::Reason reasonFromHelper(const QString &code)
{
    if (code == QLatin1String("no_engine"))
        return VoiceStatus::Reason::NoEngine;
    if (code == QLatin1String("no_indonesian"))
        return VoiceStatus::Reason::NoIndonesian;
    return VoiceStatus::Reason::EngineError;
}

} // namespace

SpeechCommand SpeechCommand::helper()
{
    const QString name = QStringLiteral("loket-voice");
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return { beside, {} };
    const QString onPath = QStandardPaths::findExecutable(name);
    return { onPath.isEmpty() ? beside : onPath, {} };
}

SpeechProcess::SpeechProcess(SpeechCommand command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_startTimer(new QTimer(this))
    , m_sayTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    for (QTimer *t : { m_startTimer, m_sayTimer, m_retryTimer })
        t->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        fail(VoiceStatus::Reason::StartTimeout,
            tr("no answer within %1 s").arg(m_timing.startTimeoutMs / 1000.0, 0, 'g', 3));
    });
    connect(m_sayTimer, &QTimer::timeout, this, [this] {
        fail(VoiceStatus::Reason::Hung, tr("the sentence did not finish within %1 s").arg(m_sayTimer->interval() / 1000));
    });
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_phase = Phase::Idle;
        ++m_restarts;
        start();
    });
}

SpeechProcess::~SpeechProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(200); // SIGKILL: at once, even for a stopped process
    }
}

qint64 SpeechProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SpeechProcess::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_buffer.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings go to the board's log
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SpeechProcess::readLines);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(VoiceStatus::Reason::NoHelper,
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_command.program), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        readLines(); // an "unavailable" line written just before leaving
        if (!m_process)
            return; // handled by that line
        if (exitStatus == QProcess::CrashExit)
            fail(VoiceStatus::Reason::Crashed, tr("the speech program crashed"));
        else if (exitCode == kUnavailableExitCode)
            fail(VoiceStatus::Reason::EngineError, tr("the speech program found no usable voice"));
        else
            fail(VoiceStatus::Reason::Crashed, tr("the speech program ended (exit code %1)").arg(exitCode));
    });
    m_phase = Phase::Starting;
    m_startTimer->start(m_timing.startTimeoutMs);
    if (m_status.state != VoiceStatus::State::ChimeOnly)
        setStatus(VoiceStatus::State::Starting); // a retry keeps saying why there is no voice
    m_process->start(m_command.program, m_command.arguments, QIODevice::ReadWrite);
}

void SpeechProcess::stop()
{
    m_startTimer->stop();
    m_sayTimer->stop();
    m_retryTimer->stop();
    const bool wasSpeaking = m_phase == Phase::Speaking;
    discardProcess();
    m_phase = Phase::Idle;
    m_failures = 0;
    m_failedSpeaking = false;
    if (wasSpeaking)
        Q_EMIT finished(false);
}

bool SpeechProcess::say(const QString &sentence, int timeoutMs)
{
    if (m_phase != Phase::Ready || !m_process)
        return false;
    m_phase = Phase::Speaking;
    m_sayTimer->start(qMax(1, timeoutMs));
    m_process->write("say " + sentence.simplified().toUtf8() + '\n');
    return true;
}

void SpeechProcess::readLines()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while (m_process && (end = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        handleLine(line);
    }
}

void SpeechProcess::handleLine(const QString &line)
{
    const QString word = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1);
    if (word == QLatin1String("ready") && m_phase == Phase::Starting) {
        m_startTimer->stop();
        m_phase = Phase::Ready;
        // After a sentence that failed (never ended, crashed, an error), only a
        // finished one shows the voice works again.
        if (!m_failedSpeaking)
            setStatus(VoiceStatus::State::Voice, VoiceStatus::Reason::None, rest);
    } else if (word == QLatin1String("done") && m_phase == Phase::Speaking) {
        m_sayTimer->stop();
        m_phase = Phase::Ready;
        m_failures = 0;
        m_failedSpeaking = false;
        setStatus(VoiceStatus::State::Voice, VoiceStatus::Reason::None, m_status.detail);
        Q_EMIT finished(true);
    } else if (word == QLatin1String("error") && m_phase == Phase::Speaking) {
        fail(VoiceStatus::Reason::EngineError, rest);
    } else if (word == QLatin1String("unavailable")) {
        fail(reasonFromHelper(rest.section(QLatin1Char(' '), 0, 0)), rest.section(QLatin1Char(' '), 1));
    }
}

void SpeechProcess::fail(VoiceStatus::Reason reason, const QString &detail)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Waiting)
        return;
    const bool wasSpeaking = m_phase == Phase::Speaking;
    m_failedSpeaking = m_failedSpeaking || wasSpeaking;
    m_startTimer->stop();
    m_sayTimer->stop();
    discardProcess();
    m_phase = Phase::Waiting;
    ++m_failures;
    const qint64 delay = qMin<qint64>(m_timing.maxRetryMs, qint64(m_timing.firstRetryMs) << qMin(m_failures - 1, 20));
    m_retryTimer->start(int(delay));
    setStatus(VoiceStatus::State::ChimeOnly, reason, detail);
    if (wasSpeaking)
        Q_EMIT finished(false);
}

void SpeechProcess::discardProcess()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() == QProcess::NotRunning) {
        p->deleteLater();
        return;
    }
    // Killed, not waited for: it goes once the system has reaped it.
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    p->closeWriteChannel();
    p->kill();
}

void SpeechProcess::setStatus(VoiceStatus::State state, VoiceStatus::Reason reason, const QString &detail)
{
    VoiceStatus next;
    next.state = state;
    next.reason = reason;
    next.detail = detail;
    if (next == m_status)
        return;
    m_status = next;
    Q_EMIT statusChanged();
}

} // namespace loket::ui
