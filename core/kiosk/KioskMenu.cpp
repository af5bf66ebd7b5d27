// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskMenu.h"

#include "core/common/WaitText.h"
#include "core/kiosk/KioskHours.h"
#include "core/queue/QueueReader.h"
#include "core/queue/QueueService.h"
#include "core/standards/StandardService.h"

#include <QLocale>

namespace loket {

QString rupiahText(qint64 amount)
{
    return QStringLiteral("Rp ") + QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(amount);
}

QString KioskService::costText() const
{
    if (!costRupiah)
        return {};
    if (*costRupiah == 0)
        return tr("Free of charge");
    return rupiahText(*costRupiah);
}

QString KioskService::timeText() const
{
    if (serviceTime.isSet())
        return serviceTime.displayText();
    return tr("about %1 min.").arg(target.minutes > 0 ? target.minutes : service.targetMinutes);
}

QString KioskService::lineText() const
{
    if (openCounters == 0)
        return tr("No counter is open for this service yet");
    if (waiting == 0)
        return tr("No one waiting");
    QString text = tr("%n waiting", nullptr, waiting);
    if (estimatedWaitMinutes)
        text += QStringLiteral(" · ") + waitText(*estimatedWaitMinutes);
    return text;
}

Result<QList<KioskService>> KioskMenu::services(const DatabasePtr &db, const Clock &clock)
{
    QueueSnapshotOptions options;
    options.recentCalls = 0;
    options.estimates = true;
    auto snapshot = QueueReader(db, clock).snapshot(options);
    if (!snapshot)
        return snapshot.error();
    StandardService standards(db, clock);
    QList<KioskService> result;
    for (const ServiceQueue &q : snapshot->services) {
        KioskService k;
        k.service = q.service;
        k.waiting = q.waiting;
        k.openCounters = q.openCounters;
        if (q.newTicket)
            k.estimatedWaitMinutes = q.newTicket->minutes;
        // A service without a standard in force still gets its button: the
        // kiosk must not stop issuing because a document is being revised.
        auto standard = standards.versionInForce(q.service.id, snapshot->day);
        if (standard && standard.value()) {
            k.costRupiah = standard.value()->content.costRupiah;
            k.serviceTime = standard.value()->content.serviceTime;
        }
        k.target = ServiceTarget::resolve(
            q.service.targetMinutes, standard ? standard.value() : std::optional<StandardVersion>());
        result << k;
    }
    return result;
}

Result<QList<PriorityReason>> KioskMenu::priorityReasons(const DatabasePtr &db)
{
    return PriorityReasonService(db).list(false);
}

Result<Ticket> KioskMenu::issue(const DatabasePtr &db, qint64 serviceId, qint64 priorityReasonId, const Clock &clock)
{
    auto opening = KioskHours::now(db, clock);
    if (!opening)
        return opening.error();
    if (!opening->open)
        return makeError(ErrorCode::InvalidState, opening->message());
    return QueueService(db, clock).issue(QueueService::kioskActor(), serviceId, priorityReasonId);
}

} // namespace loket
