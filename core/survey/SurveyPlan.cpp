// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyPlan.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/common/CodeTable.h"
#include "core/common/TextCheck.h"
#include "core/storage/SqlText.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kItemEntity = QStringLiteral("survey_plan_item");
const QString kPeriodEntity = QStringLiteral("survey_period");
constexpr int kMaxText = 2000;

const std::pair<PlanStatus, const char *> kStatuses[] = {
    {PlanStatus::Planned, "planned"},
    {PlanStatus::InProgress, "in_progress"},
    {PlanStatus::Done, "done"},
};
const std::pair<PlanOrigin, const char *> kOrigins[] = {
    {PlanOrigin::Staff, "staff"},
    {PlanOrigin::LowElement, "low_element"},
    {PlanOrigin::Comment, "comment"},
};

QString dayText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dayOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

const QString kItemColumns = QStringLiteral(
    "id, period_code, element, action, person_in_charge, target_date, status, evidence, done_date, origin, "
    "created_at, coalesce(created_by, 0)");

PlanItem itemOf(const QSqlQuery &q)
{
    PlanItem i;
    i.id = q.value(0).toLongLong();
    i.periodCode = q.value(1).toString();
    i.element = q.value(2).toString();
    i.action = q.value(3).toString();
    i.personInCharge = q.value(4).toString();
    i.targetDate = dayOf(q.value(5));
    i.status = planStatusFromCode(q.value(6).toString()).value_or(PlanStatus::Planned);
    i.evidence = q.value(7).toString();
    i.doneDate = dayOf(q.value(8));
    i.origin = planOriginFromCode(q.value(9).toString()).value_or(PlanOrigin::Staff);
    i.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    i.createdBy = q.value(11).toLongLong();
    return i;
}

} // namespace

QString planStatusCode(PlanStatus status) { return codes::codeOf(kStatuses, status); }
std::optional<PlanStatus> planStatusFromCode(const QString &code) { return codes::fromCode(kStatuses, code); }
QString planStatusLabel(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return SurveyPlanService::tr("Planned");
    case PlanStatus::InProgress:
        return SurveyPlanService::tr("In progress");
    case PlanStatus::Done:
        return SurveyPlanService::tr("Done");
    }
    return {};
}
QString planOriginCode(PlanOrigin origin) { return codes::codeOf(kOrigins, origin); }
std::optional<PlanOrigin> planOriginFromCode(const QString &code) { return codes::fromCode(kOrigins, code); }

SurveyPlanService::SurveyPlanService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{ }

Result<OfficeTime> SurveyPlanService::officeTime() const
{
    return CalendarRepository(m_db).officeTime();
}

QDate SurveyPlanService::today() const
{
    auto zone = officeTime();
    return (zone ? zone.value() : OfficeTime()).localDateOfMs(m_clock.nowMs());
}

Result<QList<PlanItem>> SurveyPlanService::items(const Actor &actor, const QString &periodCode) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.plan_read")); !allowed)
        return allowed.error();
    QSqlQuery &q = m_db->prepared(
        periodCode.isEmpty()
            ? QStringLiteral("SELECT %1 FROM survey_plan_items ORDER BY period_code DESC, target_date, id").arg(kItemColumns)
            : QStringLiteral("SELECT %1 FROM survey_plan_items WHERE period_code = ? ORDER BY target_date, id")
                  .arg(kItemColumns));
    if (!periodCode.isEmpty())
        q.addBindValue(periodCode);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the follow-up plan"));
    QList<PlanItem> out;
    while (q.next())
        out << itemOf(q);
    q.finish();
    return out;
}

Result<PlanItem> SurveyPlanService::load(qint64 id) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT %1 FROM survey_plan_items WHERE id = ?").arg(kItemColumns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the follow-up plan"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Follow-up item %1 does not exist.").arg(id));
    PlanItem item = itemOf(q);
    q.finish();
    return item;
}

Result<PlanItem> SurveyPlanService::item(const Actor &actor, qint64 id) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.plan_read"), kItemEntity,
                                         QString::number(id));
        !allowed)
        return allowed.error();
    return load(id);
}

