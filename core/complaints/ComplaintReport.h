// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace loket {

// One line of a report table: a stable code (for JSON and the spreadsheet),
// its name in the reader's language, and how many.
struct ReportCount {
    QString code;
    QString label;
    qint64 count = 0;
};

// How one kind of deadline (verify, first follow-up, settle) went for the
// complaints received in the month, as of the report's day.
struct ReportDeadline {
    QString code;  // "verify", "first_follow_up", "settle"
    QString label;
    qint64 metInTime = 0;  // met on or before its due day (office-local)
    qint64 metLate = 0;    // met after its due day
    qint64 missedOpen = 0; // not met, still open, due day before the report's day (clock running)
    qint64 pending = 0;    // not met, still open, not yet due (or the clock stands still)
    qint64 notNeeded = 0;  // not met and no longer open (forwarded, archived before it)
};

// The monthly complaint report (issue 9): what was received in a calendar
// month of the office and how it was followed up.
struct ComplaintMonthReport {
    QDate month;   // its first day
    QDate asOf;    // the office day the report was made: the current state and open deadlines are as of it
    qint64 received = 0;
    // Every channel, type, tier and state (zeros too), in the order of the
    // codes; the services with complaints, most first, then "none named".
    QList<ReportCount> byChannel, byType, byTier, byService, byState;
    // The first response (complaint_status.responded_at) minus the receipt,
    // on the evaluators' scale: codes "le_1d", "le_3d", "le_5d", "le_7d",
    // "le_14d", "more", "none" (not yet answered). Each complaint in one.
    QList<ReportCount> responseTime;
    qint64 completed = 0; // closed, forwarded or archived
    double completedShare() const { return received > 0 ? double(completed) / double(received) : 0.0; }
    // Complaints whose settle deadline was missed: answered after it, or
    // still open past it as of asOf (not while waiting for the complainant).
    qint64 overdueAnsweredLate = 0;
    qint64 overdueOpen = 0;
    qint64 overdue() const { return overdueAnsweredLate + overdueOpen; }
    QList<ReportDeadline> deadlines; // verify, first_follow_up, settle
    // Who signs: the supervisor making the report (full name and NIP from
    // the users table); empty for anyone else, so the block has a blank line.
    QString signerName;
    QString signerNip;
};

// Makes the monthly report with SQL aggregates (GROUP BY over the month's
// range of the received_at index), so its cost follows the month, not the
// history.
//
// "Received in the month" is the office-local calendar day of received_at
// (the moment the citizen complained, in the office's time zone), not
// received_day: a complaint received on the 31st at 23.30 WIB belongs to
// that month although its clock starts on the next working day.
// The SQL that puts a complaint (c, with its status s) in its first
// response's bucket: "le_1d", "le_3d", "le_5d", "le_7d", "le_14d", "more" or
// "none" (multiples of 24 hours after the receipt).
QString responseBucketSql();

class ComplaintReport {
    Q_DECLARE_TR_FUNCTIONS(ComplaintReport)
public:
    ComplaintReport(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // Needs ViewReports or ManageComplaints (a refusal is audited); the
    // report made is recorded as "complaint.report". A month after the
    // current one is refused.
    Result<ComplaintMonthReport> month(const Actor &actor, QDate firstOfMonth) const;

    // "Desember 2026" in the reader's language.
    static QString monthName(QDate month);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
