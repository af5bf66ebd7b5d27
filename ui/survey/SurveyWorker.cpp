// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyWorker.h"

#include <QThread>
#include <QTimer>

namespace loket::ui {

SurveyWorker::SurveyWorker(DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_relay(new QObject(this))
    , m_watchdog(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("survey-screen"));
    m_context->moveToThread(m_thread);
    // The thread's connection goes with it: nothing holds the file after the screen.
    connect(m_thread, &QThread::finished, m_context, [db = m_db, context = m_context] {
        db->closeThreadConnection();
        delete context;
    }, Qt::DirectConnection);
    m_thread->start();
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(kSlowMs);
    connect(m_watchdog, &QTimer::timeout, this, &SurveyWorker::slow);
}

SurveyWorker::~SurveyWorker()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SurveyWorker::started()
{
    if (m_running++ == 0)
        m_watchdog->start();
}

void SurveyWorker::finished()
{
    if (--m_running == 0)
        m_watchdog->stop();
    else
        m_watchdog->start(); // the next job gets its own time
}

} // namespace loket::ui
