// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueService: the counter's one-key flow (finish and call the next) and
// taking a no-show back. (The ticket's other steps are in QueueService.cpp.)
#include "core/queue/QueueService.h"

#include "core/queue/QueueStep.h"
#include "core/queue/TicketRules.h"

namespace loket {

Result<QueueService::FinishAndCall> QueueService::finishAndCallNext(
    const Actor &actor, qint64 counterId, qint64 ticketId, const QString &outcome)
{
    qint64 finishedId = 0;
    QString notCalled;
    auto last = counterAction(actor, QStringLiteral("queue.finish"), counterId, ticketId, [&](Step &s) -> Status {
        if (Status st = finishInto(s, outcome); !st)
            return st;
        finishedId = s.ticket.id;
        Status next = callNextInto(s);
        if (next)
            return {};
        // The call's refusals come from its checks, before it writes anything:
        // the finish stands. A storage error undoes both.
        if (next.error().code == ErrorCode::Nothing || next.error().code == ErrorCode::InvalidState) {
            notCalled = next.error().message;
            s.resultId = finishedId;
            return {};
        }
        return next;
    });
    if (!last)
        return last.error();
    FinishAndCall out;
    if (last->id == finishedId) {
        out.finished = last.value();
        out.notCalled = notCalled;
        return out;
    }
    out.called = last.value();
    auto finished = ticket(finishedId);
    if (!finished)
        return finished.error();
    out.finished = finished.value();
    return out;
}

Result<Ticket> QueueService::undoNoShow(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    return counterAction(actor, QStringLiteral("queue.no_show"), counterId, ticketId, [&](Step &s) -> Status {
        const QueueCounter &c = *s.counter;
        const Ticket &from = s.ticket;
        if (Status st = TicketRules::ensureAt(from, c); !st)
            return st;
        if (Status st = TicketRules::ensureStatus(from, { TicketStatus::NoShow },
                tr("Ticket %1 is %2: only a ticket marked as not come can be taken back."));
            !st)
            return st;
        auto events = s.store.events(from.id);
        if (!events)
            return events.error();
        // The no-show must be the ticket's latest step; the one before it says
        // what the ticket was.
        if (events->size() < 2 || events->last().kind != QLatin1String("no_show")) {
            return makeError(ErrorCode::InvalidState, tr("Ticket %1 can no longer be taken back.").arg(from.number));
        }
        const TicketEvent &mark = events->last();
        const TicketEvent &before = events->at(events->size() - 2);
        if (!actor.isSystem() && mark.officerId != actor.userId) {
            return makeError(ErrorCode::InvalidState,
                tr("Ticket %1 was marked as not come by %2: only they can take it back.")
                    .arg(from.number, mark.officerName));
        }
        if (s.now - mark.at.toMSecsSinceEpoch() > qint64(kNoShowUndoSeconds) * 1000) {
            return makeError(ErrorCode::InvalidState,
                tr("Ticket %1 was marked as not come more than %2 seconds ago and can no longer be taken "
                   "back. If the citizen is here, serve them as a walk-in (F9).")
                    .arg(from.number)
                    .arg(kNoShowUndoSeconds));
        }
        if (Status st = TicketRules::ensureToday(from, s.today); !st)
            return st;
        if (Status st = TicketRules::ensureOpen(c); !st)
            return st;
        if (Status st = TicketRules::ensureIdle(s.store, c, s.today); !st)
            return st;
        Ticket t = from;
        t.status = before.statusAfter == TicketStatus::Serving ? TicketStatus::Serving : TicketStatus::Called;
        t.finishedAt = QDateTime();
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("undo_no_show"));
    });
}

} // namespace loket
