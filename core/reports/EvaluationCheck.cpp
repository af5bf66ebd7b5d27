// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/EvaluationCheck.h"

#include "core/catalog/CalendarRepository.h"
#include "core/survey/SurveyService.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

QString evidenceStateCode(EvidenceState state)
{
    switch (state) {
    case EvidenceState::Met: return QStringLiteral("met");
    case EvidenceState::Partly: return QStringLiteral("partly");
    case EvidenceState::Missing: return QStringLiteral("missing");
    }
    return {};
}

int EvaluationCheckResult::count(EvidenceState state) const
{
    int n = 0;
    for (const EvaluationPoint &p : points)
        n += p.state == state ? 1 : 0;
    return n;
}

EvaluationCheck::EvaluationCheck(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

namespace {

// "2.681" in Indonesian, "2,681" in English: a count as its reader writes it.
QString grouped(qint64 n)
{
    return QLocale().toString(n);
}


// All of `total` (met), some (partly) or none (missing).
EvidenceState share(int done, int total)
{
    if (total > 0 && done >= total)
        return EvidenceState::Met;
    return done > 0 ? EvidenceState::Partly : EvidenceState::Missing;
}

} // namespace

QList<EvaluationPoint> EvaluationCheck::evaluate(const EvaluationInput &in)
{
    const ComplianceSummary &s = in.standards;
    const int n = s.serviceCount;
    const QString pekppp = QStringLiteral("PEKPPP"), both = QStringLiteral("PEKPPP, Ombudsman");
    QList<EvaluationPoint> out;
    auto add = [&](const QString &code, const QString &label, const QString &evaluator, EvidenceState state,
                   const QString &evidence, const QString &missing) {
        out << EvaluationPoint {code, label, evaluator, state, evidence,
                                state == EvidenceState::Met ? QString() : missing};
    };
    const QString ofServices = tr("%1 of %2 services");
    add(QStringLiteral("standards_components"), tr("Service standards with all 14 components"), both,
        share(s.complete, n), ofServices.arg(s.complete).arg(n),
        tr("Fill in the missing components of the other services' standards."));
    add(QStringLiteral("standards_decree"), tr("Standards set by a decree (SK)"), both, share(s.set, n),
        ofServices.arg(s.set).arg(n), tr("Set the standards still in draft with a decree."));
    add(QStringLiteral("standards_consultation"), tr("Public consultation (forum konsultasi publik) held"), pekppp,
        share(s.consulted, n), ofServices.arg(s.consulted).arg(n),
        tr("Hold and record a public consultation for the other services."));
    add(QStringLiteral("standards_published"), tr("Standards published on 4 or more media and on SIPPN"), both,
        share(s.publishedFully, n), ofServices.arg(s.publishedFully).arg(n) + QStringLiteral("; ")
            + tr("%1 on SIPPN").arg(s.onSippn),
        tr("Publish the standards on more media and on SIPPN, and record each publication."));
    add(QStringLiteral("standards_reviewed"), tr("Standards reviewed within the last %n month(s)", nullptr, s.reviewMonths),
        pekppp, share(s.reviewed, n), ofServices.arg(s.reviewed).arg(n),
        tr("Review the standards that are due and record the review."));
    add(QStringLiteral("maklumat"), tr("Maklumat Pelayanan signed and published"), both,
        s.maklumatSigned ? (s.maklumatMedia > 0 ? EvidenceState::Met : EvidenceState::Partly) : EvidenceState::Missing,
        s.maklumatSigned ? tr("signed; published on %n medium/media", nullptr, s.maklumatMedia) : tr("not signed"),
        tr("Record the Maklumat's decree and where it is published."));

    const bool surveyed = !in.surveyPeriod.isEmpty() && in.surveyRespondents > 0;
    add(QStringLiteral("skm_done"), tr("Satisfaction survey (SKM) done in the last twelve months"), both,
        surveyed ? (in.surveySampleSufficient ? EvidenceState::Met : EvidenceState::Partly) : EvidenceState::Missing,
        surveyed ? tr("%1: %2 respondents, sample %3")
                       .arg(in.surveyPeriod)
                       .arg(grouped(in.surveyRespondents))
                       .arg(in.surveySampleSufficient ? tr("sufficient") : tr("not yet sufficient"))
                 : tr("no responses"),
        tr("Run the survey until the sample is sufficient."));
    add(QStringLiteral("skm_published"), tr("SKM result published on 4 or more media"), pekppp,
        surveyed ? share(in.surveyPlan.distinctMedia, 4) : EvidenceState::Missing,
        tr("%n medium/media", nullptr, in.surveyPlan.distinctMedia),
        tr("Publish the survey's result and record each medium."));
    add(QStringLiteral("skm_followed_up"), tr("SKM follow-up plan done"), pekppp,
        surveyed && in.surveyPlan.items > 0 ? share(in.surveyPlan.done, in.surveyPlan.items) : EvidenceState::Missing,
        tr("%1 of %2 items done").arg(in.surveyPlan.done).arg(in.surveyPlan.items),
        tr("Plan the follow-up of the weakest elements and record each item when done."));

    add(QStringLiteral("complaint_channels"), tr("Complaint channels in use"), both,
        in.complaintChannels >= 3 ? EvidenceState::Met
                                  : (in.complaintChannels > 0 ? EvidenceState::Partly : EvidenceState::Missing),
        tr("%n channel(s) used in the last twelve months", nullptr, in.complaintChannels),
        tr("Open and announce more channels (WhatsApp, SP4N-LAPOR!, the suggestion box) and log every complaint."));
    const int completedPercent = in.complaints > 0 ? int(in.complaintsCompleted * 100 / in.complaints) : 0;
    add(QStringLiteral("complaint_follow_up"), tr("Complaints followed up to completion (90 % or more)"), both,
        in.complaints == 0 ? EvidenceState::Partly
                           : (completedPercent >= 90 ? EvidenceState::Met
                                                     : (completedPercent > 0 ? EvidenceState::Partly
                                                                             : EvidenceState::Missing)),
        in.complaints == 0 ? tr("no complaints logged in the last twelve months")
                           : tr("%1 of %2 (%3 %)").arg(grouped(in.complaintsCompleted)).arg(grouped(in.complaints)).arg(completedPercent),
        in.complaints == 0 ? tr("Log the complaints the office receives, so their follow-up can be shown.")
                           : tr("Complete the follow-up of the open complaints."));
    const int fastPercent = in.complaints > 0 ? int(in.complaintsAnsweredIn1Day * 100 / in.complaints) : 0;
    add(QStringLiteral("complaint_speed"), tr("Complaints answered within 1×24 hours"), pekppp,
        in.complaints == 0 ? EvidenceState::Partly
                           : (fastPercent >= 90 ? EvidenceState::Met
                                                : (fastPercent > 0 ? EvidenceState::Partly : EvidenceState::Missing)),
        in.complaints == 0 ? tr("no complaints logged in the last twelve months")
                           : tr("%1 of %2 (%3 %)").arg(grouped(in.complaintsAnsweredIn1Day)).arg(grouped(in.complaints)).arg(fastPercent),
        tr("Answer each complaint within a day of receiving it."));
    add(QStringLiteral("suggestion_box"), tr("Suggestion box opened every month with minutes"), pekppp,
        share(in.suggestionOpenings, 3), tr("%n signed opening(s) in the last three months", nullptr, in.suggestionOpenings),
        tr("Open the boxes each month in front of witnesses and sign the minutes."));

    add(QStringLiteral("queue_system"), tr("Queue system in use"), both,
        in.ticketsLast30Days > 0 ? EvidenceState::Met : EvidenceState::Missing,
        tr("%1 tickets in the last 30 days").arg(grouped(in.ticketsLast30Days)),
        tr("Issue every visitor a ticket at the kiosk or the counter."));
    add(QStringLiteral("priority_service"), tr("Priority service for vulnerable groups"), both,
        in.priorityReasons > 0 && in.priorityServed > 0
            ? EvidenceState::Met
            : (in.priorityReasons > 0 ? EvidenceState::Partly : EvidenceState::Missing),
        tr("%1 priority reasons; %2 priority visitors served in the last twelve months")
            .arg(in.priorityReasons)
            .arg(grouped(in.priorityServed)),
        tr("Give lansia, penyandang disabilitas, ibu hamil and ibu dengan anak a priority ticket and record the reason."));
    return out;
}

Result<EvaluationCheckResult> EvaluationCheck::check(const Actor &actor, QDate day) const
{
    if (Status s = m_audit.require(actor, Permission::ViewReports, QStringLiteral("report.evaluation")); !s)
        return s.error();
    auto time = CalendarRepository(m_db).officeTime();
    if (!time)
        return time.error();
    if (!day.isValid())
        day = time->localDateOfMs(m_clock.nowMs());
    auto input = read(actor, day);
    if (!input)
        return input.error();
    return EvaluationCheckResult {day, evaluate(input.value())};
}

Result<EvaluationInput> EvaluationCheck::read(const Actor &actor, QDate day) const
{
    EvaluationInput in;
    in.day = day;
    auto standards = StandardCompliance(m_db).summary(actor, day);
    if (!standards)
        return standards.error();
    in.standards = standards.value();

    auto time = CalendarRepository(m_db).officeTime();
    if (!time)
        return time.error();
    const QDate yearAgo = day.addYears(-1).addDays(1);
    const qint64 fromMs = time->dayStartUtcMs(yearAgo), toMs = time->dayEndUtcMs(day);

    // The newest survey period ended by the day with responses (at most a year of periods back).
    SurveyService survey(m_db, m_clock);
    SurveyPeriod p = SurveyPeriod::containing(survey.settings().periodKind, day);
    for (int i = 0; i < 5; ++i, p = p.previous()) {
        if (p.to() > day || p.to() < yearAgo)
            continue;
        auto index = survey.index(actor, p);
        if (!index)
            return index.error();
        if (index->office.ikm.respondents == 0)
            continue;
        in.surveyPeriod = p.code();
        in.surveyRespondents = index->office.ikm.respondents;
        in.surveySampleSufficient = index->office.sample.sufficient();
        auto standing = SurveyPlanService(m_db, m_clock).standing(actor, p.code());
        if (!standing)
            return standing.error();
        in.surveyPlan = standing.value();
        break;
    }

    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    auto one = [&](const QString &sql, const QVariantList &values, const QString &what) -> Result<QList<qint64>> {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return m_db->sqlError(q.lastError(), what);
        QList<qint64> row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toLongLong();
        q.finish();
        return row;
    };
    // The complaints of the twelve months (the received_at index).
    auto complaints = one(QStringLiteral("SELECT count(*), "
                                         "coalesce(sum(CASE WHEN s.state IN ('closed', 'forwarded', 'archived') THEN 1 ELSE 0 END), 0), "
                                         "coalesce(sum(CASE WHEN s.responded_at IS NOT NULL AND s.responded_at - c.received_at <= 86400000 "
                                         "THEN 1 ELSE 0 END), 0), count(DISTINCT c.channel) "
                                         "FROM complaints c LEFT JOIN complaint_status s ON s.complaint_id = c.id "
                                         "WHERE c.received_at >= ? AND c.received_at < ?"),
                          {fromMs, toMs}, tr("reading the complaints of the last twelve months"));
    if (!complaints)
        return complaints.error();
    in.complaints = complaints->at(0);
    in.complaintsCompleted = complaints->at(1);
    in.complaintsAnsweredIn1Day = complaints->at(2);
    in.complaintChannels = int(complaints->at(3));
    auto openings = one(QStringLiteral("SELECT count(*) FROM suggestion_sessions WHERE state = 'signed' "
                                       "AND opened_on BETWEEN ? AND ?"),
                        {day.addMonths(-3).addDays(1).toString(Qt::ISODate), day.toString(Qt::ISODate)},
                        tr("reading the suggestion-box openings"));
    if (!openings)
        return openings.error();
    in.suggestionOpenings = int(openings->at(0));
    auto tickets = one(QStringLiteral("SELECT count(*) FROM tickets WHERE service_day BETWEEN ? AND ?"),
                       {day.addDays(-29).toString(Qt::ISODate), day.toString(Qt::ISODate)},
                       tr("reading the tickets of the last 30 days"));
    if (!tickets)
        return tickets.error();
    in.ticketsLast30Days = tickets->at(0);
    auto reasons = one(QStringLiteral("SELECT count(*) FROM priority_reasons WHERE active = TRUE"), {},
                       tr("reading the priority reasons"));
    if (!reasons)
        return reasons.error();
    in.priorityReasons = int(reasons->at(0));
    auto priority = one(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'done' AND service_day BETWEEN ? AND ? "
                                       "AND priority_reason_id IS NOT NULL"),
                        {yearAgo.toString(Qt::ISODate), day.toString(Qt::ISODate)},
                        tr("reading the priority visitors served"));
    if (!priority)
        return priority.error();
    in.priorityServed = priority->at(0);
    return in;
}

} // namespace loket
