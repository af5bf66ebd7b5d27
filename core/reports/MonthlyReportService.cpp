// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/MonthlyReportService.h"

#include "core/catalog/CalendarRepository.h"
#include "core/reports/ReportMonthStore.h"
#include "core/standards/StandardTargets.h"
#include "core/suggestions/Suggestion.h"
#include "core/survey/SurveyService.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace loket {

MonthlyReportService::MonthlyReportService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

Result<MonthlyReport> MonthlyReportService::month(const Actor &actor, QDate firstOfMonth) const
{
    const QString code = reportMonthCode(firstOfMonth);
    if (Status s = m_audit.require(actor, Permission::ViewReports, QStringLiteral("report.monthly"),
                                   QStringLiteral("report"), code);
        !s)
        return s.error();
    if (!firstOfMonth.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the month of the report (for example 2026-11)."));
    auto time = CalendarRepository(m_db).officeTime();
    if (!time)
        return time.error();
    MonthlyReport report;
    report.asOf = time->localDateOfMs(m_clock.nowMs());
    const QDate month(firstOfMonth.year(), firstOfMonth.month(), 1);
    if (month > report.asOf)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has not begun yet: a report can be made for this month or an earlier one.")
                             .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));

    SurveyCache cache;
    auto current = figures(actor, month, report.asOf, cache);
    if (!current)
        return current.error();
    report.current = current.value();
    auto previous = figures(actor, month.addMonths(-1), report.asOf, cache);
    if (!previous)
        return previous.error();
    report.previousMonth = previous.value();
    auto lastYear = figures(actor, month.addYears(-1), report.asOf, cache);
    if (!lastYear)
        return lastYear.error();
    report.lastYear = lastYear.value();

    // The trend: the office index of the survey periods up to the month's.
    const SurveyService survey = surveyService();
    const SurveyPeriod::Kind kind = survey.settings().periodKind;
    SurveyPeriod p = SurveyPeriod::containing(kind, month);
    QList<ReportTrendPoint> trend;
    for (int i = 0; i < 4; ++i, p = p.previous()) {
        auto index = periodIndex(actor, p, cache);
        if (!index)
            return index.error();
        trend.prepend(ReportTrendPoint {p, index->office.ikm.respondents, index->office.ikm.convertedCenti});
    }
    report.ikmTrend = trend;
    return report;
}

SurveyService MonthlyReportService::surveyService() const
{
    SurveyService survey(m_db, m_clock);
    survey.setMonthStoreEnabled(m_monthStore);
    return survey;
}

Result<MonthFigures> MonthlyReportService::figures(const Actor &actor, QDate firstOfMonth, QDate asOf) const
{
    SurveyCache cache;
    return figures(actor, firstOfMonth, asOf, cache);
}

Result<MonthFigures> MonthlyReportService::ticketFigures(const Actor &actor, QDate firstOfMonth, QDate asOf) const
{
    if (Status s = m_audit.require(actor, Permission::ViewReports, QStringLiteral("report.monthly"),
                                   QStringLiteral("report"), reportMonthCode(firstOfMonth));
        !s)
        return s.error();
    MonthFigures f;
    f.month = QDate(firstOfMonth.year(), firstOfMonth.month(), 1);
    const QDate monthEnd = f.month.addMonths(1).addDays(-1);
    // A month still running is counted up to today; a month not begun has no figures.
    f.lastDay = std::min(monthEnd, asOf);
    if (f.month > asOf)
        return f;
    auto t = storedOrComputedTickets(actor, f.month, monthEnd, asOf);
    if (!t)
        return t.error();
    f.tickets = t.value();
    return f;
}

Result<SurveyIndexReport> MonthlyReportService::periodIndex(const Actor &actor, const SurveyPeriod &period,
                                                            SurveyCache &cache) const
{
    const auto known = cache.find(period.code());
    if (known != cache.end())
        return known->second;
    auto index = surveyService().index(actor, period);
    if (!index)
        return index.error();
    cache.emplace(period.code(), index.value());
    return index.value();
}

Result<MonthFigures> MonthlyReportService::figures(const Actor &actor, QDate firstOfMonth, QDate asOf,
                                                   SurveyCache &cache) const
{
    auto first = ticketFigures(actor, firstOfMonth, asOf);
    if (!first)
        return first.error();
    MonthFigures f = first.value();
    const QDate monthEnd = f.month.addMonths(1).addDays(-1);
    if (f.month > asOf)
        return f;

    auto complaints = ComplaintReport(m_db, m_clock).month(actor, f.month);
    if (!complaints)
        return complaints.error();
    f.complaints = complaints.value();

    auto slips = suggestions(f.month, monthEnd);
    if (!slips)
        return slips.error();
    f.suggestions = slips.value();

    const SurveyService survey = surveyService();
    auto monthIndex = survey.index(actor, f.month, monthEnd);
    if (!monthIndex)
        return monthIndex.error();
    f.survey.month = monthIndex.value();
    auto period = periodIndex(actor, SurveyPeriod::containing(survey.settings().periodKind, f.month), cache);
    if (!period)
        return period.error();
    f.survey.period = period.value();

    auto compliance = StandardCompliance(m_db).summary(actor, f.lastDay);
    if (!compliance)
        return compliance.error();
    f.standards.compliance = compliance.value();
    auto reviews = ReviewSchedule(m_db).dueOrOverdue(actor, f.lastDay);
    if (!reviews)
        return reviews.error();
    f.standards.reviewsDue = reviews.value();
    return f;
}

