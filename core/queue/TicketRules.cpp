// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/TicketRules.h"

#include "core/queue/TicketStore.h"

namespace loket {

Status TicketRules::ensureOpen(const QueueCounter &c)
{
    if (c.state == CounterState::Paused) {
        return makeError(ErrorCode::InvalidState,
            tr("Loket %1 is paused (%2). Open it again before calling.").arg(c.number).arg(c.stateReason));
    }
    if (c.state == CounterState::Closed) {
        return makeError(ErrorCode::InvalidState, tr("Loket %1 is closed. Open it before calling.").arg(c.number));
    }
    return {};
}

Status TicketRules::ensureAt(const Ticket &t, const QueueCounter &c)
{
    if (t.counterId == c.id)
        return {};
    if (t.counterId == 0) {
        return makeError(ErrorCode::InvalidState,
            tr("Ticket %1 is %2, not at loket %3.").arg(t.number, ticketStatusDisplayName(t.status)).arg(c.number));
    }
    return makeError(ErrorCode::InvalidState,
        tr("Ticket %1 is at loket %2, not at loket %3.").arg(t.number).arg(t.counterNumber).arg(c.number));
}

// `refusal` has %1 for the number and %2 for the current status.
Status TicketRules::ensureStatus(const Ticket &t, std::initializer_list<TicketStatus> allowed, const QString &refusal)
{
    for (TicketStatus s : allowed) {
        if (t.status == s)
            return {};
    }
    return makeError(ErrorCode::InvalidState, refusal.arg(t.number, ticketStatusDisplayName(t.status)));
}

bool TicketRules::awaitsCitizen(const Ticket &t, bool startOnCall)
{
    if (t.status == TicketStatus::Called)
        return true;
    return startOnCall && t.status == TicketStatus::Serving && t.startedAt.isValid() && t.lastCalledAt.isValid()
        && t.startedAt <= t.lastCalledAt;
}

Status TicketRules::ensureToday(const Ticket &t, QDate today)
{
    if (t.serviceDay == today)
        return {};
    return makeError(ErrorCode::InvalidState,
        tr("Ticket %1 is from %2 and can no longer be called or moved.")
            .arg(t.number, t.serviceDay.toString(Qt::ISODate)));
}

Status TicketRules::ensureMayCall(const QueueCounter &c, const Ticket &t)
{
    if (!c.serves(t.serviceId)) {
        return makeError(ErrorCode::InvalidState,
            tr("Loket %1 does not serve %2 (ticket %3).").arg(c.number).arg(t.serviceName, t.number));
    }
    if (t.targetCounterId != 0 && t.targetCounterId != c.id) {
        return makeError(ErrorCode::InvalidState,
            tr("Ticket %1 was sent to loket %2: only that counter calls it.").arg(t.number).arg(t.targetCounterNumber));
    }
    return {};
}

// A counter handles one citizen at a time: a called or served ticket must be
// finished, marked as not come, or put on hold before the next call.
Status TicketRules::ensureIdle(const TicketStore &store, const QueueCounter &c, QDate today)
{
    auto busy
        = store.select(QStringLiteral("t.counter_id = ? AND t.service_day = ? AND t.status IN ('called', 'serving')"),
            { c.id, today.toString(Qt::ISODate) }, QStringLiteral("t.id"), 1);
    if (!busy)
        return busy.error();
    if (busy->isEmpty())
        return {};
    const Ticket &t = busy->first();
    return makeError(ErrorCode::InvalidState,
        tr("Loket %1 is still busy with ticket %2 (%3). Finish it, mark "
           "it as not come, or put it on hold before calling another.")
            .arg(c.number)
            .arg(t.number, ticketStatusDisplayName(t.status)));
}

} // namespace loket
