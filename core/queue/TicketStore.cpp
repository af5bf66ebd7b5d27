// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/TicketStore.h"

#include "core/storage/Database.h"
#include "core/storage/SqlText.h"

#include <QSqlQuery>

namespace loket {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.service_day, t.issued_service_id, t.seq, t.number, t.service_id, s.code, s.name, t.status, "
    "t.priority_reason_id, pr.code, pr.name, t.channel, t.issued_at, t.first_called_at, t.last_called_at, "
    "t.call_count, t.started_at, t.finished_at, t.counter_id, c.number, t.target_counter_id, tc.number, "
    "t.officer_id, t.note "
    "FROM tickets t JOIN services s ON s.id = t.service_id "
    "LEFT JOIN priority_reasons pr ON pr.id = t.priority_reason_id "
    "LEFT JOIN counters c ON c.id = t.counter_id "
    "LEFT JOIN counters tc ON tc.id = t.target_counter_id ");

QDateTime utcOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.serviceDay = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.issuedServiceId = q.value(2).toLongLong();
    t.seq = q.value(3).toInt();
    t.number = q.value(4).toString();
    t.serviceId = q.value(5).toLongLong();
    t.serviceCode = q.value(6).toString();
    t.serviceName = q.value(7).toString();
    t.status = ticketStatusFromCode(q.value(8).toString()).value_or(TicketStatus::Waiting);
    t.priorityReasonId = q.value(9).toLongLong();
    t.priorityReasonCode = q.value(10).toString();
    t.priorityReasonName = q.value(11).toString();
    t.channel = ticketChannelFromCode(q.value(12).toString()).value_or(TicketChannel::Kiosk);
    t.issuedAt = utcOf(q.value(13));
    t.firstCalledAt = utcOf(q.value(14));
    t.lastCalledAt = utcOf(q.value(15));
    t.callCount = q.value(16).toInt();
    t.startedAt = utcOf(q.value(17));
    t.finishedAt = utcOf(q.value(18));
    t.counterId = q.value(19).toLongLong();
    t.counterNumber = q.value(20).toInt();
    t.targetCounterId = q.value(21).toLongLong();
    t.targetCounterNumber = q.value(22).toInt();
    t.officerId = q.value(23).toLongLong();
    t.note = q.value(24).toString();
    return t;
}

} // namespace

TicketStore::TicketStore(const Database &db)
    : m_db(db)
{ }

QString TicketStore::formatNumber(const QString &prefix, int seq)
{
    return prefix + QLatin1Char('-') + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
}

Result<QList<Ticket>> TicketStore::select(
    const QString &condition, const QVariantList &binds, const QString &orderBy, int limit) const
{
    QSqlQuery q(m_db.connection());
    QString sql = kSelect + QStringLiteral("WHERE ") + condition;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.sqlError(q.lastError(), tr("reading tickets"));
    QList<Ticket> out;
    while (q.next())
        out << readTicket(q);
    return out;
}

