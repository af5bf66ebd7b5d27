// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/TicketPrinter.h"

#include "core/kiosk/TicketPrintout.h"
#include "ui/printing/EscPosPrinter.h"
#include "ui/printing/NoTicketPrinter.h"
#include "ui/printing/PdfTicketPrinter.h"
#include "ui/printing/SystemTicketPrinter.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace loket::ui {

std::unique_ptr<TicketPrinter> TicketPrinter::create(const PrinterSettings &settings, QObject *parent)
{
    switch (settings.kind) {
    case PrinterKind::EscPosDevice:
    case PrinterKind::EscPosNetwork:
        return std::make_unique<EscPosPrinter>(settings, parent);
    case PrinterKind::System:
        return std::make_unique<SystemTicketPrinter>(settings, parent);
    case PrinterKind::Pdf:
        return std::make_unique<PdfTicketPrinter>(settings, parent);
    case PrinterKind::None:
        break;
    }
    return std::make_unique<NoTicketPrinter>(settings, parent);
}

TicketPrinter::TicketPrinter(PrinterSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pool(new QThreadPool)
    , m_relay(new QObject)
{
    m_pool->setMaxThreadCount(1); // one job at a time: two tickets must not mix on the paper
}

TicketPrinter::~TicketPrinter()
{
    m_pool->clear();
    // Jobs time out by themselves; a driver stuck beyond that is left behind
    // rather than freezing the screen that closes.
    if (m_pool->waitForDone(timeoutMs + 500)) {
        delete m_pool;
        delete m_relay;
    }
}

void TicketPrinter::run(const Job &job, const std::function<void(const Status &)> &done)
{
    // Whichever comes first, the job's result or the watchdog, is reported; the other is dropped.
    auto reported = std::make_shared<std::atomic<bool>>(false);
    QPointer<TicketPrinter> self(this);
    // The timer lives in m_relay, which outlives this object while a job is stuck.
    auto *watchdog = new QTimer(m_relay);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, this, [=] {
        watchdog->deleteLater();
        if (reported->exchange(true) || !self)
            return;
        done(makeError(ErrorCode::Io,
            tr("The ticket printer did not answer within %1 seconds. Check that it is switched on and has paper.")
                .arg((timeoutMs + 999) / 1000)));
    });
    // Queued jobs wait for the one before: the watchdog starts when this job starts.
    m_pool->start([=] {
        QMetaObject::invokeMethod(watchdog, qOverload<>(&QTimer::start), Qt::QueuedConnection);
        const Status result = job();
        QMetaObject::invokeMethod(
            watchdog,
            [=] {
                watchdog->stop();
                watchdog->deleteLater();
                if (!reported->exchange(true) && self)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    watchdog->setInterval(timeoutMs + 1000);
}

void TicketPrinter::print(TicketLayout layout)
{
    layout.paper = m_settings.paper;
    const QString number = layout.number;
    run(printJob(layout),
        [this, number](const Status &s) { Q_EMIT finished(s.ok(), s.ok() ? QString() : s.error().message, number); });
}

Status TicketPrinter::printTicket(const DatabasePtr &db, const Clock &clock, const Ticket &ticket)
{
    auto layout = TicketPrintout(db, clock).layout(ticket, m_settings.paper);
    if (!layout)
        return layout.error();
    print(layout.value());
    return {};
}

void TicketPrinter::checkReady()
{
    run(readinessJob(),
        [this](const Status &s) { Q_EMIT readinessChecked(s.ok(), s.ok() ? QString() : s.error().message); });
}

} // namespace loket::ui
