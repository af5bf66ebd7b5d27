// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The queue figures of a finished month, stored once by the monthly report
// (core/reports/ReportMonthStore.h): month 'YYYY-MM', the figures as JSON.
// A finished month rarely changes, so the month before and the same month
// last year cost a lookup; whenever the data they were computed from changes,
// triggers drop the stored row and the next report computes it again:
// a ticket of that month (insert, update, delete, by its service_day), and
// anything that names or measures every month (services, counters, officers,
// priority reasons, the standards' versions, the office's time zone).
// And a covering index for the survey's count of served tickets.
Migration migration010ReportMonths()
{
    QStringList s {
        QStringLiteral(R"(CREATE TABLE report_months (
            month TEXT PRIMARY KEY,
            figures TEXT NOT NULL,
            computed_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER report_months_ticket_insert AFTER INSERT ON tickets
            BEGIN DELETE FROM report_months WHERE month = substr(NEW.service_day, 1, 7); END)"),
        QStringLiteral(R"(CREATE TRIGGER report_months_ticket_update AFTER UPDATE ON tickets
            BEGIN DELETE FROM report_months
                WHERE month IN (substr(OLD.service_day, 1, 7), substr(NEW.service_day, 1, 7)); END)"),
        QStringLiteral(R"(CREATE TRIGGER report_months_ticket_delete AFTER DELETE ON tickets
            BEGIN DELETE FROM report_months WHERE month = substr(OLD.service_day, 1, 7); END)"),
    };
    // Names, catalogue order and targets appear in every month's figures.
    for (const char *table : {"services", "counters", "priority_reasons", "standard_versions"}) {
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            s << QStringLiteral("CREATE TRIGGER report_months_%1_%2 AFTER %3 ON %1 "
                                "BEGIN DELETE FROM report_months; END")
                     .arg(QLatin1String(table), QString::fromLatin1(event).toLower(), QLatin1String(event));
        }
    }
    // An officer's name (not a login) and the office's time zone (the hour of issue).
    s << QStringLiteral("CREATE TRIGGER report_months_users_name AFTER UPDATE OF full_name ON users "
                        "BEGIN DELETE FROM report_months; END")
      << QStringLiteral("CREATE TRIGGER report_months_office_zone AFTER UPDATE OF time_zone ON office "
                        "BEGIN DELETE FROM report_months; END");
    // The survey's sample counts a period's served tickets by service: with the
    // service in the index (it replaces the (status, service_day) one, a prefix of
    // it) that count reads the index alone, not each ticket's row.
    s << QStringLiteral("CREATE INDEX tickets_status_day_service ON tickets(status, service_day, service_id)")
      << QStringLiteral("DROP INDEX tickets_status_day");
    return Migration {10, "stored figures of finished months", s};
}

} // namespace loket
