// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/OrderingPolicy.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/QueueReader.h"
#include "core/queue/QueueSnapshot.h"
#include "core/queue/Ticket.h"
#include "core/storage/Database.h"

#include <functional>
#include <optional>

namespace loket {

class OfficeDay;
class TicketStore;

// Where a transfer sends a ticket: another service, one counter, or both.
struct TransferTarget {
    qint64 serviceId = 0; // 0: keep the service
    qint64 counterId = 0; // 0: any counter serving the service
};

// A ticket's life. Every change runs in one write transaction (BEGIN
// IMMEDIATE) that checks the state and writes the ticket and its event, so two
// counters, processes or PCs never call the same ticket and a number is never
// issued twice on a day.
//
// Counter actions take the counter the officer works at: the actor must be
// signed in at it (Loket itself acts anywhere) and have ServeQueue. Calls also
// need the counter open and not busy with another called or served ticket.
// Passing counterId 0 to transfer() or cancel() is a supervisor's move and
// needs MonitorQueue.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)
public:
    QueueService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // The kiosk is an unattended public screen: it issues tickets as
    // Actor::kiosk() (user "kiosk"), so no officer's password sits on a public
    // machine; that actor may issue tickets and nothing else.
    static Actor kioskActor();

    // A ticket from the kiosk (IssueTicket). priorityReasonId 0: none.
    Result<Ticket> issue(const Actor &actor, qint64 serviceId, qint64 priorityReasonId = 0);
    // Issued by an officer for a citizen (paper-roll mode); it joins the line.
    Result<Ticket> issueAtCounter(const Actor &actor, qint64 counterId, qint64 serviceId, qint64 priorityReasonId = 0);
    // A citizen served without a ticket: numbered like any ticket, created
    // directly in service at the counter.
    Result<Ticket> serveWalkIn(const Actor &actor, qint64 counterId, qint64 serviceId, qint64 priorityReasonId = 0);

    // The next ticket by the ordering policy; ErrorCode::Nothing when none waits.
    Result<Ticket> callNext(const Actor &actor, qint64 counterId);
    // A waiting ticket out of its turn; the reason is kept and audited.
    Result<Ticket> callTicket(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason);
    Result<Ticket> recall(const Actor &actor, qint64 counterId, qint64 ticketId);
    Result<Ticket> start(const Actor &actor, qint64 counterId, qint64 ticketId);
    Result<Ticket> finish(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &outcome = {});
    Result<Ticket> noShow(const Actor &actor, qint64 counterId, qint64 ticketId);
    // Takes a no-show back (the officer pressed it by mistake): the ticket is
    // called or served at the counter again, as before. Only the officer's own
    // latest no-show at the counter, within kNoShowUndoSeconds, while the
    // counter has called nobody since. Both steps stay in the ticket's events.
    Result<Ticket> undoNoShow(const Actor &actor, qint64 counterId, qint64 ticketId);
    static constexpr int kNoShowUndoSeconds = 60;
    // One key per citizen: finishes the ticket served at the counter and calls
    // the next in one write transaction, with the same events as finish() and
    // callNext(). When nobody can be called (none waiting, or the counter may
    // not call now) the finish still stands and `notCalled` says why.
    struct FinishAndCall {
        Ticket finished;
        std::optional<Ticket> called;
        QString notCalled;
    };
    Result<FinishAndCall> finishAndCallNext(
        const Actor &actor, qint64 counterId, qint64 ticketId, const QString &outcome = {});
    // Parks a called or served ticket at the counter, which may call others meanwhile.
    Result<Ticket> hold(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason = {});
    // Calls a parked ticket back to the counter.
    Result<Ticket> resume(const Actor &actor, qint64 counterId, qint64 ticketId);
    // Back to waiting for another service and/or counter, keeping its arrival time.
    Result<Ticket> transfer(const Actor &actor, qint64 counterId, qint64 ticketId, const TransferTarget &to);
    Result<Ticket> cancel(const Actor &actor, qint64 counterId, qint64 ticketId, const QString &reason = {});

    // Expires every unfinished ticket of earlier days, and today's waiting and
    // held tickets once the office has closed (office_hours). Tickets called or
    // served after closing are left to their officer until the day is over.
    // Safe to run any number of times (MonitorQueue). Returns how many expired.
    Result<int> closeDay(const Actor &actor);

    Result<Ticket> ticket(qint64 id) const;
    // A numeric id, or today's number such as "A-001".
    Result<Ticket> findTicket(const QString &idOrNumber) const;
    Result<QList<TicketEvent>> events(qint64 ticketId) const;
    Result<QueueSnapshot> snapshot(const QueueSnapshotOptions &options = {}) const;
    const QueueReader &reader() const { return m_reader; }

    OrderingSettings orderingSettings() const;
    // queue.start_on_call: a call starts the service (one key per citizen).
    bool startsOnCall() const;
    Status setOrderingSettings(const Actor &actor, const OrderingSettings &settings); // ManageSettings

private:
    struct Step;
    using Work = std::function<Status(Step &)>;
    Result<Ticket> change(const Actor &actor, Permission permission, const QString &action, qint64 counterId,
        qint64 ticketId, const Work &work);
    Result<Ticket> counterAction(
        const Actor &actor, const QString &action, qint64 counterId, qint64 ticketId, const Work &work);
    Result<Ticket> issueAs(
        const Actor &actor, TicketChannel channel, qint64 counterId, qint64 serviceId, qint64 priorityReasonId);
    Status callInto(Step &step, Ticket ticket, const QString &kind, const QString &detail) const;
    Status callNextInto(Step &step) const;
    Status finishInto(Step &step, const QString &outcome) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    QueueReader m_reader;
};

} // namespace loket
