// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CalendarRepository.h"

#include "core/storage/SettingsStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

CalendarRepository::CalendarRepository(DatabasePtr db)
    : m_db(std::move(db))
{ }

Result<WorkingCalendar> CalendarRepository::load() const
{
    auto schedule = weeklySchedule();
    if (!schedule)
        return schedule.error();
    auto list = holidays();
    if (!list)
        return list.error();
    const bool cutiBersama = SettingsStore(m_db).boolValue(QLatin1String(SettingKey::CutiBersamaIsHoliday));
    return WorkingCalendar(schedule.value(), list.value(), cutiBersama);
}

Result<WeeklySchedule> CalendarRepository::weeklySchedule() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT weekday, open_time, close_time FROM office_hours ORDER BY weekday")))
        return m_db->sqlError(q.lastError(), tr("reading the opening hours"));
    WeeklySchedule s;
    bool any = false;
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        if (weekday < 1 || weekday > 7)
            continue;
        s.day(weekday) = DayHours { QTime::fromString(q.value(1).toString(), QStringLiteral("HH:mm")),
            QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm")) };
        any = any || s.day(weekday).isOpen();
    }
    return any ? s : WorkingCalendar::defaultSchedule();
}

Result<QList<Holiday>> CalendarRepository::holidays(int year) const
{
    QSqlQuery q(m_db->connection());
    if (year > 0) {
        q.prepare(QStringLiteral("SELECT date, kind, name FROM holidays WHERE date >= ? AND date < ? ORDER BY date"));
        q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
        q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("SELECT date, kind, name FROM holidays ORDER BY date"));
    }
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the holidays"));
    QList<Holiday> out;
    while (q.next()) {
        Holiday h;
        h.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        h.kind = holidayKindFromCode(q.value(1).toString()).value_or(HolidayKind::LiburNasional);
        h.name = q.value(2).toString();
        if (h.date.isValid())
            out << h;
    }
    return out;
}

Result<OfficeTime> CalendarRepository::officeTime() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT time_zone FROM office WHERE id = 1")))
        return m_db->sqlError(q.lastError(), tr("reading the office's time zone"));
    if (!q.next())
        return OfficeTime(OfficeTimeZone::WIB);
    return OfficeTime(OfficeTime::zoneFromCode(q.value(0).toString()).value_or(OfficeTimeZone::WIB));
}

} // namespace loket
