// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggestions/SuggestionStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace loket {

namespace {

QString dayText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dayOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dayOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime msOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A text bound as it is, never as NULL (an empty text is '', as the NOT NULL
// columns want); a value meant to be NULL is an invalid QVariant.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.addBindValue(bindable(b));
}

const char kSessionColumns[] =
    "s.id, s.box_id, b.name, b.location, s.opened_on, s.opened_time, s.place, s.period_from, s.period_to, s.seal, "
    "s.seal_note, s.state, s.number, s.signed_at, su.full_name, s.head_title, s.head_name, s.head_nip, s.created_at, "
    "cu.full_name, (SELECT COUNT(*) FROM suggestion_slips p WHERE p.session_id = s.id) "
    "FROM suggestion_sessions s JOIN suggestion_boxes b ON b.id = s.box_id "
    "LEFT JOIN users su ON su.id = s.signed_by LEFT JOIN users cu ON cu.id = s.created_by ";

SuggestionSession sessionOf(const QSqlQuery &q)
{
    SuggestionSession s;
    s.id = q.value(0).toLongLong();
    s.boxId = q.value(1).toLongLong();
    s.boxName = q.value(2).toString();
    s.boxLocation = q.value(3).toString();
    s.openedOn = dayOf(q.value(4));
    s.openedTime = QTime::fromString(q.value(5).toString(), QStringLiteral("HH:mm"));
    s.place = q.value(6).toString();
    s.periodFrom = dayOf(q.value(7));
    s.periodTo = dayOf(q.value(8));
    s.seal = sealFromCode(q.value(9).toString()).value_or(SealCondition::Utuh);
    s.sealNote = q.value(10).toString();
    s.state = q.value(11).toString() == QLatin1String("signed") ? SessionState::Signed : SessionState::Draft;
    s.number = q.value(12).toString();
    s.signedAt = msOf(q.value(13));
    s.signedByName = q.value(14).toString();
    s.headTitle = q.value(15).toString();
    s.headName = q.value(16).toString();
    s.headNip = q.value(17).toString();
    s.createdAt = msOf(q.value(18));
    s.createdByName = q.value(19).toString();
    s.slipCount = q.value(20).toInt();
    return s;
}

} // namespace

SuggestionStore::SuggestionStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

Status SuggestionStore::exec(const QString &sql, const QVariantList &binds, const QString &what) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    bindAll(q, binds);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    return {};
}

QString SuggestionStore::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<std::optional<SuggestionBox>> SuggestionStore::box(qint64 id) const
{
    auto all = boxes(true);
    if (!all)
        return all.error();
    for (const SuggestionBox &b : all.value()) {
        if (b.id == id)
            return std::optional<SuggestionBox>(b);
    }
    return std::optional<SuggestionBox>();
}

Result<QList<SuggestionBox>> SuggestionStore::boxes(bool includeInactive) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT b.id, b.name, b.location, b.active, "
                             "(SELECT MAX(opened_on) FROM suggestion_sessions s WHERE s.box_id = b.id) "
                             "FROM suggestion_boxes b %1 ORDER BY b.name_key")
                  .arg(includeInactive ? QString() : QStringLiteral("WHERE b.active = TRUE")));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion boxes"));
    QList<SuggestionBox> out;
    while (q.next()) {
        SuggestionBox b;
        b.id = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.location = q.value(2).toString();
        b.active = q.value(3).toInt() != 0;
        b.lastOpened = dayOf(q.value(4));
        out << b;
    }
    return out;
}

Result<qint64> SuggestionStore::boxNamed(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM suggestion_boxes WHERE name_key = ?"));
    q.addBindValue(nameKey(name));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion boxes"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> SuggestionStore::insertBox(const SuggestionBox &box, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO suggestion_boxes (name, name_key, location, active, created_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(box.name);
    q.addBindValue(nameKey(box.name));
    q.addBindValue(bindable(box.location));
    q.addBindValue(box.active);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("saving the suggestion box"));
    return q.value(0).toLongLong();
}

