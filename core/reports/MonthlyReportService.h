// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/reports/MonthlyReport.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyService.h"

#include <map>

namespace loket {

// Makes the monthly report from the SQL of the modules that own the data:
// QueueStatistics (the month's tickets through the service_day index, with
// each service's target in force), ComplaintReport, SurveyService::index,
// StandardCompliance and ReviewSchedule, and one GROUP BY over the month's
// suggestion-box openings. A month is office-local calendar days (the
// office's time zone), so every read walks an index from the month's
// start: the cost follows the month, not the history.
//
// Needs Permission::ViewReports (supervisors, administrators); a refusal is
// audited ("report.monthly"). A month after the current one is refused.
class MonthlyReportService {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportService)
public:
    MonthlyReportService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<MonthlyReport> month(const Actor &actor, QDate firstOfMonth) const;

    // The figures of one month alone (the report's building block).
    Result<MonthFigures> figures(const Actor &actor, QDate firstOfMonth, QDate asOf) const;
    // The month's ticket figures alone (the rest of MonthFigures empty): what
    // the dashboard draws first, before complaints, the survey and standards.
    Result<MonthFigures> ticketFigures(const Actor &actor, QDate firstOfMonth, QDate asOf) const;

    // The ticket figures of a finished month (its last day before the report's
    // day) are stored once and read back (ReportMonthStore; the schema drops a
    // month when its data change), and so are the survey's tallies of every
    // finished month (SurveyMonthStore). On by default; off computes every month.
    void setMonthStoreEnabled(bool enabled) { m_monthStore = enabled; }

private:
    // The survey periods' indexes already computed while making one report.
    using SurveyCache = std::map<QString, SurveyIndexReport>;
    Result<MonthFigures> figures(const Actor &actor, QDate firstOfMonth, QDate asOf, SurveyCache &cache) const;
    Result<SurveyIndexReport> periodIndex(const Actor &actor, const SurveyPeriod &period, SurveyCache &cache) const;
    Result<ReportTickets> tickets(const Actor &actor, QDate from, QDate to) const;
    Result<ReportTickets> storedOrComputedTickets(const Actor &actor, QDate month, QDate monthEnd, QDate asOf) const;
    Result<ReportSuggestions> suggestions(QDate from, QDate to) const;
    SurveyService surveyService() const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    bool m_monthStore = true;
};

} // namespace loket
