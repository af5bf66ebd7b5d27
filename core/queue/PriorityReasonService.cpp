// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/PriorityReasonService.h"

#include "core/storage/SqlText.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace loket {

PriorityReasonService::PriorityReasonService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_audit(m_db, clock)
{ }

Result<QList<PriorityReason>> PriorityReasonService::read(const QString &condition, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, code, name, active, sort_order FROM priority_reasons WHERE ") + condition
        + QStringLiteral(" ORDER BY sort_order, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the priority reasons"));
    QList<PriorityReason> out;
    while (q.next()) {
        PriorityReason r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.active = q.value(3).toBool();
        r.sortOrder = q.value(4).toInt();
        out << r;
    }
    return out;
}

Result<QList<PriorityReason>> PriorityReasonService::list(bool includeInactive) const
{
    return includeInactive ? read(QStringLiteral("TRUE"), {}) : read(QStringLiteral("active = TRUE"), {});
}

Result<PriorityReason> PriorityReasonService::byId(qint64 id) const
{
    auto rows = read(QStringLiteral("id = ?"), { id });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The priority reason does not exist. Choose one from the list."));
    return rows->first();
}

Result<PriorityReason> PriorityReasonService::byCode(const QString &code) const
{
    auto rows = read(QStringLiteral("lower(code) = lower(?)"), { code.trimmed() });
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return makeError(ErrorCode::NotFound,
            tr("There is no priority reason \"%1\". Choose one from the list of priority reasons.")
                .arg(code.trimmed()));
    }
    return rows->first();
}

Result<PriorityReason> PriorityReasonService::add(const Actor &actor, const QString &rawCode, const QString &rawName)
{
    const QString code = rawCode.trimmed().toLower();
    const QString name = rawName.trimmed();
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("priority_reason.add"),
            QStringLiteral("priority_reason"), code);
        !allowed)
        return allowed.error();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{2,32}$"));
    if (!codePattern.match(code).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The code \"%1\" cannot be used: use 2 to 32 small letters, digits or '_' "
               "(for example: ibu_menyusui).")
                .arg(code));
    }
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the name the kiosk shows for this priority reason."));

    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto existing = read(QStringLiteral("lower(code) = ?"), { code });
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            return makeError(ErrorCode::Conflict,
                tr("A priority reason with the code \"%1\" already exists. Reactivate it, or choose "
                   "another code.")
                    .arg(code));
        }
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO priority_reasons (code, name, sort_order) "
                                 "VALUES (?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM priority_reasons)) RETURNING id"));
        q.addBindValue(code);
        q.addBindValue(name);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding the priority reason"));
        id = returnedId(q);
        return m_audit.record(
            actor, QStringLiteral("priority_reason.add"), QStringLiteral("priority_reason"), code, name);
    });
    if (!done)
        return done.error();
    return byId(id);
}

Status PriorityReasonService::setActive(const Actor &actor, qint64 id, bool active)
{
    const QString action
        = active ? QStringLiteral("priority_reason.activate") : QStringLiteral("priority_reason.deactivate");
    if (Status allowed = m_audit.require(
            actor, Permission::ManageSettings, action, QStringLiteral("priority_reason"), QString::number(id));
        !allowed)
        return allowed;
    return m_db->transaction([&]() -> Status {
        auto reason = byId(id);
        if (!reason)
            return reason.error();
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE priority_reasons SET active = ? WHERE id = ?"));
        q.addBindValue(active);
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("changing the priority reason"));
        return m_audit.record(actor, action, QStringLiteral("priority_reason"), reason->code);
    });
}

} // namespace loket
