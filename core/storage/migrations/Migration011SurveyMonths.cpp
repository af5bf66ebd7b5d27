// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The survey's sums and counts of a finished month, stored once
// (core/survey/SurveyMonthStore.h): month 'YYYY-MM', the month's range in UTC
// [start_ms, end_ms) as the office's time zone gave it, the tallies as JSON
// ('' while a computation is under way). A quarter or a year is then the sum
// of its months' rows. Triggers drop a month's row whenever what it was
// computed from changes: a response answered in its range (insert, update,
// delete) or one of its answers, a ticket of that month (the served count,
// by its service_day), and every row when the office's time zone changes.
// A computation that raced a change finds its pending row gone and stores
// nothing (the same now for the ticket figures of report_months).
Migration migration011SurveyMonths()
{
    QStringList s {
        QStringLiteral(R"(CREATE TABLE survey_months (
            month TEXT PRIMARY KEY,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER NOT NULL,
            tallies TEXT NOT NULL,
            computed_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER survey_months_response_insert AFTER INSERT ON survey_responses
            BEGIN DELETE FROM survey_months WHERE NEW.answered_at >= start_ms AND NEW.answered_at < end_ms; END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_months_response_update AFTER UPDATE ON survey_responses
            BEGIN DELETE FROM survey_months WHERE (OLD.answered_at >= start_ms AND OLD.answered_at < end_ms)
                OR (NEW.answered_at >= start_ms AND NEW.answered_at < end_ms); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_months_response_delete AFTER DELETE ON survey_responses
            BEGIN DELETE FROM survey_months WHERE OLD.answered_at >= start_ms AND OLD.answered_at < end_ms; END)"),
    };
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        const QLatin1String row(qstrcmp(event, "DELETE") == 0 ? "OLD" : "NEW");
        s << QStringLiteral("CREATE TRIGGER survey_months_answer_%1 AFTER %2 ON survey_answers "
                            "BEGIN DELETE FROM survey_months WHERE EXISTS (SELECT 1 FROM survey_responses r "
                            "WHERE r.id = %3.response_id AND r.answered_at >= survey_months.start_ms "
                            "AND r.answered_at < survey_months.end_ms); END")
                 .arg(QString::fromLatin1(event).toLower(), QLatin1String(event), row);
    }
    s << QStringLiteral(R"(CREATE TRIGGER survey_months_ticket_insert AFTER INSERT ON tickets
            BEGIN DELETE FROM survey_months WHERE month = substr(NEW.service_day, 1, 7); END)")
      << QStringLiteral(R"(CREATE TRIGGER survey_months_ticket_update AFTER UPDATE ON tickets
            BEGIN DELETE FROM survey_months
                WHERE month IN (substr(OLD.service_day, 1, 7), substr(NEW.service_day, 1, 7)); END)")
      << QStringLiteral(R"(CREATE TRIGGER survey_months_ticket_delete AFTER DELETE ON tickets
            BEGIN DELETE FROM survey_months WHERE month = substr(OLD.service_day, 1, 7); END)")
      << QStringLiteral("CREATE TRIGGER survey_months_office_zone AFTER UPDATE OF time_zone ON office "
                        "BEGIN DELETE FROM survey_months; END");
    return Migration {11, "stored survey tallies of finished months", s};
}

} // namespace loket
