// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The respondents' comments and what staff make of them (SurveyPlanService).
#include "core/survey/SurveyPlan.h"

#include "core/auth/AuditText.h"
#include "core/common/CodeTable.h"
#include "core/complaints/ComplaintService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kCommentEntity = QStringLiteral("survey_response");

const std::pair<CommentFlag, const char *> kFlags[] = {
    {CommentFlag::None, ""},
    {CommentFlag::FollowUp, "follow_up"},
    {CommentFlag::Complaint, "complaint"},
    {CommentFlag::Dismissed, "dismissed"},
};

const QString kCommentQuery = QStringLiteral(
    "SELECT c.response_id, r.answered_at, r.service_id, s.name, r.channel, c.text, c.flag, coalesce(c.plan_item_id, 0), "
    "coalesce(c.complaint_id, 0), coalesce(k.number, '') FROM survey_comments c "
    "JOIN survey_responses r ON r.id = c.response_id JOIN services s ON s.id = r.service_id "
    "LEFT JOIN complaints k ON k.id = c.complaint_id ");

SurveyComment commentOf(const QSqlQuery &q)
{
    SurveyComment c;
    c.responseId = q.value(0).toLongLong();
    c.answeredAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c.serviceId = q.value(2).toLongLong();
    c.serviceName = q.value(3).toString();
    c.channel = surveyChannelFromCode(q.value(4).toString()).value_or(SurveyChannel::Paper);
    c.text = q.value(5).toString();
    c.flag = commentFlagFromCode(q.value(6).toString()).value_or(CommentFlag::None);
    c.planItemId = q.value(7).toLongLong();
    c.complaintId = q.value(8).toLongLong();
    c.complaintNumber = q.value(9).toString();
    return c;
}

} // namespace

QString commentFlagCode(CommentFlag flag) { return codes::codeOf(kFlags, flag); }
std::optional<CommentFlag> commentFlagFromCode(const QString &code) { return codes::fromCode(kFlags, code); }
QString commentFlagLabel(CommentFlag flag)
{
    switch (flag) {
    case CommentFlag::None:
        return SurveyPlanService::tr("Not read yet");
    case CommentFlag::FollowUp:
        return SurveyPlanService::tr("In the follow-up plan");
    case CommentFlag::Complaint:
        return SurveyPlanService::tr("Made a complaint");
    case CommentFlag::Dismissed:
        return SurveyPlanService::tr("Nothing to do");
    }
    return {};
}

Result<QList<SurveyComment>> SurveyPlanService::comments(const Actor &actor, QDate from, QDate to) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.plan_read")); !allowed)
        return allowed.error();
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    QSqlQuery &q = m_db->prepared(kCommentQuery
                                  + QStringLiteral("WHERE r.answered_at >= ? AND r.answered_at < ? ORDER BY r.answered_at DESC, c.response_id DESC"));
    q.addBindValue(zone->dayStartUtcMs(from));
    q.addBindValue(zone->dayEndUtcMs(to));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the respondents' comments"));
    QList<SurveyComment> out;
    while (q.next())
        out << commentOf(q);
    q.finish();
    return out;
}

Result<SurveyComment> SurveyPlanService::comment(qint64 responseId) const
{
    QSqlQuery &q = m_db->prepared(kCommentQuery + QStringLiteral("WHERE c.response_id = ?"));
    q.addBindValue(responseId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the respondents' comments"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Response %1 has no comment.").arg(responseId));
    SurveyComment c = commentOf(q);
    q.finish();
    return c;
}

Status SurveyPlanService::flag(const Actor &actor, qint64 responseId, CommentFlag flag, qint64 planItemId, qint64 complaintId)
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "UPDATE survey_comments SET flag = ?, plan_item_id = ?, complaint_id = ?, flagged_at = ?, flagged_by = ? "
        "WHERE response_id = ?"));
    for (const QVariant &v : QVariantList {commentFlagCode(flag), planItemId > 0 ? QVariant(planItemId) : QVariant(),
                                           complaintId > 0 ? QVariant(complaintId) : QVariant(), m_clock.nowMs(),
                                           actor.isUser() ? QVariant(actor.userId) : QVariant(), responseId})
        q.addBindValue(v);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving what was decided about the comment"));
    return m_audit.record(actor, QStringLiteral("survey.comment"), kCommentEntity, QString::number(responseId),
                          auditDetail(QStringLiteral("survey.comment"), {{QStringLiteral("flag"), commentFlagCode(flag)}}));
}

Result<PlanItem> SurveyPlanService::commentToPlan(const Actor &actor, qint64 responseId, PlanItemEntry entry)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, QStringLiteral("survey.comment"), kCommentEntity,
                                         QString::number(responseId));
        !allowed)
        return allowed.error();
    entry.origin = PlanOrigin::Comment;
    std::optional<PlanItem> item;
    Status done = m_db->transaction([&]() -> Status {
        auto c = comment(responseId);
        if (!c)
            return c.error();
        if (c->flag == CommentFlag::Complaint)
            return makeError(ErrorCode::InvalidState, tr("This comment is already complaint %1.").arg(c->complaintNumber));
        auto added = addItem(actor, entry);
        if (!added)
            return added.error();
        item = added.value();
        return flag(actor, responseId, CommentFlag::FollowUp, item->id, 0);
    });
    if (!done)
        return done.error();
    return *item;
}

Result<QString> SurveyPlanService::commentToComplaint(const Actor &actor, qint64 responseId)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, QStringLiteral("survey.comment"), kCommentEntity,
                                         QString::number(responseId));
        !allowed)
        return allowed.error();
    QString number;
    Status done = m_db->transaction([&]() -> Status {
        auto c = comment(responseId);
        if (!c)
            return c.error();
        if (c->flag == CommentFlag::Complaint)
            return makeError(ErrorCode::Conflict, tr("This comment is already complaint %1.").arg(c->complaintNumber));
        ComplaintIntake in;
        in.channel = IntakeChannel::Langsung;
        in.type = ComplaintType::Pengaduan;
        in.tier = ComplaintTier::Normatif;
        in.serviceId = c->serviceId;
        in.receivedAt = c->answeredAt;
        in.anonymous = true;
        const QString firstLine = c->text.section(QLatin1Char('\n'), 0, 0).simplified();
        in.summary = firstLine.size() > 120 ? firstLine.left(117) + QStringLiteral("…") : firstLine;
        in.details = tr("From a satisfaction-survey response (%1), in the respondent's words: %2")
                         .arg(surveyChannelLabel(c->channel), c->text);
        auto complaint = ComplaintService(m_db, m_clock).add(actor, in);
        if (!complaint)
            return complaint.error();
        number = complaint->number;
        return flag(actor, responseId, CommentFlag::Complaint, c->planItemId, complaint->id);
    });
    if (!done)
        return done.error();
    return number;
}

Status SurveyPlanService::dismissComment(const Actor &actor, qint64 responseId)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, QStringLiteral("survey.comment"), kCommentEntity,
                                         QString::number(responseId));
        !allowed)
        return allowed;
    return m_db->transaction([&]() -> Status {
        auto c = comment(responseId);
        if (!c)
            return c.error();
        if (c->flag == CommentFlag::Complaint)
            return makeError(ErrorCode::InvalidState, tr("This comment is already complaint %1.").arg(c->complaintNumber));
        return flag(actor, responseId, CommentFlag::Dismissed, c->planItemId, 0);
    });
}

} // namespace loket