Status SuggestionStore::updateBox(const SuggestionBox &box) const
{
    return exec(QStringLiteral("UPDATE suggestion_boxes SET name = ?, name_key = ?, location = ?, active = ? WHERE id = ?"),
                {box.name, nameKey(box.name), box.location, box.active, box.id},
                tr("saving the suggestion box"));
}

Result<std::optional<SuggestionSession>> SuggestionStore::session(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kSessionColumns) + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box opening"));
    if (!q.next())
        return std::optional<SuggestionSession>();
    SuggestionSession s = sessionOf(q);
    q.finish();
    QSqlQuery m(m_db->connection());
    m.prepare(QStringLiteral("SELECT id, role, name, nip, team_role FROM suggestion_members WHERE session_id = ? "
                             "ORDER BY CASE role WHEN 'opener' THEN 0 ELSE 1 END, id"));
    m.addBindValue(id);
    if (!m.exec())
        return m_db->sqlError(m.lastError(), tr("reading the suggestion box opening"));
    while (m.next()) {
        SessionMember member;
        member.id = m.value(0).toLongLong();
        member.role = memberRoleFromCode(m.value(1).toString()).value_or(MemberRole::Opener);
        member.name = m.value(2).toString();
        member.nip = m.value(3).toString();
        member.teamRole = m.value(4).toString();
        s.members << member;
    }
    return std::optional<SuggestionSession>(s);
}

Result<std::optional<qint64>> SuggestionStore::sessionNumbered(const QString &number) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM suggestion_sessions WHERE upper(number) = upper(?)"));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box opening"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<SuggestionSession>> SuggestionStore::sessions(QDate from, QDate to, bool withDrafts) const
{
    QStringList where;
    QVariantList binds;
    if (from.isValid()) {
        where << QStringLiteral("s.opened_on >= ?");
        binds << dayText(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("s.opened_on <= ?");
        binds << dayText(to);
    }
    if (!withDrafts)
        where << QStringLiteral("s.state = 'signed'");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kSessionColumns)
              + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY s.opened_on DESC, s.id DESC"));
    bindAll(q, binds);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box openings"));
    QList<SuggestionSession> out;
    while (q.next())
        out << sessionOf(q);
    return out;
}

Result<QDate> SuggestionStore::lastOpening(qint64 boxId, QDate before, qint64 ignoreSessionId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT MAX(opened_on) FROM suggestion_sessions WHERE box_id = ? AND opened_on < ? AND id <> ?"));
    q.addBindValue(boxId);
    q.addBindValue(dayText(before));
    q.addBindValue(ignoreSessionId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box openings"));
    return q.next() ? dayOf(q.value(0)) : QDate();
}

Result<qint64> SuggestionStore::draftOfBox(qint64 boxId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM suggestion_sessions WHERE box_id = ? AND state = 'draft'"));
    q.addBindValue(boxId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box openings"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> SuggestionStore::insertSession(const SuggestionSession &s, qint64 nowMs, qint64 userId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO suggestion_sessions (box_id, opened_on, opened_time, place, period_from, "
                             "period_to, seal, seal_note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    bindAll(q, QVariantList {s.boxId, dayText(s.openedOn), s.openedTime.toString(QStringLiteral("HH:mm")),
                                           s.place, dayText(s.periodFrom), dayText(s.periodTo), sealCode(s.seal),
                                           s.sealNote, nowMs, idOrNull(userId)});
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("saving the suggestion box opening"));
    return q.value(0).toLongLong();
}

Status SuggestionStore::updateSession(const SuggestionSession &s) const
{
    return exec(QStringLiteral("UPDATE suggestion_sessions SET opened_on = ?, opened_time = ?, place = ?, period_from = ?, "
                               "period_to = ?, seal = ?, seal_note = ? WHERE id = ?"),
                {dayText(s.openedOn), s.openedTime.toString(QStringLiteral("HH:mm")), s.place, dayText(s.periodFrom),
                 dayText(s.periodTo), sealCode(s.seal), s.sealNote, s.id},
                tr("saving the suggestion box opening"));
}

