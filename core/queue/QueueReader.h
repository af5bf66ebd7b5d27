// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/OrderingPolicy.h"
#include "core/queue/QueueSnapshot.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace loket {

// What screens read of the queue (counter screen, display board, supervisor):
// indexed queries only, no write lock, no permission needed (the board is public).
// Uses the calling thread's connection, so QueueService reads through it
// inside its transactions too.
class QueueReader
{
    Q_DECLARE_TR_FUNCTIONS(QueueReader)
public:
    QueueReader(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QueueSnapshot> snapshot(const QueueSnapshotOptions &options = {}) const;

    // The ticket called to or served at the counter today, if any.
    Result<std::optional<Ticket>> currentTicket(qint64 counterId) const;
    // Today's tickets the counter may call, in the order it would call them.
    Result<QList<Ticket>> waitingFor(qint64 counterId) const;
    Result<QList<RecentCall>> recentCalls(int limit) const;
    // Position in the line of its service and the estimated wait of a waiting ticket.
    Result<WaitEstimate> estimate(qint64 ticketId) const;
    // For a ticket that would be taken now for the service.
    Result<WaitEstimate> estimateForNewTicket(qint64 serviceId) const;

    // Building blocks QueueService shares.
    Result<QDate> today() const;
    // Waiting tickets of `day` the counter may call: its services, not sent to another counter.
    Result<QList<Ticket>> callableTickets(qint64 counterId, QDate day) const;
    // The same, only what the ordering policy needs (no joins: the call path stays short).
    Result<QList<WaitingTicket>> callableWaiting(qint64 counterId, QDate day) const;
    // The counter's most recent calls since `sinceMs`, newest first, at most `depth`.
    Result<CounterHistory> history(qint64 counterId, qint64 sinceMs, int depth) const;
    OrderingPolicy policy() const;
    static QList<WaitingTicket> asWaiting(const QList<Ticket> &tickets);

private:
    Result<WaitEstimate> estimateIn(qint64 serviceId, QDate day, int peopleAhead) const;

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
