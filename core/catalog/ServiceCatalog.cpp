// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/ServiceCatalog.h"
#include "core/common/TextCheck.h"
#include "core/auth/AuditText.h"

#include "core/storage/SqlText.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kColumns = QStringLiteral("id, code, prefix, name, unit_id, active, target_minutes, sort_order");

Service serviceFrom(const QSqlQuery &q)
{
    Service s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.prefix = q.value(2).toString();
    s.name = q.value(3).toString();
    s.unitId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    s.active = q.value(5).toBool();
    s.targetMinutes = q.value(6).toInt();
    s.sortOrder = q.value(7).toInt();
    return s;
}

QString describe(const Service &s)
{
    return QStringLiteral("%1 prefix=%2 name=%3 unit=%4 active=%5 target=%6 sort=%7")
        .arg(s.code, s.prefix, s.name)
        .arg(s.unitId)
        .arg(s.active ? 1 : 0)
        .arg(s.targetMinutes)
        .arg(s.sortOrder);
}

} // namespace

ServiceCatalog::ServiceCatalog(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_audit(m_db, clock)
{ }

Service ServiceCatalog::normalized(const Service &raw)
{
    Service s = raw;
    s.code = raw.code.trimmed().toUpper();
    s.prefix = raw.prefix.trimmed().toUpper();
    s.name = raw.name.simplified();
    return s;
}

Status ServiceCatalog::validate(const Service &raw)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9_-]+$"));
    static const QRegularExpression prefixRe(QStringLiteral("^[A-Z]{1,2}$"));
    const Service s = normalized(raw);
    QStringList problems;
    if (s.code.isEmpty()) {
        problems << tr("The service code is empty. Give a short code such as KTP or KK.");
    } else if (!codeRe.match(s.code).hasMatch()) {
        problems << tr("The service code \"%1\" may hold only capital letters, digits, \"_\" and \"-\" "
                       "(e.g. KTP, SURAT_PINDAH).")
                        .arg(s.code);
    } else if (s.code.size() > MaxCodeLength) {
        problems
            << tr("The service code \"%1\" is longer than %2 characters. Shorten it.").arg(s.code).arg(MaxCodeLength);
    }
    if (!prefixRe.match(s.prefix).hasMatch()) {
        problems << tr("The ticket prefix \"%1\" must be one or two capital letters, e.g. A or KK.").arg(s.prefix);
    }
    if (Status text = TextCheck::check(s.name, tr("The service name")); !text)
        problems << text.error().message;
    else if (s.name.isEmpty())
        problems << tr("The service name is empty. Write the name citizens know, e.g. \"Perekaman KTP-el\".");
    if (s.targetMinutes <= 0 || s.targetMinutes > MaxTargetMinutes) {
        problems << tr("The target service time must be between 1 and %1 minutes (it is %2).")
                        .arg(MaxTargetMinutes)
                        .arg(s.targetMinutes);
    }
    if (s.unitId < 0)
        problems << tr("The unit is not valid. Choose one of the office's units, or none.");
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
}

Result<QList<Service>> ServiceCatalog::list(bool includeInactive) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM services WHERE active = TRUE OR ? ORDER BY sort_order, lower(name), id"));
    q.addBindValue(includeInactive); // a boolean (PostgreSQL wants one here)
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the services"));
    QList<Service> out;
    while (q.next())
        out << serviceFrom(q);
    return out;
}

Result<Service> ServiceCatalog::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM services WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a service"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no service with number %1.").arg(id));
    return serviceFrom(q);
}

Result<Service> ServiceCatalog::findByCode(const QString &code) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM services WHERE code = ?"));
    q.addBindValue(code.trimmed().toUpper());
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a service"));
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
            tr("There is no service with the code \"%1\". \"loketctl service list --all\" shows the codes.")
                .arg(code.trimmed().toUpper()));
    }
    return serviceFrom(q);
}