Result<Ticket> TicketStore::byId(qint64 id) const
{
    auto rows = select(QStringLiteral("t.id = ?"), { id }, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no ticket with the id %1.").arg(id));
    return rows->first();
}

Result<std::optional<Ticket>> TicketStore::byNumber(QDate day, const QString &number) const
{
    auto rows = select(QStringLiteral("t.service_day = ? AND t.number = ?"),
        { day.toString(Qt::ISODate), number.trimmed().toUpper() }, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(rows->first());
}

Result<int> TicketStore::nextSeq(QDate day, qint64 issuedServiceId) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT coalesce(max(seq), 0) + 1 FROM tickets WHERE service_day = ? AND issued_service_id = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(issuedServiceId);
    if (!q.exec() || !q.next())
        return m_db.sqlError(q.lastError(), tr("numbering the ticket"));
    const int seq = q.value(0).toInt();
    q.finish();
    return seq;
}

Result<qint64> TicketStore::insert(const Ticket &t) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, priority_reason_id, "
        "channel, issued_at, first_called_at, last_called_at, call_count, started_at, finished_at, counter_id, "
        "target_counter_id, officer_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.serviceDay.toString(Qt::ISODate));
    q.addBindValue(t.issuedServiceId);
    q.addBindValue(t.seq);
    q.addBindValue(t.number);
    q.addBindValue(t.serviceId);
    q.addBindValue(ticketStatusCode(t.status));
    q.addBindValue(idOrNull(t.priorityReasonId));
    q.addBindValue(ticketChannelCode(t.channel));
    q.addBindValue(t.issuedAt.toMSecsSinceEpoch());
    q.addBindValue(msOrNull(t.firstCalledAt));
    q.addBindValue(msOrNull(t.lastCalledAt));
    q.addBindValue(t.callCount);
    q.addBindValue(msOrNull(t.startedAt));
    q.addBindValue(msOrNull(t.finishedAt));
    q.addBindValue(idOrNull(t.counterId));
    q.addBindValue(idOrNull(t.targetCounterId));
    q.addBindValue(idOrNull(t.officerId));
    q.addBindValue(sqlText(t.note));
    if (!q.exec())
        return m_db.sqlError(q.lastError(), tr("saving the new ticket"));
    return returnedId(q);
}

Status TicketStore::save(const Ticket &t) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE tickets SET service_id = ?, status = ?, first_called_at = ?, last_called_at = ?, call_count = ?, "
        "started_at = ?, finished_at = ?, counter_id = ?, target_counter_id = ?, officer_id = ?, note = ? "
        "WHERE id = ?"));
    q.addBindValue(t.serviceId);
    q.addBindValue(ticketStatusCode(t.status));
    q.addBindValue(msOrNull(t.firstCalledAt));
    q.addBindValue(msOrNull(t.lastCalledAt));
    q.addBindValue(t.callCount);
    q.addBindValue(msOrNull(t.startedAt));
    q.addBindValue(msOrNull(t.finishedAt));
    q.addBindValue(idOrNull(t.counterId));
    q.addBindValue(idOrNull(t.targetCounterId));
    q.addBindValue(idOrNull(t.officerId));
    q.addBindValue(sqlText(t.note));
    q.addBindValue(t.id);
    if (!q.exec())
        return m_db.sqlError(q.lastError(), tr("saving ticket %1").arg(t.number));
    return {};
}

Status TicketStore::addEvent(qint64 ticketId, qint64 atMs, const QString &kind, TicketStatus statusAfter,
    qint64 counterId, qint64 officerId, const QString &detail) const
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, status_after, counter_id, officer_id, "
                       "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(atMs);
    q.addBindValue(kind);
    q.addBindValue(ticketStatusCode(statusAfter));
    q.addBindValue(idOrNull(counterId));
    q.addBindValue(idOrNull(officerId));
    q.addBindValue(sqlText(detail));
    if (!q.exec())
        return m_db.sqlError(q.lastError(), tr("recording the ticket's history"));
    return {};
}

Result<QList<TicketEvent>> TicketStore::events(qint64 ticketId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.ticket_id, e.at, e.kind, e.status_after, e.counter_id, c.number, "
                             "e.officer_id, u.full_name, e.detail FROM ticket_events e "
                             "LEFT JOIN counters c ON c.id = e.counter_id LEFT JOIN users u ON u.id = e.officer_id "
                             "WHERE e.ticket_id = ? ORDER BY e.id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return m_db.sqlError(q.lastError(), tr("reading the ticket's history"));
    QList<TicketEvent> out;
    while (q.next()) {
        TicketEvent e;
        e.id = q.value(0).toLongLong();
        e.ticketId = q.value(1).toLongLong();
        e.at = utcOf(q.value(2));
        e.kind = q.value(3).toString();
        e.statusAfter = ticketStatusFromCode(q.value(4).toString()).value_or(TicketStatus::Waiting);
        e.counterId = q.value(5).toLongLong();
        e.counterNumber = q.value(6).toInt();
        e.officerId = q.value(7).toLongLong();
        e.officerName = q.value(8).toString();
        e.detail = q.value(9).toString();
        out << e;
    }
    return out;
}

} // namespace loket