Status SuggestionStore::deleteDraft(qint64 sessionId) const
{
    const QString what = tr("removing the suggestion box opening");
    for (const char *sql : {"DELETE FROM suggestion_scans WHERE session_id = ?",
                            "DELETE FROM suggestion_slips WHERE session_id = ?",
                            "DELETE FROM suggestion_members WHERE session_id = ?",
                            "DELETE FROM suggestion_sessions WHERE id = ?"}) {
        if (Status s = exec(QLatin1String(sql), {sessionId}, what); !s)
            return s;
    }
    return {};
}

Status SuggestionStore::markSigned(qint64 sessionId, const QString &number, int year, int month, int seq, qint64 nowMs,
                                   qint64 userId, const QString &headTitle, const QString &headName,
                                   const QString &headNip) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE suggestion_sessions SET state = 'signed', number = ?, number_year = ?, "
                             "number_month = ?, number_seq = ?, signed_at = ?, signed_by = ?, head_title = ?, "
                             "head_name = ?, head_nip = ? WHERE id = ? AND state = 'draft'"));
    bindAll(q, {number, year, month, seq, nowMs, idOrNull(userId), headTitle, headName, headNip, sessionId});
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("signing the minutes"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, tr("The opening was signed or removed meanwhile; nothing was signed."));
    return {};
}

Result<int> SuggestionStore::lastNumberSeq(int year, int month) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(number_seq), 0) FROM suggestion_sessions WHERE number_year = ? "
                             "AND number_month = ?"));
    q.addBindValue(year);
    q.addBindValue(month);
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("numbering the minutes"));
    return q.value(0).toInt();
}

Result<std::optional<std::pair<SessionMember, qint64>>> SuggestionStore::member(qint64 memberId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, role, name, nip, team_role, session_id FROM suggestion_members WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion box opening"));
    if (!q.next())
        return std::optional<std::pair<SessionMember, qint64>>();
    SessionMember m;
    m.id = q.value(0).toLongLong();
    m.role = memberRoleFromCode(q.value(1).toString()).value_or(MemberRole::Opener);
    m.name = q.value(2).toString();
    m.nip = q.value(3).toString();
    m.teamRole = q.value(4).toString();
    return std::optional<std::pair<SessionMember, qint64>>(std::pair {m, q.value(5).toLongLong()});
}

Result<qint64> SuggestionStore::insertMember(qint64 sessionId, const SessionMember &m) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO suggestion_members (session_id, role, name, nip, team_role) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    bindAll(q, QVariantList {sessionId, memberRoleCode(m.role), m.name, m.nip, m.teamRole});
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("saving the member"));
    return q.value(0).toLongLong();
}

Status SuggestionStore::deleteMember(qint64 memberId) const
{
    return exec(QStringLiteral("DELETE FROM suggestion_members WHERE id = ?"), {memberId}, tr("removing the member"));
}

