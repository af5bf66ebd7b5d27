// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CounterCatalog.h"
#include "core/common/TextCheck.h"

#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace loket {

namespace {

constexpr int kMaxNumber = 999;
constexpr int kMaxNameLength = 60;

Counter normalized(const Counter &raw)
{
    Counter c = raw;
    c.name = raw.name.simplified();
    if (c.name.isEmpty() && c.number > 0)
        c.name = QStringLiteral("Loket %1").arg(c.number);
    std::sort(c.serviceIds.begin(), c.serviceIds.end());
    c.serviceIds.erase(std::unique(c.serviceIds.begin(), c.serviceIds.end()), c.serviceIds.end());
    return c;
}

QString describe(const Counter &c)
{
    QStringList ids;
    for (qint64 id : c.serviceIds)
        ids << QString::number(id);
    return QStringLiteral("number=%1 name=%2 active=%3 services=%4")
        .arg(c.number)
        .arg(c.name)
        .arg(c.active ? 1 : 0)
        .arg(ids.join(QLatin1Char(',')));
}

} // namespace

CounterCatalog::CounterCatalog(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_audit(m_db, clock)
{ }

Status CounterCatalog::validate(const Counter &raw)
{
    const Counter c = normalized(raw);
    QStringList problems;
    if (c.number <= 0 || c.number > kMaxNumber)
        problems << tr("The counter number must be between 1 and %1 (it is %2).").arg(kMaxNumber).arg(c.number);
    if (Status text = TextCheck::check(c.name, tr("The counter name")); !text)
        problems << text.error().message;
    if (c.name.size() > kMaxNameLength)
        problems << tr("The counter name is longer than %1 characters. Shorten it.").arg(kMaxNameLength);
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
}

Result<QList<Counter>> CounterCatalog::list(bool includeInactive) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, number, name, active FROM counters WHERE active = TRUE OR ? ORDER BY number"));
    q.addBindValue(includeInactive); // a boolean (PostgreSQL wants one here)
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the counters"));
    QList<Counter> out;
    while (q.next())
        out << Counter { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool(), {} };
    if (!q.exec(QStringLiteral("SELECT counter_id, service_id FROM counter_services ORDER BY counter_id, service_id")))
        return m_db->sqlError(q.lastError(), tr("reading the counters"));
    while (q.next()) {
        const qint64 counterId = q.value(0).toLongLong();
        for (Counter &c : out) {
            if (c.id == counterId)
                c.serviceIds << q.value(1).toLongLong();
        }
    }
    return out;
}

Result<Counter> CounterCatalog::read(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, number, name, active FROM counters WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a counter"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no such counter. \"loketctl counter list\" shows them."));
    Counter c { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool(), {} };
    q.prepare(QStringLiteral("SELECT service_id FROM counter_services WHERE counter_id = ? ORDER BY service_id"));
    q.addBindValue(c.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a counter"));
    while (q.next())
        c.serviceIds << q.value(0).toLongLong();
    return c;
}

Result<Counter> CounterCatalog::find(qint64 id) const
{
    return read(QStringLiteral("id = ?"), id);
}

Result<Counter> CounterCatalog::findByNumber(int number) const
{
    auto found = read(QStringLiteral("number = ?"), number);
    if (!found && found.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::NotFound,
            tr("There is no counter %1. \"loketctl counter list\" shows the counters.").arg(number));
    }
    return found;
}

Status CounterCatalog::checkInDatabase(const Counter &c) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name FROM counters WHERE number = ? AND id <> ?"));
    q.addBindValue(c.number);
    q.addBindValue(c.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("checking the counter"));
    if (q.next()) {
        return makeError(ErrorCode::Conflict,
            tr("Counter number %1 is already used by \"%2\". Choose another number.")
                .arg(c.number)
                .arg(q.value(0).toString()));
    }
    q.prepare(QStringLiteral("SELECT 1 FROM services WHERE id = ?"));
    for (qint64 serviceId : c.serviceIds) {
        q.addBindValue(serviceId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("checking the counter"));
        if (!q.next()) {
            return makeError(ErrorCode::NotFound,
                tr("A service chosen for the counter does not exist (number %1). Choose from the "
                   "office's services.")
                    .arg(serviceId));
        }
        q.finish();
    }
    return {};
}

Status CounterCatalog::writeServices(const Counter &c) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM counter_services WHERE counter_id = ?"));
    q.addBindValue(c.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the counter's services"));
    q.prepare(QStringLiteral("INSERT INTO counter_services (counter_id, service_id) VALUES (?, ?)"));
    for (qint64 serviceId : c.serviceIds) {
        q.addBindValue(c.id);
        q.addBindValue(serviceId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the counter's services"));
    }
    return {};
}

Result<Counter> CounterCatalog::add(const Actor &actor, const Counter &raw)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("counter.add"),
            QStringLiteral("counter"), QString::number(raw.number));
        !allowed) {
        return allowed.error();
    }
    if (Status valid = validate(raw); !valid)
        return valid.error();
    Counter c = normalized(raw);
    c.id = 0;
    Status st = m_db->transaction([&]() -> Status {
        if (Status ok = checkInDatabase(c); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO counters (number, name, active) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(c.number);
        q.addBindValue(sqlText(c.name));
        q.addBindValue(c.active);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding a counter"));
        c.id = returnedId(q);
        if (Status ok = writeServices(c); !ok)
            return ok;
        return m_audit.record(
            actor, QStringLiteral("counter.add"), QStringLiteral("counter"), QString::number(c.id), describe(c));
    });
    if (!st)
        return st.error();
    return c;
}

Status CounterCatalog::update(const Actor &actor, const Counter &raw)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("counter.update"),
            QStringLiteral("counter"), QString::number(raw.id));
        !allowed) {
        return allowed;
    }
    if (Status valid = validate(raw); !valid)
        return valid;
    const Counter c = normalized(raw);
    return m_db->transaction([&]() -> Status {
        auto old = find(c.id);
        if (!old)
            return old.error();
        if (Status ok = checkInDatabase(c); !ok)
            return ok;
        QSqlQuery q(m_db->connection());
        if (old->active && !c.active) {
            q.prepare(QStringLiteral("SELECT state FROM counters WHERE id = ?"));
            q.addBindValue(c.id);
            if (!q.exec() || !q.next())
                return m_db->sqlError(q.lastError(), tr("changing a counter"));
            if (q.value(0).toString() != QLatin1String("closed")) {
                return makeError(ErrorCode::InvalidState,
                    tr("Counter %1 is still open. Close it at the counter first, then deactivate it.")
                        .arg(old->number));
            }
        }
        q.prepare(QStringLiteral("UPDATE counters SET number = ?, name = ?, active = ? WHERE id = ?"));
        q.addBindValue(c.number);
        q.addBindValue(sqlText(c.name));
        q.addBindValue(c.active);
        q.addBindValue(c.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("changing a counter"));
        if (Status ok = writeServices(c); !ok)
            return ok;
        return m_audit.record(actor, QStringLiteral("counter.update"), QStringLiteral("counter"), QString::number(c.id),
            describe(old.value()) + QStringLiteral(" -> ") + describe(c));
    });
}

} // namespace loket
