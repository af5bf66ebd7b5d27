// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/OfficeDay.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace loket {

OfficeDay::OfficeDay(OfficeTimeZone zone)
    : m_time(zone)
{ }

Result<OfficeDay> OfficeDay::load(const Database &db)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT time_zone FROM office WHERE id = 1"));
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("reading the office's time zone"));
    const QString zone = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (zone.isEmpty())
        return OfficeDay();
    return OfficeDay(OfficeTime::zoneFromCode(zone).value_or(OfficeTimeZone::WIB));
}

Result<std::optional<QTime>> OfficeDay::closingTime(const Database &db, QDate day)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT close_time FROM office_hours WHERE weekday = ?"));
    q.addBindValue(day.dayOfWeek());
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("reading the office hours"));
    if (!q.next())
        return std::optional<QTime>();
    const QTime t = QTime::fromString(q.value(0).toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::optional<QTime>();
    return std::optional<QTime>(t);
}

} // namespace loket
