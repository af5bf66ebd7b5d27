// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueService.h"

#include "core/queue/CounterService.h"
#include "core/queue/OfficeDay.h"
#include "core/queue/PriorityReasonService.h"
#include "core/queue/QueueCatalog.h"
#include "core/queue/QueueStep.h"
#include "core/queue/TicketRules.h"
#include "core/queue/TicketStore.h"
#include "core/storage/SettingsStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kEntity = QStringLiteral("ticket");

QString reasonCode(OrderingReason r)
{
    switch (r) {
    case OrderingReason::WaitedTooLong:
        return QStringLiteral("waited_too_long");
    case OrderingReason::Priority:
        return QStringLiteral("priority");
    case OrderingReason::PriorityLimit:
        return QStringLiteral("priority_limit");
    case OrderingReason::Arrival:
        return QStringLiteral("arrival");
    }
    return {};
}

} // namespace

QueueService::QueueService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_reader(m_db, clock)
{ }

Actor QueueService::kioskActor()
{
    return Actor::kiosk();
}

// Permission first (a refusal is audited and must survive), then the checks
// and the writes in one transaction, then the ticket as stored.
Result<Ticket> QueueService::change(const Actor &actor, Permission permission, const QString &action, qint64 counterId,
    qint64 ticketId, const Work &work)
{
    if (Status allowed
        = m_audit.require(actor, permission, action, kEntity, ticketId > 0 ? QString::number(ticketId) : QString());
        !allowed)
        return allowed.error();
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    const qint64 now = m_clock.nowMs();
    Step step { actor, now, office.value(), office->dayOf(now), TicketStore(*m_db), std::nullopt, Ticket(), 0 };
    Status done = m_db->transaction([&]() -> Status {
        if (counterId > 0) {
            auto c = CounterService(m_db, m_clock).counter(counterId);
            if (!c)
                return c.error();
            if (!c->active) {
                return makeError(ErrorCode::InvalidState,
                    tr("Loket %1 is no longer in use. Ask the administrator to reactivate it.").arg(c->number));
            }
            if (Status st = CounterService::checkStaffedBy(c.value(), actor); !st)
                return st;
            step.counter = c.value();
        }
        if (ticketId > 0) {
            auto t = step.store.byId(ticketId);
            if (!t)
                return t.error();
            step.ticket = t.value();
        }
        return work(step);
    });
    if (!done)
        return done.error();
    if (step.written)
        return *step.written;
    return step.store.byId(step.resultId);
}