Status SurveyPlanService::checkEntry(const PlanItemEntry &e) const
{
    const auto period = SurveyPeriod::fromCode(e.periodCode);
    if (!period)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a survey period: give it as 2026-Q3, 2026-S1 or 2026.").arg(e.periodCode.left(20)));
    if (!e.element.isEmpty() && !SurveyElements::isCode(e.element))
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not an element: U1 to U9.").arg(e.element.left(10)));
    if (e.action.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say what will be done."));
    if (e.personInCharge.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the person in charge."));
    for (const auto &[text, field] : {std::pair {e.action, tr("action")}, std::pair {e.personInCharge, tr("person in charge")}}) {
        if (Status s = TextCheck::check(text, field, TextCheck::Kind::MultiLine); !s)
            return s;
        if (text.size() > kMaxText)
            return makeError(ErrorCode::InvalidInput, tr("The %1 is too long (at most %2 characters).").arg(field).arg(kMaxText));
    }
    if (!e.targetDate.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the target date."));
    if (e.targetDate < period->to())
        return makeError(ErrorCode::InvalidInput,
                         tr("The target date is before the end of %1: a follow-up comes after the result.").arg(period->label()));
    return {};
}

Result<PlanItem> SurveyPlanService::addItem(const Actor &actor, const PlanItemEntry &entry)
{
    const QString action = QStringLiteral("survey.plan_add");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kItemEntity); !allowed)
        return allowed.error();
    if (Status s = checkEntry(entry); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "INSERT INTO survey_plan_items (period_code, element, action, person_in_charge, target_date, origin, "
            "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v : QVariantList {SurveyPeriod::fromCode(entry.periodCode)->code(), sqlText(entry.element),
                                               entry.action.trimmed(), entry.personInCharge.trimmed(),
                                               dayText(entry.targetDate), planOriginCode(entry.origin), now,
                                               actor.isUser() ? QVariant(actor.userId) : QVariant(), now})
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the follow-up item"));
        id = returnedId(q);
        return m_audit.record(actor, action, kItemEntity, QString::number(id),
                              auditDetail(QStringLiteral("survey.plan"),
                                          {{QStringLiteral("period"), entry.periodCode},
                                           {QStringLiteral("element"), entry.element}}));
    });
    if (!done)
        return done.error();
    return load(id);
}

Result<PlanItem> SurveyPlanService::updateItem(const Actor &actor, qint64 id, const PlanItemEntry &entry)
{
    const QString action = QStringLiteral("survey.plan_update");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kItemEntity, QString::number(id)); !allowed)
        return allowed.error();
    if (Status s = checkEntry(entry); !s)
        return s.error();
    Status done = m_db->transaction([&]() -> Status {
        auto old = load(id);
        if (!old)
            return old.error();
        if (old->status == PlanStatus::Done)
            return makeError(ErrorCode::InvalidState, tr("A follow-up item that is done is kept as it was done."));
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "UPDATE survey_plan_items SET period_code = ?, element = ?, action = ?, person_in_charge = ?, "
            "target_date = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v : QVariantList {SurveyPeriod::fromCode(entry.periodCode)->code(), sqlText(entry.element),
                                               entry.action.trimmed(), entry.personInCharge.trimmed(),
                                               dayText(entry.targetDate), m_clock.nowMs(), id})
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the follow-up item"));
        return m_audit.record(actor, action, kItemEntity, QString::number(id),
                              auditDetail(QStringLiteral("survey.plan"),
                                          {{QStringLiteral("period"), entry.periodCode},
                                           {QStringLiteral("element"), entry.element}}));
    });
    if (!done)
        return done.error();
    return load(id);
}

