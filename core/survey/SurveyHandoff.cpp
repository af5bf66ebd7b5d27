// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyHandoff.h"

#include "core/auth/AuditText.h"
#include "core/queue/CounterService.h"
#include "core/queue/Ticket.h"
#include "core/survey/SurveyService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kAction = QStringLiteral("survey.handoff");
const QString kEntity = QStringLiteral("ticket");
constexpr qint64 kWindowMs = qint64(SurveyHandoffService::kPendingMinutes) * 60 * 1000;

} // namespace

SurveyHandoffService::SurveyHandoffService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

Result<SurveyHandoff> SurveyHandoffService::handOver(const Actor &actor, qint64 counterId, qint64 ticketId)
{
    if (Status allowed = m_audit.require(actor, Permission::ServeQueue, kAction, kEntity, QString::number(ticketId));
        !allowed)
        return allowed.error();
    auto counter = CounterService(m_db, m_clock).counter(counterId);
    if (!counter)
        return counter.error();
    if (!counter->active)
        return makeError(ErrorCode::InvalidState,
                         tr("Loket %1 is no longer in use. Ask the administrator to reactivate it.").arg(counter->number));
    if (Status staffed = CounterService::checkStaffedBy(counter.value(), actor); !staffed)
        return staffed.error();

    const qint64 nowMs = m_clock.nowMs();
    SurveyHandoff out;
    out.counterId = counterId;
    out.counterNumber = counter->number;
    out.ticketId = ticketId;
    out.handedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    out.handedBy = actor.isUser() ? actor.userId : 0;
    Status done = m_db->transaction([&]() -> Status {
        {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral(
                "SELECT t.number, t.status, coalesce(t.counter_id, 0), t.service_id, s.name, "
                "(SELECT count(*) FROM survey_responses r WHERE r.ticket_id = t.id), "
                "(SELECT count(*) FROM survey_handoffs h WHERE h.ticket_id = t.id AND h.used_at IS NULL "
                " AND h.cancelled_at IS NULL AND h.handed_at >= ?) "
                "FROM tickets t JOIN services s ON s.id = t.service_id WHERE t.id = ?"));
            q.addBindValue(nowMs - kWindowMs);
            q.addBindValue(ticketId);
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("reading the ticket"));
            if (!q.next())
                return makeError(ErrorCode::NotFound, tr("There is no such ticket to hand to the survey screen."));
            out.ticketNumber = q.value(0).toString();
            const auto status = ticketStatusFromCode(q.value(1).toString()).value_or(TicketStatus::Waiting);
            const qint64 servedAt = q.value(2).toLongLong();
            out.serviceId = q.value(3).toLongLong();
            out.serviceName = q.value(4).toString();
            const bool answered = q.value(5).toInt() > 0;
            const bool waiting = q.value(6).toInt() > 0;
            if (status != TicketStatus::Done)
                return makeError(ErrorCode::InvalidState,
                                 tr("Ticket %1 has not been served yet (%2): the survey is answered after the "
                                    "service. Finish the ticket first, then hand it to the survey screen.")
                                     .arg(out.ticketNumber, ticketStatusDisplayName(status)));
            if (servedAt != counterId)
                return makeError(ErrorCode::InvalidState,
                                 tr("Ticket %1 was not served at loket %2: only its own counter hands it to the "
                                    "survey screen.")
                                     .arg(out.ticketNumber)
                                     .arg(counter->number));
            if (answered)
                return makeError(ErrorCode::Conflict,
                                 tr("The survey for ticket %1 has already been answered.").arg(out.ticketNumber));
            if (waiting)
                return makeError(ErrorCode::Nothing,
                                 tr("Ticket %1 is already waiting at the survey screen.").arg(out.ticketNumber));
        }
        auto may = SurveyService(m_db, m_clock).ticketMayAnswer(actor, ticketId);
        if (!may)
            return may.error();
        if (!may.value())
            return makeError(ErrorCode::InvalidState,
                             tr("Ticket %1 cannot be given the survey.").arg(out.ticketNumber));
        // The newer hand-over replaces what this counter (or this ticket) left pending.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE survey_handoffs SET cancelled_at = ? WHERE used_at IS NULL "
                                 "AND cancelled_at IS NULL AND (counter_id = ? AND handed_at >= ? OR ticket_id = ?)"));
        q.addBindValue(nowMs);
        q.addBindValue(counterId);
        q.addBindValue(nowMs - kWindowMs);
        q.addBindValue(ticketId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("handing the ticket to the survey screen"));
        q.prepare(QStringLiteral("INSERT INTO survey_handoffs (counter_id, ticket_id, handed_at, handed_by) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"));
        q.addBindValue(counterId);
        q.addBindValue(ticketId);
        q.addBindValue(nowMs);
        q.addBindValue(out.handedBy > 0 ? QVariant(out.handedBy) : QVariant());
        if (!q.exec() || !q.next())
            return m_db->sqlError(q.lastError(), tr("handing the ticket to the survey screen"));
        out.id = q.value(0).toLongLong();
        q.finish();
        return m_audit.record(actor, kAction, kEntity, QString::number(ticketId),
                              auditDetail(QStringLiteral("survey.handoff"), {{QStringLiteral("counter"), counter->number}}));
    });
    if (!done)
        return done.error();
    return out;
}