Result<Ticket> QueueService::counterAction(
    const Actor &actor, const QString &action, qint64 counterId, qint64 ticketId, const Work &work)
{
    if (counterId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the counter (loket) you work at."));
    return change(actor, Permission::ServeQueue, action, counterId, ticketId, work);
}

Status QueueService::callInto(Step &step, Ticket t, const QString &kind, const QString &detail) const
{
    t.status = TicketStatus::Called;
    t.counterId = step.counter->id;
    t.officerId = step.officerId();
    t.targetCounterId = 0;
    if (!t.firstCalledAt.isValid())
        t.firstCalledAt = QDateTime::fromMSecsSinceEpoch(step.now, Qt::UTC);
    t.lastCalledAt = QDateTime::fromMSecsSinceEpoch(step.now, Qt::UTC);
    ++t.callCount;
    if (Status st = step.record(t, kind, detail); !st)
        return st;
    // The office may count the service from the call (queue.start_on_call):
    // the start is its own event, marked as Loket's, so the log stays true.
    if (!startsOnCall())
        return {};
    t.status = TicketStatus::Serving;
    if (!t.startedAt.isValid())
        t.startedAt = t.lastCalledAt;
    return step.record(t, QStringLiteral("start"), QStringLiteral("auto"));
}

bool QueueService::startsOnCall() const
{
    return SettingsStore(m_db).boolValue(QLatin1String(SettingKey::QueueStartOnCall));
}

Result<Ticket> QueueService::issueAs(
    const Actor &actor, TicketChannel channel, qint64 counterId, qint64 serviceId, qint64 priorityReasonId)
{
    const bool walkIn = channel == TicketChannel::WalkIn;
    const QString action = walkIn ? QStringLiteral("queue.walkin") : QStringLiteral("queue.issue");
    const Permission permission = walkIn ? Permission::ServeQueue : Permission::IssueTicket;
    if (channel != TicketChannel::Kiosk && counterId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the counter (loket) you work at."));
    return change(actor, permission, action, counterId, 0, [&](Step &s) -> Status {
        auto service = QueueCatalog::service(*m_db, serviceId);
        if (!service)
            return service.error();
        if (!service->active) {
            return makeError(ErrorCode::InvalidState,
                tr("%1 is not offered at the moment. Choose another service.").arg(service->name));
        }
        std::optional<PriorityReason> priority;
        if (priorityReasonId > 0) {
            auto reason = PriorityReasonService(m_db, m_clock).byId(priorityReasonId);
            if (!reason)
                return reason.error();
            if (!reason->active) {
                return makeError(ErrorCode::InvalidInput,
                    tr("The priority reason \"%1\" is no longer used. Choose another one.").arg(reason->name));
            }
            priority = reason.value();
        }
        if (walkIn) {
            if (Status st = TicketRules::ensureOpen(*s.counter); !st)
                return st;
            if (Status st = TicketRules::ensureIdle(s.store, *s.counter, s.today); !st)
                return st;
            if (!s.counter->serves(serviceId)) {
                return makeError(ErrorCode::InvalidState,
                    tr("Loket %1 does not serve %2.").arg(s.counter->number).arg(service->name));
            }
        }
        auto seq = s.store.nextSeq(s.today, serviceId);
        if (!seq)
            return seq.error();
        Ticket t;
        t.serviceDay = s.today;
        t.issuedServiceId = serviceId;
        t.serviceId = serviceId;
        t.seq = seq.value();
        t.number = TicketStore::formatNumber(service->prefix, t.seq);
        t.priorityReasonId = priorityReasonId > 0 ? priorityReasonId : 0;
        t.channel = channel;
        t.issuedAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        t.status = walkIn ? TicketStatus::Serving : TicketStatus::Waiting;
        if (walkIn) {
            t.startedAt = t.issuedAt;
            t.counterId = s.counter->id;
            t.officerId = s.officerId();
        }
        auto id = s.store.insert(t);
        if (!id)
            return id.error();
        s.resultId = id.value();
        t.id = id.value();
        t.serviceCode = service->code;
        t.serviceName = service->name;
        if (priority) {
            t.priorityReasonCode = priority->code;
            t.priorityReasonName = priority->name;
        }
        if (s.counter && walkIn)
            t.counterNumber = s.counter->number;
        s.written = t;
        return s.store.addEvent(s.resultId, s.now, walkIn ? QStringLiteral("walkin") : QStringLiteral("issue"),
            t.status, s.counterId(), s.officerId(), ticketChannelCode(channel));
    });
}

Result<Ticket> QueueService::issue(const Actor &actor, qint64 serviceId, qint64 priorityReasonId)
{
    return issueAs(actor, TicketChannel::Kiosk, 0, serviceId, priorityReasonId);
}

Result<Ticket> QueueService::issueAtCounter(
    const Actor &actor, qint64 counterId, qint64 serviceId, qint64 priorityReasonId)
{
    return issueAs(actor, TicketChannel::Counter, counterId, serviceId, priorityReasonId);
}

Result<Ticket> QueueService::serveWalkIn(
    const Actor &actor, qint64 counterId, qint64 serviceId, qint64 priorityReasonId)
{
    return issueAs(actor, TicketChannel::WalkIn, counterId, serviceId, priorityReasonId);
}

Result<Ticket> QueueService::callNext(const Actor &actor, qint64 counterId)
{
    return counterAction(
        actor, QStringLiteral("queue.call"), counterId, 0, [&](Step &s) -> Status { return callNextInto(s); });
}

Status QueueService::callNextInto(Step &s) const
{
    {
        const QueueCounter &c = *s.counter;
        if (Status st = TicketRules::ensureOpen(c); !st)
            return st;
        if (Status st = TicketRules::ensureIdle(s.store, c, s.today); !st)
            return st;
        if (c.serviceIds.isEmpty()) {
            return makeError(ErrorCode::InvalidState,
                tr("Loket %1 serves no service yet. Ask the administrator to choose its services.").arg(c.number));
        }
        auto waiting = m_reader.callableWaiting(c.id, s.today);
        if (!waiting)
            return waiting.error();
        if (waiting->isEmpty())
            return makeError(ErrorCode::Nothing, tr("No ticket is waiting for loket %1.").arg(c.number));
        const OrderingPolicy policy = m_reader.policy();
        auto history = m_reader.history(c.id, s.office.dayStartUtcMs(s.today), policy.settings().maxPriorityInRow);
        if (!history)
            return history.error();
        const auto choice = policy.next(waiting.value(), history.value(), s.now);
        auto chosen = s.store.byId(choice->ticketId);
        if (!chosen)
            return chosen.error();
        return callInto(s, chosen.value(), QStringLiteral("call"), reasonCode(choice->reason));
    }
}

Result<Ticket> QueueService::callTicket(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason)
{
    return counterAction(actor, QStringLiteral("queue.call_out_of_turn"), counterId, ticketId, [&](Step &s) -> Status {
        const QueueCounter &c = *s.counter;
        if (reason.trimmed().isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                tr("Give the reason for calling ticket %1 out of its turn.").arg(s.ticket.number));
        }
        if (Status st = TicketRules::ensureOpen(c); !st)
            return st;
        if (Status st = TicketRules::ensureStatus(s.ticket, { TicketStatus::Waiting },
                tr("Ticket %1 is %2, not waiting: only a waiting ticket can be called."));
            !st)
            return st;
        if (Status st = TicketRules::ensureToday(s.ticket, s.today); !st)
            return st;
        if (Status st = TicketRules::ensureMayCall(c, s.ticket); !st)
            return st;
        if (Status st = TicketRules::ensureIdle(s.store, c, s.today); !st)
            return st;
        if (Status st = callInto(s, s.ticket, QStringLiteral("call_specific"), reason.trimmed()); !st)
            return st;
        // Calling out of turn is what citizens complain about: keep who and why.
        return m_audit.record(actor, QStringLiteral("queue.call_out_of_turn"), kEntity, s.ticket.number,
            tr("loket %1: %2").arg(c.number).arg(reason.trimmed()));
    });
}

Result<Ticket> QueueService::recall(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    return counterAction(actor, QStringLiteral("queue.recall"), counterId, ticketId, [&](Step &s) -> Status {
        if (Status st = TicketRules::ensureAt(s.ticket, *s.counter); !st)
            return st;
        if (!TicketRules::awaitsCitizen(s.ticket, startsOnCall())) {
            return TicketRules::ensureStatus(
                s.ticket, { TicketStatus::Called }, tr("Ticket %1 is %2: only a called ticket can be called again."));
        }
        if (Status st = TicketRules::ensureOpen(*s.counter); !st)
            return st;
        Ticket t = s.ticket;
        t.lastCalledAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        ++t.callCount;
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("recall"));
    });
}

