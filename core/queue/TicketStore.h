// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/queue/Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace loket {

class Database;

// Rows of tickets and ticket_events, for the queue's own classes. Uses the
// calling thread's connection, so inside Database::transaction it reads and
// writes within that transaction.
class TicketStore
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)
public:
    explicit TicketStore(const Database &db);

    Result<Ticket> byId(qint64 id) const;
    Result<std::optional<Ticket>> byNumber(QDate day, const QString &number) const;
    // `condition` and `orderBy` are SQL written in code over the aliases
    // t (tickets) and s (services); values go in `binds`.
    Result<QList<Ticket>> select(const QString &condition, const QVariantList &binds,
        const QString &orderBy = QStringLiteral("t.issued_at, t.id"), int limit = -1) const;

    // The next sequence number of a service's tickets on a day; call inside the
    // write transaction that inserts the ticket.
    Result<int> nextSeq(QDate day, qint64 issuedServiceId) const;
    Result<qint64> insert(const Ticket &ticket) const;
    // Writes the fields that change during a ticket's life.
    Status save(const Ticket &ticket) const;
    Status addEvent(qint64 ticketId, qint64 atMs, const QString &kind, TicketStatus statusAfter, qint64 counterId,
        qint64 officerId, const QString &detail = {}) const;
    Result<QList<TicketEvent>> events(qint64 ticketId) const;

    static QString formatNumber(const QString &prefix, int seq); // "A-001"

private:
    const Database &m_db;
};

} // namespace loket
