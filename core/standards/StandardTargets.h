// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/ServiceTime.h"
#include "core/standards/StandardVersion.h"
#include "core/stats/QueueStatistics.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace loket {

// Where a service's time target comes from.
enum class TargetSource {
    Standard, // the jangka waktu pelayanan of the standard in force (minutes or hours)
    Service, // the service's own target (services.target_minutes)
};

// The one service-time target of a service on a day. The counter's timer,
// the kiosk, the wait estimate (before there is history) and the statistics
// all read it here, so they never disagree.
//
// Rule: the time of the standard in force that day when it is in minutes or
// hours; otherwise — no standard in force, or one in working days (a promise
// about the whole request, not the time at the counter) — the service's own
// target.
struct ServiceTarget {
    Q_DECLARE_TR_FUNCTIONS(ServiceTarget)
public:
    int minutes = 0; // 0: the service has no target at all
    TargetSource source = TargetSource::Service;
    QString decreeNumber; // the standard's decree (SK), when there is a standard in force
    ServiceTime standardTime; // the standard's time, also when in working days; not set: no standard
    int ownMinutes = 0; // services.target_minutes

    // "from the service standard (SK 100.3.3/17/KEC/2026)" or "the service's own target"
    // (with what a standard in working days promises, unless withPromise is false).
    QString sourceText(bool withPromise = true) const;

    // The rule above, for one service whose own target and standard in force are known.
    static ServiceTarget resolve(int ownMinutes, const std::optional<StandardVersion> &inForce);
};

// The target of one service on `day` (office-local).
Result<ServiceTarget> serviceTarget(const DatabasePtr &db, qint64 serviceId, QDate day);

// The same rule as a function of (service, day), for the queue statistics over
// many days; answers are cached per (service, day).
Result<ServiceTargetFunction> standardServiceTargets(const DatabasePtr &db);

} // namespace loket