Result<ReportTickets> MonthlyReportService::storedOrComputedTickets(const Actor &actor, QDate month, QDate monthEnd,
                                                                    QDate asOf) const
{
    // A month still running changes with every ticket: always computed.
    if (!m_monthStore || monthEnd >= asOf)
        return tickets(actor, month, monthEnd);
    const ReportMonthStore store(m_db);
    if (auto stored = store.load(month); stored && stored->has_value())
        return stored->value();
    // Not stored when a write fails (read-only, busy) or a ticket of the month
    // changed while it was computed: computed again next time.
    const bool reserved = bool(store.reserve(month, m_clock.nowMs()));
    auto t = tickets(actor, month, monthEnd);
    if (t && reserved)
        (void)store.fill(month, t.value(), m_clock.nowMs());
    return t;
}

Result<ReportTickets> MonthlyReportService::tickets(const Actor &actor, QDate from, QDate to) const
{
    auto targets = standardServiceTargets(m_db);
    if (!targets)
        return targets.error();
    QueueStatisticsOptions options;
    options.target = targets.value();
    auto stats = QueueStatistics(m_db).compute(actor, from, to, options);
    if (!stats)
        return stats.error();
    const QueueStatisticsReport &s = stats.value();

    ReportTickets t;
    t.overall = s.overall;
    t.byCounter = s.byCounter;
    t.byOfficer = s.byOfficer;
    t.byDay = s.byDay;
    t.byPriorityReason = s.byPriorityReason;
    t.issuedByWeekdayHour = s.issuedByWeekdayHour;

    // The services' codes, for the report's stable keys.
    QHash<qint64, QString> codes;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code FROM services")))
        return m_db->sqlError(q.lastError(), tr("reading the services of the report"));
    while (q.next())
        codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    // The target shown beside a service is the one in force on the month's last
    // day with tickets (the figures count each ticket against its own day's).
    const QDate targetDay = s.byDay.isEmpty() ? to : QDate::fromString(s.byDay.last().key, Qt::ISODate);
    for (const QueueGroupFigures &g : s.byService) {
        ReportService line;
        line.id = g.key.toLongLong();
        line.code = codes.value(line.id);
        line.name = g.label;
        line.figures = g.figures;
        auto target = serviceTarget(m_db, line.id, targetDay);
        if (target) {
            line.targetMinutes = target->minutes;
            line.targetFromStandard = target->source == TargetSource::Standard;
        }
        t.services << line;
    }
    return t;
}

Result<ReportSuggestions> MonthlyReportService::suggestions(QDate from, QDate to) const
{
    ReportSuggestions r;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // The month's signed openings (the opened_on index), then their slips by kind and decision.
    q.prepare(QStringLiteral("SELECT count(*) FROM suggestion_sessions WHERE state = 'signed' "
                             "AND opened_on BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion-box openings of the month"));
    r.openings = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("SELECT sl.kind, sl.decision, count(*) FROM suggestion_sessions s "
                             "JOIN suggestion_slips sl ON sl.session_id = s.id "
                             "WHERE s.state = 'signed' AND s.opened_on BETWEEN ? AND ? "
                             "GROUP BY sl.kind, sl.decision"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion-box slips of the month"));
    std::map<QString, qint64> kinds, decisions;
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        kinds[q.value(0).toString()] += n;
        decisions[q.value(1).toString()] += n;
        r.slips += n;
    }
    for (SlipKind k : allSlipKinds()) {
        const QString c = slipKindCode(k);
        r.byKind << ReportCount {c, slipKindName(k), kinds.count(c) ? kinds[c] : 0};
    }
    for (SlipDecision d : allSlipDecisions()) {
        const QString c = slipDecisionCode(d);
        r.byDecision << ReportCount {c, slipDecisionName(d), decisions.count(c) ? decisions[c] : 0};
    }
    if (decisions.count(QString()) && decisions[QString()] > 0)
        r.byDecision << ReportCount {QString(), tr("Not decided"), decisions[QString()]};
    return r;
}

} // namespace loket