Result<Ticket> QueueService::start(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    return counterAction(actor, QStringLiteral("queue.start"), counterId, ticketId, [&](Step &s) -> Status {
        if (Status st = TicketRules::ensureAt(s.ticket, *s.counter); !st)
            return st;
        if (s.ticket.status == TicketStatus::Serving)
            return makeError(ErrorCode::InvalidState, tr("Ticket %1 is already being served.").arg(s.ticket.number));
        if (Status st = TicketRules::ensureStatus(s.ticket, { TicketStatus::Called },
                tr("Ticket %1 is %2: only a ticket called to this counter can be started."));
            !st)
            return st;
        Ticket t = s.ticket;
        t.status = TicketStatus::Serving;
        if (!t.startedAt.isValid())
            t.startedAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("start"));
    });
}

Result<Ticket> QueueService::finish(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &outcome)
{
    return counterAction(actor, QStringLiteral("queue.finish"), counterId, ticketId,
        [&](Step &s) -> Status { return finishInto(s, outcome); });
}

Status QueueService::finishInto(Step &s, const QString &outcome) const
{
    {
        if (Status st = TicketRules::ensureAt(s.ticket, *s.counter); !st)
            return st;
        if (s.ticket.status == TicketStatus::Called) {
            return makeError(ErrorCode::InvalidState,
                tr("Ticket %1 has been called but its service has not started: start serving it "
                   "before finishing it, or mark it as not come.")
                    .arg(s.ticket.number));
        }
        if (Status st = TicketRules::ensureStatus(s.ticket, { TicketStatus::Serving },
                tr("Ticket %1 is %2, not being served: only a ticket being served can be "
                   "finished."));
            !st)
            return st;
        Ticket t = s.ticket;
        t.status = TicketStatus::Done;
        t.finishedAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        t.note = outcome.trimmed();
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("finish"), t.note);
    }
}