Result<QList<SuggestionSlip>> SuggestionStore::readSlips(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.session_id, p.number, p.summary, p.kind, p.service_id, p.element, p.decision, p.owner_id, "
        "p.target_day, sv.code, sv.name, ou.full_name, sc.name, p.complaint_id, c.number, cs.state, d.done_at, "
        "du.full_name, d.note "
        "FROM suggestion_slips p "
        "LEFT JOIN services sv ON sv.id = p.service_id LEFT JOIN users ou ON ou.id = p.owner_id "
        "LEFT JOIN suggestion_scans sc ON sc.slip_id = p.id "
        "LEFT JOIN complaints c ON c.id = p.complaint_id LEFT JOIN complaint_status cs ON cs.complaint_id = p.complaint_id "
        "LEFT JOIN suggestion_done d ON d.slip_id = p.id LEFT JOIN users du ON du.id = d.done_by ")
              + where);
    bindAll(q, binds);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion slips"));
    QList<SuggestionSlip> out;
    while (q.next()) {
        SuggestionSlip s;
        s.id = q.value(0).toLongLong();
        s.sessionId = q.value(1).toLongLong();
        s.number = q.value(2).toInt();
        s.entry.summary = q.value(3).toString();
        s.entry.kind = slipKindFromCode(q.value(4).toString()).value_or(SlipKind::Saran);
        s.entry.serviceId = q.value(5).toLongLong();
        s.entry.element = q.value(6).toString();
        s.entry.decision = slipDecisionFromCode(q.value(7).toString());
        s.entry.ownerId = q.value(8).toLongLong();
        s.entry.target = dayOf(q.value(9));
        s.serviceCode = q.value(10).toString();
        s.serviceName = q.value(11).toString();
        s.ownerName = q.value(12).toString();
        s.hasScan = !q.value(13).isNull();
        s.scanName = q.value(13).toString();
        s.complaintId = q.value(14).toLongLong();
        s.complaintNumber = q.value(15).toString();
        if (!q.value(16).isNull())
            s.complaintState = stateFromCode(q.value(16).toString());
        s.doneAt = msOf(q.value(17));
        s.doneByName = q.value(18).toString();
        s.doneNote = q.value(19).toString();
        out << s;
    }
    return out;
}

Result<QList<SuggestionSlip>> SuggestionStore::slips(qint64 sessionId) const
{
    return readSlips(QStringLiteral("WHERE p.session_id = ? ORDER BY p.number"), {sessionId});
}

