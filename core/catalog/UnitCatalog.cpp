// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/UnitCatalog.h"
#include "core/common/TextCheck.h"
#include "core/auth/AuditText.h"

#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

constexpr int kMaxNameLength = 100;

Unit unitFrom(const QSqlQuery &q)
{
    return Unit { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool() };
}

} // namespace

UnitCatalog::UnitCatalog(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_audit(m_db, clock)
{ }

Result<QList<Unit>> UnitCatalog::list(bool includeInactive) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, name, active FROM units WHERE active = TRUE OR ? ORDER BY lower(name), id"));
    q.addBindValue(includeInactive); // a boolean (PostgreSQL wants one here)
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the units"));
    QList<Unit> out;
    while (q.next())
        out << unitFrom(q);
    return out;
}

Result<Unit> UnitCatalog::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, name, active FROM units WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a unit"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no unit with number %1.").arg(id));
    return unitFrom(q);
}

Result<Unit> UnitCatalog::findByName(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, name, active FROM units WHERE lower(name) = lower(?)"));
    q.addBindValue(name.simplified());
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a unit"));
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
            tr("There is no unit named \"%1\". Check the spelling, or add the unit first.").arg(name.simplified()));
    }
    return unitFrom(q);
}

Status UnitCatalog::checkName(const QString &name, qint64 exceptId) const
{
    if (Status text = TextCheck::check(name, tr("The unit name")); !text)
        return text;
    if (name.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("The unit name is empty. Write a name, e.g. \"Seksi Pelayanan\"."));
    if (name.size() > kMaxNameLength) {
        return makeError(
            ErrorCode::InvalidInput, tr("The unit name is longer than %1 characters. Shorten it.").arg(kMaxNameLength));
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name FROM units WHERE lower(name) = lower(?) AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("checking the unit name"));
    if (q.next()) {
        return makeError(ErrorCode::Conflict,
            tr("A unit named \"%1\" already exists. Choose another name.").arg(q.value(0).toString()));
    }
    return {};
}

Result<Unit> UnitCatalog::add(const Actor &actor, const QString &rawName)
{
    if (Status allowed
        = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("unit.add"), QStringLiteral("unit"));
        !allowed) {
        return allowed.error();
    }
    Unit unit { 0, rawName.simplified(), true };
    Status st = m_db->transaction([&]() -> Status {
        if (Status ok = checkName(unit.name, 0); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO units (name, active) VALUES (?, TRUE) RETURNING id"));
        q.addBindValue(sqlText(unit.name));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding a unit"));
        unit.id = returnedId(q);
        return m_audit.record(
            actor, QStringLiteral("unit.add"), QStringLiteral("unit"), QString::number(unit.id), unit.name);
    });
    if (!st)
        return st.error();
    return unit;
}

Status UnitCatalog::rename(const Actor &actor, qint64 id, const QString &rawName)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("unit.rename"),
            QStringLiteral("unit"), QString::number(id));
        !allowed) {
        return allowed;
    }
    const QString name = rawName.simplified();
    return m_db->transaction([&]() -> Status {
        auto old = find(id);
        if (!old)
            return old.error();
        if (Status ok = checkName(name, id); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE units SET name = ? WHERE id = ?"));
        q.addBindValue(sqlText(name));
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("renaming a unit"));
        return m_audit.record(actor, QStringLiteral("unit.rename"), QStringLiteral("unit"), QString::number(id),
            old->name + QStringLiteral(" -> ") + name);
    });
}

Status UnitCatalog::setActive(const Actor &actor, qint64 id, bool active)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("unit.active"),
            QStringLiteral("unit"), QString::number(id));
        !allowed) {
        return allowed;
    }
    return m_db->transaction([&]() -> Status {
        if (auto old = find(id); !old)
            return old.error();
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE units SET active = ? WHERE id = ?"));
        q.addBindValue(active);
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("changing a unit"));
        return m_audit.record(actor, QStringLiteral("unit.active"), QStringLiteral("unit"), QString::number(id),
            auditDetail(active ? QStringLiteral("active.on") : QStringLiteral("active.off")));
    });
}

} // namespace loket