Status ServiceCatalog::checkInDatabase(const Service &s) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name FROM services WHERE code = ? AND id <> ?"));
    q.addBindValue(s.code);
    q.addBindValue(s.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("checking the service"));
    if (q.next()) {
        return makeError(ErrorCode::Conflict,
            tr("The code %1 is already used by the service \"%2\". Choose another code.")
                .arg(s.code, q.value(0).toString()));
    }
    q.prepare(QStringLiteral("SELECT name FROM services WHERE prefix = ? AND id <> ?"));
    q.addBindValue(s.prefix);
    q.addBindValue(s.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("checking the service"));
    if (q.next()) {
        return makeError(ErrorCode::Conflict,
            tr("The ticket prefix %1 is already used by the service \"%2\". Choose another prefix, so "
               "that ticket numbers stay distinct.")
                .arg(s.prefix, q.value(0).toString()));
    }
    if (s.unitId != 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM units WHERE id = ?"));
        q.addBindValue(s.unitId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("checking the service"));
        if (!q.next()) {
            return makeError(ErrorCode::NotFound,
                tr("The unit chosen for the service does not exist. Choose one of the office's units."));
        }
    }
    return {};
}

Result<Service> ServiceCatalog::add(const Actor &actor, const Service &raw)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("service.add"),
            QStringLiteral("service"), raw.code.trimmed().toUpper());
        !allowed) {
        return allowed.error();
    }
    if (Status valid = validate(raw); !valid)
        return valid.error();
    Service s = normalized(raw);
    s.id = 0;
    Status st = m_db->transaction([&]() -> Status {
        if (Status ok = checkInDatabase(s); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO services (code, prefix, name, unit_id, active, target_minutes, "
                                 "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(s.code);
        q.addBindValue(s.prefix);
        q.addBindValue(sqlText(s.name));
        q.addBindValue(s.unitId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(s.unitId));
        q.addBindValue(s.active);
        q.addBindValue(s.targetMinutes);
        q.addBindValue(s.sortOrder);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding a service"));
        s.id = returnedId(q);
        return m_audit.record(
            actor, QStringLiteral("service.add"), QStringLiteral("service"), QString::number(s.id), describe(s));
    });
    if (!st)
        return st.error();
    return s;
}

Status ServiceCatalog::update(const Actor &actor, const Service &raw)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("service.update"),
            QStringLiteral("service"), QString::number(raw.id));
        !allowed) {
        return allowed;
    }
    if (Status valid = validate(raw); !valid)
        return valid;
    const Service s = normalized(raw);
    return m_db->transaction([&]() -> Status {
        auto old = find(s.id);
        if (!old)
            return old.error();
        if (Status ok = checkInDatabase(s); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE services SET code = ?, prefix = ?, name = ?, unit_id = ?, active = ?, "
                                 "target_minutes = ?, sort_order = ? WHERE id = ?"));
        q.addBindValue(s.code);
        q.addBindValue(s.prefix);
        q.addBindValue(sqlText(s.name));
        q.addBindValue(s.unitId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(s.unitId));
        q.addBindValue(s.active);
        q.addBindValue(s.targetMinutes);
        q.addBindValue(s.sortOrder);
        q.addBindValue(s.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("changing a service"));
        return m_audit.record(actor, QStringLiteral("service.update"), QStringLiteral("service"), QString::number(s.id),
            describe(old.value()) + QStringLiteral(" -> ") + describe(s));
    });
}

Status ServiceCatalog::setActive(const Actor &actor, qint64 id, bool active)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("service.active"),
            QStringLiteral("service"), QString::number(id));
        !allowed) {
        return allowed;
    }
    return m_db->transaction([&]() -> Status {
        if (auto old = find(id); !old)
            return old.error();
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE services SET active = ? WHERE id = ?"));
        q.addBindValue(active);
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("changing a service"));
        return m_audit.record(actor, QStringLiteral("service.active"), QStringLiteral("service"), QString::number(id),
            auditDetail(active ? QStringLiteral("active.on") : QStringLiteral("active.off")));
    });
}

} // namespace loket