Result<PlanItem> SurveyPlanService::setStatus(const Actor &actor, qint64 id, PlanStatus status, const QString &evidence)
{
    const QString action = status == PlanStatus::Done ? QStringLiteral("survey.plan_done") : QStringLiteral("survey.plan_status");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kItemEntity, QString::number(id)); !allowed)
        return allowed.error();
    const QString proof = evidence.trimmed();
    if (status == PlanStatus::Done && proof.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Say what shows the item was done (a photo, a letter's number, a link): evaluators ask for it."));
    if (Status s = TextCheck::check(proof, tr("evidence"), TextCheck::Kind::MultiLine); !s)
        return s.error();
    if (proof.size() > kMaxText)
        return makeError(ErrorCode::InvalidInput, tr("The %1 is too long (at most %2 characters).").arg(tr("evidence")).arg(kMaxText));
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    const qint64 now = m_clock.nowMs();
    Status done = m_db->transaction([&]() -> Status {
        auto old = load(id);
        if (!old)
            return old.error();
        if (old->status == PlanStatus::Done)
            return makeError(ErrorCode::InvalidState, tr("A follow-up item that is done is kept as it was done."));
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "UPDATE survey_plan_items SET status = ?, evidence = ?, done_date = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v : QVariantList {planStatusCode(status), sqlText(proof.isEmpty() ? old->evidence : proof),
                                               status == PlanStatus::Done ? QVariant(dayText(zone->localDateOfMs(now))) : QVariant(),
                                               now, id})
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the follow-up item"));
        return m_audit.record(actor, action, kItemEntity, QString::number(id),
                              auditDetail(QStringLiteral("survey.plan_status"), {{QStringLiteral("status"), planStatusCode(status)}}));
    });
    if (!done)
        return done.error();
    return load(id);
}

Result<QList<SurveyPublication>> SurveyPlanService::publications(const Actor &actor, const QString &periodCode) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.plan_read")); !allowed)
        return allowed.error();
    const QString columns = QStringLiteral("id, period_code, medium, published_on, reference, created_at, coalesce(created_by, 0)");
    QSqlQuery &q = m_db->prepared(
        periodCode.isEmpty()
            ? QStringLiteral("SELECT %1 FROM survey_publications ORDER BY published_on DESC, id").arg(columns)
            : QStringLiteral("SELECT %1 FROM survey_publications WHERE period_code = ? ORDER BY published_on, id").arg(columns));
    if (!periodCode.isEmpty())
        q.addBindValue(periodCode);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the publications"));
    QList<SurveyPublication> out;
    while (q.next()) {
        SurveyPublication p;
        p.id = q.value(0).toLongLong();
        p.periodCode = q.value(1).toString();
        p.medium = q.value(2).toString();
        p.date = dayOf(q.value(3));
        p.reference = q.value(4).toString();
        p.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        p.createdBy = q.value(6).toLongLong();
        out << p;
    }
    q.finish();
    return out;
}

Result<SurveyPublication> SurveyPlanService::addPublication(const Actor &actor, const QString &periodCode, const QString &medium,
                                                      QDate date, const QString &reference)
{
    const QString action = QStringLiteral("survey.publish");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kPeriodEntity, periodCode.left(20)); !allowed)
        return allowed.error();
    const auto period = SurveyPeriod::fromCode(periodCode);
    if (!period)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a survey period: give it as 2026-Q3, 2026-S1 or 2026.").arg(periodCode.left(20)));
    if (medium.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say where the result was published (a notice board, the website, …)."));
    for (const auto &[text, field] : {std::pair {medium, tr("medium")}, std::pair {reference, tr("reference")}}) {
        if (Status s = TextCheck::check(text, field); !s)
            return s.error();
        if (text.size() > kMaxText)
            return makeError(ErrorCode::InvalidInput, tr("The %1 is too long (at most %2 characters).").arg(field).arg(kMaxText));
    }
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    const qint64 now = m_clock.nowMs();
    if (!date.isValid() || date < period->from() || date > zone->localDateOfMs(now))
        return makeError(ErrorCode::InvalidInput,
                         tr("The publication date must be a day from the start of %1 until today.").arg(period->label()));
    SurveyPublication p;
    Status done = m_db->transaction([&]() -> Status {
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "INSERT INTO survey_publications (period_code, medium, published_on, reference, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v : QVariantList {period->code(), medium.trimmed(), dayText(date), sqlText(reference.trimmed()), now,
                                               actor.isUser() ? QVariant(actor.userId) : QVariant()})
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the publication"));
        p.id = returnedId(q);
        return m_audit.record(actor, action, kPeriodEntity, period->code(),
                              auditDetail(QStringLiteral("survey.publish"), {{QStringLiteral("medium"), medium.trimmed()}}));
    });
    if (!done)
        return done.error();
    p.periodCode = period->code();
    p.medium = medium.trimmed();
    p.date = date;
    p.reference = reference.trimmed();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    p.createdBy = actor.isUser() ? actor.userId : 0;
    return p;
}