Result<std::optional<SuggestionSlip>> SuggestionStore::slip(qint64 slipId) const
{
    auto found = readSlips(QStringLiteral("WHERE p.id = ?"), {slipId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SuggestionSlip>();
    return std::optional<SuggestionSlip>(found->first());
}

Result<std::optional<SuggestionSlip>> SuggestionStore::slipOfComplaint(qint64 complaintId) const
{
    auto found = readSlips(QStringLiteral("WHERE p.complaint_id = ?"), {complaintId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SuggestionSlip>();
    return std::optional<SuggestionSlip>(found->first());
}

Result<QList<std::pair<QDate, SuggestionSlip>>> SuggestionStore::signedSlips(QDate from, QDate to) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT p.id, s.opened_on FROM suggestion_slips p JOIN suggestion_sessions s ON "
                             "s.id = p.session_id WHERE s.state = 'signed' AND s.opened_on >= ? AND s.opened_on <= ?"));
    q.addBindValue(dayText(from));
    q.addBindValue(dayText(to));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the suggestion slips"));
    QHash<qint64, QDate> opened;
    while (q.next())
        opened.insert(q.value(0).toLongLong(), dayOf(q.value(1)));
    q.finish();
    auto slips = readSlips(QStringLiteral("JOIN suggestion_sessions ss ON ss.id = p.session_id WHERE ss.state = "
                                          "'signed' AND ss.opened_on >= ? AND ss.opened_on <= ? ORDER BY ss.opened_on, p.number"),
                           {dayText(from), dayText(to)});
    if (!slips)
        return slips.error();
    QList<std::pair<QDate, SuggestionSlip>> out;
    for (const SuggestionSlip &s : slips.value())
        out.append({opened.value(s.id), s});
    return out;
}

Result<QList<SuggestionSlip>> SuggestionStore::slipsToFollow(QDate from, QDate to) const
{
    return readSlips(QStringLiteral("JOIN suggestion_sessions ss ON ss.id = p.session_id WHERE ss.state = 'signed' "
                                    "AND ss.opened_on >= ? AND ss.opened_on <= ? "
                                    "AND p.decision <> 'arsip' AND d.slip_id IS NULL "
                                    "AND (p.complaint_id IS NULL OR cs.open = TRUE) "
                                    "ORDER BY p.target_day IS NULL, p.target_day, ss.opened_on, p.number"),
                     {dayText(from), dayText(to)});
}

Result<qint64> SuggestionStore::insertSlip(qint64 sessionId, const SlipEntry &e, qint64 nowMs, qint64 userId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO suggestion_slips (session_id, number, summary, kind, service_id, element, "
                             "decision, owner_id, target_day, created_at, created_by) VALUES (?, "
                             "(SELECT COALESCE(MAX(number), 0) + 1 FROM suggestion_slips WHERE session_id = ?), "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindAll(q, QVariantList {sessionId, sessionId, e.summary, slipKindCode(e.kind), idOrNull(e.serviceId),
                                           e.element, e.decision ? slipDecisionCode(*e.decision) : QString(),
                                           idOrNull(e.ownerId), dayOrNull(e.target), nowMs, idOrNull(userId)});
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("saving the slip"));
    return q.value(0).toLongLong();
}

Status SuggestionStore::updateSlip(qint64 slipId, const SlipEntry &e) const
{
    return exec(QStringLiteral("UPDATE suggestion_slips SET summary = ?, kind = ?, service_id = ?, element = ?, "
                               "decision = ?, owner_id = ?, target_day = ? WHERE id = ?"),
                {e.summary, slipKindCode(e.kind), idOrNull(e.serviceId), e.element,
                 e.decision ? slipDecisionCode(*e.decision) : QString(), idOrNull(e.ownerId), dayOrNull(e.target), slipId},
                tr("saving the slip"));
}

Status SuggestionStore::deleteSlip(qint64 slipId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT session_id, number FROM suggestion_slips WHERE id = ?"));
    q.addBindValue(slipId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("removing the slip"));
    if (!q.next())
        return {};
    const qint64 session = q.value(0).toLongLong();
    const int number = q.value(1).toInt();
    q.finish();
    const QString what = tr("removing the slip");
    if (Status s = exec(QStringLiteral("DELETE FROM suggestion_scans WHERE slip_id = ?"), {slipId}, what); !s)
        return s;
    if (Status s = exec(QStringLiteral("DELETE FROM suggestion_slips WHERE id = ?"), {slipId}, what); !s)
        return s;
    // Two steps, so that no two slips hold the same number in between.
    if (Status s = exec(QStringLiteral("UPDATE suggestion_slips SET number = number + 1000000 WHERE session_id = ? "
                                       "AND number > ?"),
                        {session, number}, what); !s)
        return s;
    return exec(QStringLiteral("UPDATE suggestion_slips SET number = number - 1000001 WHERE session_id = ? "
                               "AND number > 1000000"),
                {session}, what);
}

Status SuggestionStore::setComplaint(qint64 slipId, qint64 complaintId) const
{
    return exec(QStringLiteral("UPDATE suggestion_slips SET complaint_id = ? WHERE id = ?"), {complaintId, slipId},
                tr("linking the slip to its complaint"));
}

Status SuggestionStore::insertScan(qint64 slipId, qint64 sessionId, const QString &name, const QString &mime,
                                   const QByteArray &data) const
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return exec(QStringLiteral("INSERT INTO suggestion_scans (slip_id, session_id, name, mime, size, sha256, data) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slip_id) DO UPDATE SET name = excluded.name, "
                               "mime = excluded.mime, size = excluded.size, sha256 = excluded.sha256, data = excluded.data"),
                {slipId, sessionId, name, mime, qint64(data.size()), hash, data}, tr("saving the scan"));
}

Result<std::optional<std::pair<QString, QByteArray>>> SuggestionStore::scan(qint64 slipId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name, data FROM suggestion_scans WHERE slip_id = ?"));
    q.addBindValue(slipId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the scan"));
    if (!q.next())
        return std::optional<std::pair<QString, QByteArray>>();
    return std::optional<std::pair<QString, QByteArray>>(std::pair {q.value(0).toString(), q.value(1).toByteArray()});
}

Status SuggestionStore::insertDone(qint64 slipId, qint64 nowMs, qint64 userId, const QString &note) const
{
    return exec(QStringLiteral("INSERT INTO suggestion_done (slip_id, done_at, done_by, note) VALUES (?, ?, ?, ?)"),
                {slipId, nowMs, idOrNull(userId), note}, tr("saving what was done"));
}

} // namespace loket