Result<SurveyHandoff> SurveyHandoffService::handOverLast(const Actor &actor, qint64 counterId)
{
    if (Status allowed = m_audit.require(actor, Permission::ServeQueue, kAction, kEntity); !allowed)
        return allowed.error();
    auto counter = CounterService(m_db, m_clock).counter(counterId);
    if (!counter)
        return counter.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE counter_id = ? AND finished_at >= ? AND status = 'done' "
                             "ORDER BY finished_at DESC, id DESC LIMIT 1"));
    q.addBindValue(counterId);
    q.addBindValue(m_clock.nowMs() - kWindowMs);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the tickets served at the counter"));
    if (!q.next())
        return makeError(ErrorCode::Nothing,
                         tr("No ticket was finished at loket %1 in the last %2 minutes: nothing to hand to the survey "
                            "screen. Finish the citizen's ticket first, then press F12.")
                             .arg(counter->number)
                             .arg(kPendingMinutes));
    const qint64 ticketId = q.value(0).toLongLong();
    q.finish();
    return handOver(actor, counterId, ticketId);
}

Result<std::optional<SurveyHandoff>> SurveyHandoffService::pending(const Actor &actor,
                                                                   const QList<qint64> &counterIds) const
{
    if (Status allowed = m_audit.require(actor, Permission::EnterSurvey, QStringLiteral("survey.response_add"),
                                         QStringLiteral("survey_response"));
        !allowed)
        return allowed.error();
    const qint64 nowMs = m_clock.nowMs();
    QString sql = QStringLiteral(
        "SELECT h.id, h.counter_id, c.number, h.ticket_id, t.service_id, s.name, h.handed_at, "
        "coalesce(h.handed_by, 0) FROM survey_handoffs h JOIN counters c ON c.id = h.counter_id "
        "JOIN tickets t ON t.id = h.ticket_id JOIN services s ON s.id = t.service_id "
        "WHERE h.handed_at >= ? AND h.handed_at <= ? AND h.used_at IS NULL AND h.cancelled_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.ticket_id = h.ticket_id)");
    if (!counterIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < counterIds.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND h.counter_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY h.handed_at DESC, h.id DESC LIMIT 1");
    QSqlQuery &q = m_db->prepared(sql);
    q.addBindValue(nowMs - kWindowMs);
    q.addBindValue(nowMs + SurveyService::kFutureSlackMs);
    for (qint64 id : counterIds)
        q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the tickets handed to the survey screen"));
    if (!q.next()) {
        q.finish();
        return std::optional<SurveyHandoff>();
    }
    SurveyHandoff h;
    h.id = q.value(0).toLongLong();
    h.counterId = q.value(1).toLongLong();
    h.counterNumber = q.value(2).toInt();
    h.ticketId = q.value(3).toLongLong();
    h.serviceId = q.value(4).toLongLong();
    h.serviceName = q.value(5).toString();
    h.handedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    h.handedBy = q.value(7).toLongLong();
    q.finish();
    return std::optional<SurveyHandoff>(h);
}

Status SurveyHandoffService::markUsed(const Database &db, qint64 ticketId, qint64 responseId, qint64 nowMs)
{
    QSqlQuery &q = db.prepared(QStringLiteral("UPDATE survey_handoffs SET used_at = ?, response_id = ? "
                                              "WHERE ticket_id = ? AND used_at IS NULL AND cancelled_at IS NULL"));
    q.addBindValue(nowMs);
    q.addBindValue(responseId);
    q.addBindValue(ticketId);
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("marking the survey's hand-over as answered"));
    return {};
}

} // namespace loket
