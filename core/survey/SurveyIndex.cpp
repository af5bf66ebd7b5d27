// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyService: the index of a range of days, from SQL sums and counts.
#include "core/survey/SurveyService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

Result<SurveyTallies> SurveyService::computeTallies(const OfficeTime &time, QDate from, QDate to) const
{
    SurveyTallies out;
    // One pass over the range's responses (the covering index on answered_at,
    // service_id), each joined to its answers by the answers' primary key;
    // SQLite sums and counts. CROSS JOIN keeps that order, so a quarter costs
    // its own answers, not the whole history's (the planner, without
    // statistics, would otherwise scan every answer).
    const qint64 startUtcMs = time.dayStartUtcMs(from);
    const qint64 endUtcMs = time.dayEndUtcMs(to);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.service_id, a.element, sum(a.value), count(*) "
                             "FROM survey_responses r CROSS JOIN survey_answers a "
                             "WHERE a.response_id = r.id AND r.answered_at >= ? AND r.answered_at < ? "
                             "GROUP BY r.service_id, a.element"));
    q.addBindValue(startUtcMs);
    q.addBindValue(endUtcMs);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the survey answers"));
    while (q.next()) {
        const int i = SurveyElements::index(q.value(1).toString());
        if (i < 0)
            continue; // the table's CHECK admits none
        out.answers[q.value(0).toLongLong()][size_t(i)] = ElementTally {q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT service_id, count(*) FROM survey_responses "
                             "WHERE answered_at >= ? AND answered_at < ? GROUP BY service_id"));
    q.addBindValue(startUtcMs);
    q.addBindValue(endUtcMs);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the survey responses"));
    while (q.next())
        out.respondents[q.value(0).toLongLong()] = q.value(1).toLongLong();
    q.finish();
    // N: the citizens served in the range, by the service their ticket ended in
    // (as the queue statistics count them); the covering index alone.
    q.prepare(QStringLiteral("SELECT service_id, count(*) FROM tickets "
                             "WHERE status = 'done' AND service_day BETWEEN ? AND ? GROUP BY service_id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("counting the citizens served"));
    while (q.next())
        out.served[q.value(0).toLongLong()] = q.value(1).toLongLong();
    return out;
}

Result<SurveyTallies> SurveyService::monthTallies(const OfficeTime &time, QDate month) const
{
    const SurveyMonthStore store(m_db);
    if (auto stored = store.load(month); stored && stored->has_value())
        return stored->value();
    const QDate last = month.addMonths(1).addDays(-1);
    // Not stored when the write fails (a read-only file, a busy database):
    // the month is computed again next time.
    const bool reserved = bool(store.reserve(month, time.dayStartUtcMs(month), time.dayEndUtcMs(last), m_clock.nowMs()));
    auto t = computeTallies(time, month, last);
    if (t && reserved)
        (void)store.fill(month, t.value(), m_clock.nowMs());
    return t;
}

Result<SurveyTallies> SurveyService::rangeTallies(const OfficeTime &time, QDate from, QDate to) const
{
    if (!m_monthStore)
        return computeTallies(time, from, to);
    const QDate today = time.localDateOfMs(m_clock.nowMs());
    SurveyTallies total;
    QDate pending; // the first day of a stretch still to be computed
    auto computePending = [&](QDate last) -> Status {
        if (!pending.isValid())
            return {};
        auto part = computeTallies(time, pending, last);
        if (!part)
            return part.error();
        total.add(part.value());
        pending = QDate();
        return {};
    };
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate last = month.addMonths(1).addDays(-1);
        // A whole month of the range that is over: from the store.
        if (month >= from && last <= to && last < today) {
            if (Status s = computePending(month.addDays(-1)); !s)
                return s.error();
            auto part = monthTallies(time, month);
            if (!part)
                return part.error();
            total.add(part.value());
        } else if (!pending.isValid()) {
            pending = std::max(month, from);
        }
    }
    if (Status s = computePending(to); !s)
        return s.error();
    return total;
}

SurveyPeriod SurveyService::currentPeriod() const
{
    auto time = officeTime();
    const OfficeTime t = time ? time.value() : OfficeTime();
    return SurveyPeriod::containing(settings().periodKind, t.localDateOfMs(m_clock.nowMs()));
}

Result<SurveyIndexReport> SurveyService::index(const Actor &actor, const SurveyPeriod &period,
                                               std::optional<IkmWeighting> weighting) const
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose a quarter (1 to 4), a semester (1 or 2) or a year."));
    auto report = index(actor, period.from(), period.to(), weighting);
    if (report)
        report->period = period;
    return report;
}

Result<SurveyIndexReport> SurveyService::index(const Actor &actor, QDate from, QDate to,
                                               std::optional<IkmWeighting> weighting) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.index")); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the first and the last day of the survey's period."));
    if (to < from)
        return makeError(ErrorCode::InvalidInput, tr("The period ends before it starts: the last day is before the first."));
    auto time = officeTime();
    if (!time)
        return time.error();

    SurveyIndexReport report;
    report.from = from;
    report.to = to;
    report.weighting = weighting.value_or(settings().weighting);

    auto t = rangeTallies(time.value(), from, to);
    if (!t)
        return t.error();
    const std::map<qint64, qint64> &served = t->served;

    auto group = [&](const ElementTallies &tallies, qint64 respondents, qint64 population) -> Result<SurveyGroupIndex> {
        auto ikm = Ikm::compute(tallies, report.weighting, respondents);
        if (!ikm)
            return ikm.error();
        SurveyGroupIndex g;
        g.ikm = ikm.value();
        g.sample = Ikm::sample(population, respondents);
        return g;
    };

    ElementTallies all {};
    qint64 allRespondents = 0, allServed = 0;
    for (const auto &[serviceId, elementTallies] : t->answers) {
        for (size_t i = 0; i < all.size(); ++i) {
            all[i].sum += elementTallies[i].sum;
            all[i].count += elementTallies[i].count;
        }
    }
    for (const auto &[serviceId, n] : t->respondents)
        allRespondents += n;
    for (const auto &[serviceId, n] : served)
        allServed += n;
    auto office = group(all, allRespondents, allServed);
    if (!office)
        return office.error();
    report.office = office.value();

    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM services ORDER BY sort_order, id")))
        return m_db->sqlError(q.lastError(), tr("reading the services"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto answered = t->answers.find(id);
        const auto respondents = t->respondents.find(id);
        const auto population = served.find(id);
        if (respondents == t->respondents.end() && population == served.end())
            continue;
        auto g = group(answered == t->answers.end() ? ElementTallies {} : answered->second,
                       respondents == t->respondents.end() ? 0 : respondents->second,
                       population == served.end() ? 0 : population->second);
        if (!g)
            return g.error();
        g->serviceId = id;
        g->serviceCode = q.value(1).toString();
        g->serviceName = q.value(2).toString();
        report.byService << g.value();
    }
    return report;
}

} // namespace loket