Status SurveyPlanService::setForumDate(const Actor &actor, const QString &periodCode, std::optional<QDate> date)
{
    const QString action = QStringLiteral("survey.forum");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kPeriodEntity, periodCode.left(20)); !allowed)
        return allowed;
    const auto period = SurveyPeriod::fromCode(periodCode);
    if (!period)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a survey period: give it as 2026-Q3, 2026-S1 or 2026.").arg(periodCode.left(20)));
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    const qint64 now = m_clock.nowMs();
    if (date && (!date->isValid() || *date < period->from() || *date > zone->localDateOfMs(now)))
        return makeError(ErrorCode::InvalidInput,
                         tr("The forum's date must be a day from the start of %1 until today.").arg(period->label()));
    return m_db->transaction([&]() -> Status {
        QSqlQuery &d = m_db->prepared(QStringLiteral("DELETE FROM survey_forums WHERE period_code = ?"));
        d.addBindValue(period->code());
        if (!d.exec())
            return m_db->sqlError(d.lastError(), tr("saving the forum's date"));
        if (date) {
            QSqlQuery &q = m_db->prepared(QStringLiteral(
                "INSERT INTO survey_forums (period_code, forum_date, set_at, set_by) VALUES (?, ?, ?, ?)"));
            for (const QVariant &v : QVariantList {period->code(), dayText(*date), now,
                                                   actor.isUser() ? QVariant(actor.userId) : QVariant()})
                q.addBindValue(v);
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("saving the forum's date"));
        }
        return m_audit.record(actor, action, kPeriodEntity, period->code(),
                              auditDetail(QStringLiteral("survey.forum"), {{QStringLiteral("date"), date ? dayText(*date) : QString()}}));
    });
}

Result<PlanStanding> SurveyPlanService::standing(const Actor &actor, const QString &periodCode) const
{
    auto list = items(actor, periodCode);
    if (!list)
        return list.error();
    auto pubs = publications(actor, periodCode);
    if (!pubs)
        return pubs.error();
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    const QDate today = zone->localDateOfMs(m_clock.nowMs());
    PlanStanding s;
    for (const PlanItem &i : list.value()) {
        ++s.items;
        s.done += i.status == PlanStatus::Done ? 1 : 0;
        s.overdue += i.overdue(today) ? 1 : 0;
    }
    QSet<QString> media;
    for (const SurveyPublication &p : pubs.value())
        media.insert(p.medium.toCaseFolded());
    s.publications = int(pubs->size());
    s.distinctMedia = int(media.size());
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT forum_date FROM survey_forums WHERE period_code = ?"));
    q.addBindValue(periodCode);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the follow-up plan"));
    if (q.next())
        s.forumDate = dayOf(q.value(0));
    q.finish();
    return s;
}

Result<QList<PlanProposal>> SurveyPlanService::proposals(const Actor &actor, const SurveyIndexReport &report,
                                                          const QString &periodCode) const
{
    auto list = items(actor, periodCode);
    if (!list)
        return list.error();
    QSet<QString> planned;
    for (const PlanItem &i : list.value())
        planned.insert(i.element);
    QList<PlanProposal> out;
    auto propose = [&](const SurveyGroupIndex &group) {
        for (const IkmElement &e : group.ikm.elements) {
            if (!e.convertedCenti || *e.convertedCenti >= ikmGradeFloorCenti(IkmGrade::C) || planned.contains(e.code))
                continue;
            PlanProposal p;
            p.element = e.code;
            p.serviceId = group.serviceId;
            p.serviceName = group.serviceName;
            p.convertedCenti = *e.convertedCenti;
            p.suggestedAction = group.serviceId == 0
                ? tr("Improve %1: find the causes with the staff and the public, and act on them.").arg(SurveyElements::label(e.code))
                : tr("Improve %1 at %2: find the causes with the staff and the public, and act on them.")
                      .arg(SurveyElements::label(e.code), group.serviceName);
            out << p;
        }
    };
    propose(report.office);
    for (const SurveyGroupIndex &g : report.byService)
        propose(g);
    return out;
}

} // namespace loket
