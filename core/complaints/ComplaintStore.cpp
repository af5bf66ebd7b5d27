// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintStore.h"

#include "core/auth/Actor.h"
#include "core/complaints/ComplaintChain.h"
#include "core/storage/SqlText.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

QVariant dayOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDate dayOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.number, c.channel, c.type, c.tier, c.service_id, c.component, c.received_at, c.received_day, "
    "c.lapor_number, c.ticket_id, c.summary, c.details, c.loss, c.remedy, c.anonymous, c.confidential, c.created_at, "
    "c.created_by, s.state, s.assignee_id, s.verify_due, s.follow_up_due, s.settle_due, s.auto_close_due, s.next_due, "
    "s.verified_at, s.first_follow_up_at, s.responded_at, s.closed_at, s.closed_how, s.paused_since, s.paused_days, "
    "sv.name, t.number, cu.full_name, au.full_name, "
    "EXISTS (SELECT 1 FROM complaint_identity i WHERE i.complaint_id = c.id AND "
    "(i.name <> '' OR i.phone <> '' OR i.email <> '' OR i.address <> '')) "
    "FROM complaints c JOIN complaint_status s ON s.complaint_id = c.id "
    "LEFT JOIN services sv ON sv.id = c.service_id LEFT JOIN tickets t ON t.id = c.ticket_id "
    "LEFT JOIN users cu ON cu.id = c.created_by LEFT JOIN users au ON au.id = s.assignee_id");

Complaint complaintOf(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    ComplaintIntake &in = c.intake;
    in.channel = channelFromCode(q.value(2).toString()).value_or(IntakeChannel::Langsung);
    in.type = typeFromCode(q.value(3).toString()).value_or(ComplaintType::Pengaduan);
    in.tier = tierFromCode(q.value(4).toString()).value_or(ComplaintTier::Normatif);
    in.serviceId = q.value(5).toLongLong();
    in.component = q.value(6).toString();
    in.receivedAt = timeOf(q.value(7));
    c.receivedDay = dayOf(q.value(8));
    in.laporNumber = q.value(9).toString();
    in.ticketId = q.value(10).toLongLong();
    in.summary = q.value(11).toString();
    in.details = q.value(12).toString();
    in.loss = q.value(13).toString();
    in.remedy = q.value(14).toString();
    in.anonymous = q.value(15).toBool();
    in.confidential = q.value(16).toBool();
    c.createdAt = timeOf(q.value(17));
    c.createdBy = q.value(18).toLongLong();
    ComplaintStatus &s = c.status;
    s.state = stateFromCode(q.value(19).toString()).value_or(ComplaintState::Received);
    s.assigneeId = q.value(20).toLongLong();
    s.verify.due = dayOf(q.value(21));
    s.firstFollowUp.due = dayOf(q.value(22));
    s.settle.due = dayOf(q.value(23));
    s.autoCloseDue = dayOf(q.value(24));
    s.nextDue = dayOf(q.value(25));
    s.verify.metAt = timeOf(q.value(26));
    s.firstFollowUp.metAt = timeOf(q.value(27));
    s.settle.metAt = timeOf(q.value(28));
    s.respondedAt = s.settle.metAt;
    s.closedAt = timeOf(q.value(29));
    s.closedHow = q.value(30).toString();
    s.pausedSince = dayOf(q.value(31));
    s.pausedDays = q.value(32).toInt();
    c.serviceName = q.value(33).toString();
    c.ticketNumber = q.value(34).toString();
    c.createdByName = q.value(35).toString();
    c.assigneeName = q.value(36).toString();
    c.hasIdentity = q.value(37).toBool();
    return c;
}

} // namespace

ComplaintStore::ComplaintStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

bool ComplaintStore::isValidPattern(const QString &pattern)
{
    static const QRegularExpression seq(QStringLiteral("\\{N+\\}"));
    return pattern.count(seq) == 1 && pattern.size() <= 64;
}

QString ComplaintStore::formatNumber(const QString &pattern, QDate day, int seq)
{
    QString out = pattern;
    out.replace(QStringLiteral("{YYYY}"), QString::number(day.year()));
    out.replace(QStringLiteral("{MM}"), QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0')));
    out.replace(QStringLiteral("{DD}"), QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0')));
    static const QRegularExpression n(QStringLiteral("\\{(N+)\\}"));
    const QRegularExpressionMatch m = n.match(out);
    if (m.hasMatch())
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(seq, int(m.capturedLength(1)), 10, QLatin1Char('0')));
    return out;
}

Result<ComplaintStore::Number> ComplaintStore::nextNumber(const QString &pattern, QDate localToday) const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT coalesce(max(number_seq), 0) FROM complaints WHERE number_year = ?"));
    q.addBindValue(localToday.year());
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("numbering the complaint"));
    Number n;
    n.year = localToday.year();
    n.seq = q.value(0).toInt() + 1;
    q.finish();
    n.text = formatNumber(pattern, localToday, n.seq);
    return n;
}