Result<Ticket> QueueService::noShow(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    return counterAction(actor, QStringLiteral("queue.no_show"), counterId, ticketId, [&](Step &s) -> Status {
        if (Status st = TicketRules::ensureAt(s.ticket, *s.counter); !st)
            return st;
        if (!TicketRules::awaitsCitizen(s.ticket, startsOnCall())) {
            return TicketRules::ensureStatus(s.ticket, { TicketStatus::Called },
                tr("Ticket %1 is %2: only a called ticket nobody answered can be marked as "
                   "not come."));
        }
        Ticket t = s.ticket;
        t.status = TicketStatus::NoShow;
        t.finishedAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("no_show"));
    });
}

Result<Ticket> QueueService::hold(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason)
{
    return counterAction(actor, QStringLiteral("queue.hold"), counterId, ticketId, [&](Step &s) -> Status {
        if (Status st = TicketRules::ensureAt(s.ticket, *s.counter); !st)
            return st;
        if (Status st = TicketRules::ensureStatus(s.ticket, { TicketStatus::Called, TicketStatus::Serving },
                tr("Ticket %1 is %2: only a called or served ticket can be put on hold."));
            !st)
            return st;
        Ticket t = s.ticket;
        t.status = TicketStatus::Held;
        t.officerId = s.officerId();
        return s.record(t, QStringLiteral("hold"), reason.trimmed());
    });
}

Result<Ticket> QueueService::resume(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    return counterAction(actor, QStringLiteral("queue.resume"), counterId, ticketId, [&](Step &s) -> Status {
        const QueueCounter &c = *s.counter;
        if (Status st
            = TicketRules::ensureStatus(s.ticket, { TicketStatus::Held }, tr("Ticket %1 is %2, not on hold."));
            !st)
            return st;
        if (s.ticket.counterId != c.id && !c.serves(s.ticket.serviceId)) {
            return makeError(ErrorCode::InvalidState,
                tr("Ticket %1 is on hold at loket %2, and loket %3 does not serve %4.")
                    .arg(s.ticket.number)
                    .arg(s.ticket.counterNumber)
                    .arg(c.number)
                    .arg(s.ticket.serviceName));
        }
        if (Status st = TicketRules::ensureToday(s.ticket, s.today); !st)
            return st;
        if (Status st = TicketRules::ensureOpen(c); !st)
            return st;
        if (Status st = TicketRules::ensureIdle(s.store, c, s.today); !st)
            return st;
        return callInto(s, s.ticket, QStringLiteral("resume"), {});
    });
}

