// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/Ticket.h"

#include <QCoreApplication>

#include <initializer_list>

namespace loket {

class TicketStore;

// The rules a ticket's life and a counter's calls follow, each a check that
// refuses with a message saying what is wrong and what to do instead.
class TicketRules
{
    Q_DECLARE_TR_FUNCTIONS(TicketRules)
public:
    // Only an open counter calls: not a paused or a closed one.
    static Status ensureOpen(const QueueCounter &counter);
    // The ticket was called to, is served at, or is parked at this counter.
    static Status ensureAt(const Ticket &ticket, const QueueCounter &counter);
    // `refusal` has %1 for the number and %2 for the current status.
    static Status ensureStatus(
        const Ticket &ticket, std::initializer_list<TicketStatus> allowed, const QString &refusal);
    // Nobody has seen the citizen since the last call: the ticket is called,
    // or — when calls start the service (queue.start_on_call) — its service
    // began with the call or before it (a held ticket called back). Such a
    // ticket may be called again or marked as not come.
    static bool awaitsCitizen(const Ticket &ticket, bool startOnCall);
    // Tickets of earlier days are no longer called or moved (closeDay expires them).
    static Status ensureToday(const Ticket &ticket, QDate today);
    // The counter serves the ticket's service and the ticket was not sent to another counter.
    static Status ensureMayCall(const QueueCounter &counter, const Ticket &ticket);
    // A counter handles one citizen at a time: nothing called or served there today.
    static Status ensureIdle(const TicketStore &store, const QueueCounter &counter, QDate today);
};

} // namespace loket
