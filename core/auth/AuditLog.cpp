// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuditLog.h"

#include "core/auth/AuditText.h"
#include "core/storage/AuditChain.h"
#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

AuditLog::AuditLog(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &entity, const QString &entityId,
                        const QString &detail, const QString &outcome) const
{
    // The entry takes its place at the chain's end inside the write lock, so
    // processes writing at once never take the same place; reading the end
    // is one step down the seq index, whatever the log's size.
    auto write = [&]() -> Status {
        const HashChain &chain = auditChain();
        auto last = chain.last(*m_db);
        if (!last)
            return last.error();
        // The time is the clock's; the order is the chain's (seq).
        const qint64 at = m_clock.nowMs();
        const QVariantList values {at, actor.userId > 0 ? QVariant(actor.userId) : QVariant(), sqlText(actor.username),
            sqlText(action), sqlText(entity), sqlText(entityId), sqlText(detail), sqlText(outcome)};
        const ChainLink link = chain.follow(last.value(), values, at);
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail, outcome, "
                           "seq, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(link.seq);
        q.addBindValue(link.hash);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("writing the audit log"));
        return {};
    };
    return m_db->inTransaction() ? write() : m_db->transaction(write);
}

Status AuditLog::require(const Actor &actor, Permission permission, const QString &action, const QString &entity,
                         const QString &entityId) const
{
    if (actor.can(permission))
        return {};
    // The refusal is kept even though the action is not done.
    (void)record(actor, action, entity, entityId,
                 auditDetail(QStringLiteral("permission.missing"), {{QStringLiteral("permission"), permissionCode(permission)}}), QStringLiteral("refused"));
    if (actor.isKiosk())
        return makeError(ErrorCode::PermissionDenied, tr("The kiosk can only issue tickets."));
    if (!actor.isUser())
        return makeError(ErrorCode::PermissionDenied, tr("Nobody is signed in. Sign in first, then try again."));
    return makeError(ErrorCode::PermissionDenied,
                     tr("%1 (%2) is not allowed to do this. Ask an administrator or supervisor.")
                         .arg(actor.fullName.isEmpty() ? actor.username : actor.fullName, roleDisplayName(actor.role)));
}

AuditQuery auditListQuery(const AuditFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, at, user_id, username, action, entity, entity_id, detail, outcome "
                                 "FROM audit_log WHERE 1=1");
    QVariantList binds;
    // Every bound is on the time (the index audit_log_at, which holds the id
    // too), so SQLite walks the index backwards and stops after the page.
    if (filter.fromUtc.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << filter.fromUtc.toMSecsSinceEpoch();
    }
    if (filter.toUtc.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << filter.toUtc.toMSecsSinceEpoch();
    }
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND at <= ? AND (at < ? OR id < ?)");
        binds << filter.beforeAtMs << filter.beforeAtMs << filter.beforeId;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        // A family: "user." .. "user/" ('/' follows '.'), a range, not a function of the column.
        sql += QStringLiteral(" AND action >= ? AND action < ?");
        binds << filter.action << QString(filter.action.chopped(1) + QLatin1Char('/'));
    } else if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << filter.action;
    }
    if (!filter.username.isEmpty()) {
        sql += QStringLiteral(" AND username = ?");
        binds << filter.username;
    }
    if (!filter.outcome.isEmpty()) {
        sql += QStringLiteral(" AND outcome = ?");
        binds << filter.outcome;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    binds << filter.limit;

    return AuditQuery { sql, binds };
}

Result<QList<AuditEntry>> AuditLog::list(const Actor &actor, const AuditFilter &filter) const
{
    if (Status allowed = require(actor, Permission::ViewAudit, QStringLiteral("audit.read")); !allowed)
        return allowed.error();
    const AuditQuery query = auditListQuery(filter);
    QSqlQuery q(m_db->connection());
    q.prepare(query.sql);
    for (const QVariant &v : query.binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the audit log"));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.outcome = q.value(8).toString();
        out << e;
    }
    return out;
}

Result<ChainReport> AuditLog::verify(const Actor &actor, const QList<ChainAnchor> &anchors) const
{
    if (Status allowed = require(actor, Permission::ViewAudit, QStringLiteral("audit.verify")); !allowed)
        return allowed.error();
    return verifyAuditChain(*m_db, anchors);
}

Result<QList<AuditPerson>> AuditLog::people(const Actor &actor) const
{
    if (Status allowed = require(actor, Permission::ViewAudit, QStringLiteral("audit.read")); !allowed)
        return allowed.error();
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT username, full_name FROM users ORDER BY username")))
        return m_db->sqlError(q.lastError(), tr("reading the audit log"));
    QList<AuditPerson> out;
    while (q.next())
        out << AuditPerson { q.value(0).toString(), q.value(1).toString() };
    out << AuditPerson { Actor::system().username, Actor::system().fullName };
    return out;
}

} // namespace loket
