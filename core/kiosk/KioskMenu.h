// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/PriorityReasonService.h"
#include "core/queue/QueueCatalog.h"
#include "core/queue/Ticket.h"
#include "core/standards/ServiceTime.h"
#include "core/standards/StandardTargets.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace loket {

// One button of the kiosk: a service with what its standard promises and
// how long the line is now.
struct KioskService {
    Q_DECLARE_TR_FUNCTIONS(KioskService)
public:
    QueueServiceInfo service;
    std::optional<qint64> costRupiah; // from the standard in force; none: no standard
    ServiceTime serviceTime; // from the standard in force; not set: no standard
    ServiceTarget target; // the one service-time target (serviceTarget())
    int waiting = 0;
    int openCounters = 0;
    // For a ticket taken now, rounded (roundWaitMinutes: 0 is "less than 5 min."); none while no counter is open.
    std::optional<int> estimatedWaitMinutes;

    // "Free of charge" or "Rp 50.000"; empty without a standard.
    QString costText() const;
    // The standard's service time ("15 minutes", "3 working days"), else the
    // service's own target ("about 15 min.").
    QString timeText() const;
    // "12 waiting · about 25 min." or "No one waiting"; says so when no counter is open.
    QString lineText() const;
};

// What the kiosk offers: today's active services and the priority reasons.
class KioskMenu
{
public:
    static Result<QList<KioskService>> services(const DatabasePtr &db, const Clock &clock = SystemClock::instance());
    static Result<QList<PriorityReason>> priorityReasons(const DatabasePtr &db);
    // A ticket taken at the kiosk (as QueueService::kioskActor()). Refused
    // outside the kiosk's hours (KioskHours), with when it opens again.
    static Result<Ticket> issue(const DatabasePtr &db, qint64 serviceId, qint64 priorityReasonId = 0,
        const Clock &clock = SystemClock::instance());
};

// "Rp 50.000" (Indonesian grouping whatever the language of the screen); "Rp 0" for 0.
QString rupiahText(qint64 amount);

} // namespace loket
