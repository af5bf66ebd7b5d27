// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to QueueService's .cpp files: what one change works on.
#pragma once

#include "core/queue/OfficeDay.h"
#include "core/queue/QueueService.h"
#include "core/queue/TicketStore.h"

#include <optional>

namespace loket {

// What one change works on, inside its write transaction.
struct QueueService::Step {
    const Actor &actor;
    qint64 now = 0;
    OfficeDay office;
    QDate today;
    TicketStore store;
    std::optional<QueueCounter> counter; // when the change is made at a counter
    Ticket ticket; // when the change is about one ticket
    qint64 resultId = 0; // the ticket to hand back
    // The ticket as written, when the step knows all of it: saves reading it
    // back (issuing is the kiosk's hot path).
    std::optional<Ticket> written;

    qint64 officerId() const { return actor.isUser() ? actor.userId : 0; }
    qint64 counterId() const { return counter ? counter->id : 0; }
    Status record(const Ticket &t, const QString &kind, const QString &detail = {})
    {
        if (Status st = store.save(t); !st)
            return st;
        resultId = t.id;
        return store.addEvent(t.id, now, kind, t.status, counter ? counter->id : t.counterId, officerId(), detail);
    }
};

} // namespace loket
