// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// Indexes for the queue's hot paths: the counter screen and the display
// board read these several times a second, and an officer types a ticket
// number ("A-001") that is unique only within its day.
Migration migration002Queue()
{
    return Migration{2, "queue indexes", {
        QStringLiteral("CREATE INDEX tickets_counter_status ON tickets(counter_id, status)"),
        QStringLiteral("CREATE INDEX tickets_day_number ON tickets(service_day, number)"),
        QStringLiteral("CREATE INDEX tickets_service_day_status ON tickets(service_id, service_day, status)"),
        // Unfinished tickets are few: closing the day finds them without reading every past day.
        QStringLiteral("CREATE INDEX tickets_status_day ON tickets(status, service_day)"),
        QStringLiteral("CREATE INDEX ticket_events_counter ON ticket_events(counter_id, id)"),
    }};
}

} // namespace loket