Result<Ticket> QueueService::transfer(const Actor &actor, qint64 counterId, qint64 ticketId, const TransferTarget &to)
{
    const bool supervisor = counterId <= 0;
    const Permission permission = supervisor ? Permission::MonitorQueue : Permission::ServeQueue;
    return change(actor, permission, QStringLiteral("queue.transfer"), counterId, ticketId, [&](Step &s) -> Status {
        const Ticket &from = s.ticket;
        if (supervisor) {
            if (Status st = TicketRules::ensureStatus(from,
                    { TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving, TicketStatus::Held },
                    tr("Ticket %1 is %2 and can no longer be transferred."));
                !st)
                return st;
        } else {
            if (Status st = TicketRules::ensureAt(from, *s.counter); !st)
                return st;
            if (Status st
                = TicketRules::ensureStatus(from, { TicketStatus::Called, TicketStatus::Serving, TicketStatus::Held },
                    tr("Ticket %1 is %2: a counter transfers only a ticket it called, serves "
                       "or holds."));
                !st)
                return st;
        }
        if (Status st = TicketRules::ensureToday(from, s.today); !st)
            return st;
        if (to.serviceId <= 0 && to.counterId <= 0) {
            return makeError(ErrorCode::InvalidInput,
                tr("Choose the service or the counter to transfer ticket %1 to.").arg(from.number));
        }
        const qint64 serviceId = to.serviceId > 0 ? to.serviceId : from.serviceId;
        auto service = QueueCatalog::service(*m_db, serviceId);
        if (!service)
            return service.error();
        if (!service->active) {
            return makeError(ErrorCode::InvalidState,
                tr("%1 is not offered at the moment. Choose another service.").arg(service->name));
        }
        QString detail = tr("to %1").arg(service->code);
        if (to.counterId > 0) {
            auto target = CounterService(m_db, m_clock).counter(to.counterId);
            if (!target)
                return target.error();
            if (!target->active || !target->serves(serviceId)) {
                return makeError(ErrorCode::InvalidState,
                    tr("Loket %1 does not serve %2. Transfer the ticket to a counter that serves it, "
                       "or to the service.")
                        .arg(target->number)
                        .arg(service->name));
            }
            detail += tr(", loket %1").arg(target->number);
        }
        if (from.status == TicketStatus::Waiting && serviceId == from.serviceId
            && qMax<qint64>(0, to.counterId) == from.targetCounterId) {
            return makeError(ErrorCode::InvalidState, tr("Ticket %1 is already waiting there.").arg(from.number));
        }
        Ticket t = from;
        t.serviceId = serviceId;
        t.targetCounterId = qMax<qint64>(0, to.counterId);
        t.status = TicketStatus::Waiting;
        t.counterId = 0;
        if (!supervisor)
            t.officerId = s.officerId();
        if (Status st = s.store.save(t); !st)
            return st;
        s.resultId = t.id;
        // The event names the counter the ticket left.
        if (Status st = s.store.addEvent(t.id, s.now, QStringLiteral("transfer"), t.status,
                supervisor ? from.counterId : s.counterId(), s.officerId(), detail);
            !st)
            return st;
        if (supervisor)
            return m_audit.record(actor, QStringLiteral("queue.transfer"), kEntity, from.number, detail);
        return {};
    });
}

Result<Ticket> QueueService::cancel(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason)
{
    const bool supervisor = counterId <= 0;
    const Permission permission = supervisor ? Permission::MonitorQueue : Permission::ServeQueue;
    return change(actor, permission, QStringLiteral("queue.cancel"), counterId, ticketId, [&](Step &s) -> Status {
        const Ticket &from = s.ticket;
        if (Status st = TicketRules::ensureStatus(from,
                { TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving, TicketStatus::Held },
                tr("Ticket %1 is %2 and can no longer be cancelled."));
            !st)
            return st;
        if (!supervisor) {
            // A citizen may tell any counter that serves the service they are leaving.
            const bool here = from.counterId == s.counter->id;
            const bool mayCall
                = from.status == TicketStatus::Waiting && TicketRules::ensureMayCall(*s.counter, from).ok();
            if (!here && !mayCall) {
                if (from.status == TicketStatus::Waiting)
                    return TicketRules::ensureMayCall(*s.counter, from);
                return TicketRules::ensureAt(from, *s.counter);
            }
        }
        Ticket t = from;
        t.status = TicketStatus::Cancelled;
        t.finishedAt = QDateTime::fromMSecsSinceEpoch(s.now, Qt::UTC);
        if (Status st = s.record(t, QStringLiteral("cancel"), reason.trimmed()); !st)
            return st;
        if (supervisor)
            return m_audit.record(actor, QStringLiteral("queue.cancel"), kEntity, from.number, reason.trimmed());
        return {};
    });
}

} // namespace loket