QString ComplaintStore::bodyText(const ComplaintIntake &intake)
{
    QStringList parts;
    for (const QString &s : {intake.details, intake.loss, intake.remedy, intake.laporNumber}) {
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(QLatin1Char('\n'));
}

QJsonObject ComplaintStore::intakeRecord(const QString &number, const ComplaintIntake &in, QDate receivedDay,
                                         qint64 createdBy, const QString &identitySha256)
{
    return QJsonObject {{QStringLiteral("number"), number}, {QStringLiteral("channel"), channelCode(in.channel)},
        {QStringLiteral("type"), typeCode(in.type)}, {QStringLiteral("tier"), tierCode(in.tier)},
        {QStringLiteral("service_id"), in.serviceId}, {QStringLiteral("component"), in.component},
        {QStringLiteral("received_at"), in.receivedAt.toMSecsSinceEpoch()},
        {QStringLiteral("received_day"), receivedDay.toString(Qt::ISODate)},
        {QStringLiteral("lapor_number"), in.laporNumber}, {QStringLiteral("ticket_id"), in.ticketId},
        {QStringLiteral("summary"), in.summary}, {QStringLiteral("details"), in.details},
        {QStringLiteral("loss"), in.loss}, {QStringLiteral("remedy"), in.remedy},
        {QStringLiteral("anonymous"), in.anonymous}, {QStringLiteral("confidential"), in.confidential},
        {QStringLiteral("created_by"), createdBy}, {QStringLiteral("identity_sha256"), identitySha256}};
}

QString ComplaintStore::identityHash(const ComplaintIdentity &p)
{
    if (p.isEmpty())
        return QString();
    ChainContent content;
    content.text(p.name).text(p.phone).text(p.email).text(p.address);
    return QString::fromLatin1(QCryptographicHash::hash(content.bytes(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> ComplaintStore::insertComplaint(const Number &number, const ComplaintIntake &in, QDate receivedDay,
                                               qint64 createdAtMs, qint64 createdBy) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO complaints (number, number_year, number_seq, channel, type, tier, service_id, component, "
        "received_at, received_day, lapor_number, ticket_id, summary, details, loss, remedy, anonymous, confidential, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(number.text);
    q.addBindValue(number.year);
    q.addBindValue(number.seq);
    q.addBindValue(channelCode(in.channel));
    q.addBindValue(typeCode(in.type));
    q.addBindValue(tierCode(in.tier));
    q.addBindValue(idOrNull(in.serviceId));
    q.addBindValue(sqlText(in.component));
    q.addBindValue(in.receivedAt.toMSecsSinceEpoch());
    q.addBindValue(receivedDay.toString(Qt::ISODate));
    q.addBindValue(sqlText(in.laporNumber));
    q.addBindValue(idOrNull(in.ticketId));
    q.addBindValue(sqlText(in.summary));
    q.addBindValue(sqlText(in.details));
    q.addBindValue(sqlText(in.loss));
    q.addBindValue(sqlText(in.remedy));
    q.addBindValue(in.anonymous);
    q.addBindValue(in.confidential);
    q.addBindValue(createdAtMs);
    q.addBindValue(idOrNull(createdBy));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the complaint"));
    return returnedId(q);
}

Status ComplaintStore::insertIdentity(qint64 complaintId, const ComplaintIdentity &p) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO complaint_identity (complaint_id, name, phone, email, address) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(complaintId);
    q.addBindValue(sqlText(p.name));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(sqlText(p.email));
    q.addBindValue(sqlText(p.address));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the complainant's identity"));
    return {};
}

Result<qint64> ComplaintStore::appendEvent(qint64 complaintId, qint64 atMs, const Actor &actor, ComplaintEventKind kind,
                                           const QJsonObject &detail, const QString &note) const
{
    const HashChain &chain = complaintChain();
    auto last = chain.last(*m_db);
    if (!last)
        return last.error();
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QVariantList values {complaintId, atMs, actor.userId > 0 ? QVariant(actor.userId) : QVariant(),
        sqlText(actor.username), eventKindCode(kind), detailText, sqlText(note)};
    const ChainLink link = chain.follow(last.value(), values, atMs);
    QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_id, username, "
                                                 "kind, detail, note, seq, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(link.seq);
    q.addBindValue(link.hash);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the complaint's history"));
    const qint64 id = returnedId(q);
    if (Status anchored = writeComplaintAnchor(*m_db, link, atMs); !anchored)
        return anchored.error();
    return id;
}

Status ComplaintStore::writeStatus(qint64 complaintId, const ComplaintStatus &s, qint64 lastEventId, qint64 nowMs) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO complaint_status (complaint_id, state, open, assignee_id, verify_due, follow_up_due, settle_due, "
        "auto_close_due, next_due, verified_at, first_follow_up_at, responded_at, closed_at, closed_how, paused_since, "
        "paused_days, last_event_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(complaint_id) DO UPDATE SET state = excluded.state, open = excluded.open, "
        "assignee_id = excluded.assignee_id, verify_due = excluded.verify_due, follow_up_due = excluded.follow_up_due, "
        "settle_due = excluded.settle_due, auto_close_due = excluded.auto_close_due, next_due = excluded.next_due, "
        "verified_at = excluded.verified_at, first_follow_up_at = excluded.first_follow_up_at, "
        "responded_at = excluded.responded_at, closed_at = excluded.closed_at, closed_how = excluded.closed_how, "
        "paused_since = excluded.paused_since, paused_days = excluded.paused_days, "
        "last_event_id = excluded.last_event_id, updated_at = excluded.updated_at"));
    q.addBindValue(complaintId);
    q.addBindValue(stateCode(s.state));
    q.addBindValue(isOpen(s.state));
    q.addBindValue(idOrNull(s.assigneeId));
    q.addBindValue(dayOrNull(s.verify.due));
    q.addBindValue(dayOrNull(s.firstFollowUp.due));
    q.addBindValue(dayOrNull(s.settle.due));
    q.addBindValue(dayOrNull(s.autoCloseDue));
    q.addBindValue(dayOrNull(s.nextDue));
    q.addBindValue(msOrNull(s.verify.metAt));
    q.addBindValue(msOrNull(s.firstFollowUp.metAt));
    q.addBindValue(msOrNull(s.settle.metAt));
    q.addBindValue(msOrNull(s.closedAt));
    q.addBindValue(sqlText(s.closedHow));
    q.addBindValue(dayOrNull(s.pausedSince));
    q.addBindValue(s.pausedDays);
    q.addBindValue(lastEventId);
    q.addBindValue(nowMs);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the complaint's state"));
    return {};
}

Result<qint64> ComplaintStore::insertAttachment(qint64 complaintId, const ComplaintAttachment &meta,
                                                const QByteArray &data, qint64 addedBy) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT INTO complaint_attachments (complaint_id, name, mime, size, "
                                                 "sha256, data, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(complaintId);
    q.addBindValue(meta.name);
    q.addBindValue(meta.mime);
    q.addBindValue(meta.size);
    q.addBindValue(meta.sha256);
    q.addBindValue(data);
    q.addBindValue(meta.addedAt.toMSecsSinceEpoch());
    q.addBindValue(idOrNull(addedBy));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving an attachment"));
    return returnedId(q);
}

Result<std::optional<Complaint>> ComplaintStore::load(qint64 id) const
{
    QSqlQuery &q = m_db->prepared(kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a complaint"));
    if (!q.next())
        return std::optional<Complaint> {};
    Complaint c = complaintOf(q);
    q.finish();
    return std::optional<Complaint> {std::move(c)};
}

Result<std::optional<qint64>> ComplaintStore::idOfNumber(const QString &number) const
{
    // As written, or in capitals (people type "adu/2026/12/0001").
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT id FROM complaints WHERE number IN (?, ?) LIMIT 1"));
    q.addBindValue(number.trimmed());
    q.addBindValue(number.trimmed().toUpper());
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a complaint"));
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<ComplaintEvent>> ComplaintStore::events(qint64 complaintId) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT id, at, user_id, username, kind, detail, note FROM "
                                                 "complaint_events WHERE complaint_id = ? ORDER BY id"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a complaint's history"));
    QList<ComplaintEvent> out;
    while (q.next()) {
        ComplaintEvent e;
        e.id = q.value(0).toLongLong();
        e.at = timeOf(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.kind = eventKindFromCode(q.value(4).toString()).value_or(ComplaintEventKind::Note);
        e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.note = q.value(6).toString();
        out << e;
    }
    q.finish();
    return out;
}

Result<ComplaintIdentity> ComplaintStore::identity(qint64 complaintId) const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT name, phone, email, address FROM complaint_identity WHERE complaint_id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the complainant's identity"));
    ComplaintIdentity p;
    if (q.next()) {
        p.name = q.value(0).toString();
        p.phone = q.value(1).toString();
        p.email = q.value(2).toString();
        p.address = q.value(3).toString();
    }
    q.finish();
    return p;
}

Result<QList<ComplaintAttachment>> ComplaintStore::attachments(qint64 complaintId) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT id, name, mime, size, sha256, added_at FROM "
                                                 "complaint_attachments WHERE complaint_id = ? ORDER BY id"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading attachments"));
    QList<ComplaintAttachment> out;
    while (q.next()) {
        ComplaintAttachment a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.mime = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.sha256 = q.value(4).toString();
        a.addedAt = timeOf(q.value(5));
        out << a;
    }
    q.finish();
    return out;
}

Result<std::pair<qint64, QByteArray>> ComplaintStore::attachmentData(qint64 attachmentId) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT complaint_id, data FROM complaint_attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading an attachment"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Attachment %1 does not exist.").arg(attachmentId));
    std::pair<qint64, QByteArray> out {q.value(0).toLongLong(), q.value(1).toByteArray()};
    q.finish();
    return out;
}

Result<QList<Complaint>> ComplaintStore::list(const QString &where, const QVariantList &binds, const QString &order,
                                              int limit) const
{
    // Not kept among the prepared statements: the search's IN list gives a new text for every count.
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ")
              + (order.isEmpty() ? QStringLiteral("c.id DESC") : order) + QStringLiteral(" LIMIT ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading complaints"));
    QList<Complaint> out;
    while (q.next())
        out << complaintOf(q);
    q.finish();
    return out;
}

} // namespace loket
