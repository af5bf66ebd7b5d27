// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskHours.h"

#include "core/catalog/CalendarRepository.h"
#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"

namespace loket {

namespace {

QString timeText(const QLocale &locale, const QTime &time)
{
    // Indonesian writes 07.30, English 07:30.
    return locale.language() == QLocale::Indonesian ? time.toString(QStringLiteral("HH.mm"))
                                                     : time.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString KioskOpening::title(const QLocale &) const
{
    if (open)
        return tr("Open");
    const bool laterToday = opensAt.isValid() && opensAt.date() == nowLocal.date();
    return laterToday ? tr("Service has not opened yet") : tr("Service has closed");
}

QString KioskOpening::reopenText(const QLocale &locale) const
{
    if (open || !opensAt.isValid())
        return {};
    const QDate day = opensAt.date();
    const QString time = timeText(locale, opensAt.time());
    const qint64 daysAway = nowLocal.date().daysTo(day);
    if (daysAway == 0)
        return tr("Opens today at %1").arg(time);
    if (daysAway == 1)
        return tr("Opens again tomorrow, %1, %2").arg(locale.dayName(day.dayOfWeek()), time);
    if (daysAway < 7)
        return tr("Opens again %1, %2").arg(locale.dayName(day.dayOfWeek()), time);
    return tr("Opens again %1, %2").arg(locale.toString(day, QStringLiteral("dddd, d MMMM")), time);
}

QString KioskOpening::message(const QLocale &locale) const
{
    if (open)
        return {};
    const QString reopen = reopenText(locale);
    return reopen.isEmpty() ? tr("%1.").arg(title(locale)) : tr("%1. %2.").arg(title(locale), reopen);
}

KioskOpening KioskHours::at(
    const WorkingCalendar &calendar, const OfficeTime &zone, int earlyMinutes, const QDateTime &nowUtc)
{
    KioskOpening o;
    o.earlyMinutes = qBound(0, earlyMinutes, maxEarlyMinutes);
    o.nowLocal = zone.localDateTime(nowUtc);
    const QDate today = o.nowLocal.date();
    const QTime now = o.nowLocal.time();
    // The kiosk's hours on a working day: from opening minus the early minutes, not before midnight.
    auto kioskOpens = [&](QDate day) {
        const DayHours h = calendar.hoursOn(day);
        const int secs = qMax(0, h.open.msecsSinceStartOfDay() / 1000 - o.earlyMinutes * 60);
        return QTime(0, 0).addSecs(secs);
    };
    auto local = [&](QDate day, QTime time) { return zone.localDateTime(zone.utcOf(day, time)); };

    if (calendar.isWorkingDay(today)) {
        const DayHours h = calendar.hoursOn(today);
        const QTime from = kioskOpens(today);
        if (h.isOpen() && now >= from && now < h.close) {
            o.open = true;
            o.closesAt = local(today, h.close);
            return o;
        }
        if (h.isOpen() && now < from) {
            o.opensAt = local(today, from);
            return o;
        }
    } else if (const auto holiday = calendar.holiday(today)) {
        o.holidayName = holiday->name;
    }
    const QDate next = calendar.nextWorkingDay(today);
    if (next.isValid())
        o.opensAt = local(next, kioskOpens(next));
    return o;
}

int KioskHours::earlyMinutes(const DatabasePtr &db)
{
    return qBound(0, SettingsStore(db).intValue(QLatin1String(SettingKey::KioskOpenEarlyMinutes)), maxEarlyMinutes);
}

Result<KioskOpening> KioskHours::now(const DatabasePtr &db, const Clock &clock)
{
    CalendarRepository repo(db);
    auto calendar = repo.load();
    if (!calendar)
        return calendar.error();
    auto zone = repo.officeTime();
    if (!zone)
        return zone.error();
    return at(calendar.value(), zone.value(), earlyMinutes(db), clock.nowUtc());
}

Status KioskHours::setEarlyMinutes(const Actor &actor, const DatabasePtr &db, int minutes, const Clock &clock)
{
    if (minutes < 0 || minutes > maxEarlyMinutes) {
        return makeError(ErrorCode::InvalidInput,
            tr("The kiosk may open at most %1 minutes before the office; %2 is not possible.")
                .arg(maxEarlyMinutes)
                .arg(minutes));
    }
    OfficeSettings settings(db, clock);
    if (settings.value(QLatin1String(SettingKey::KioskOpenEarlyMinutes)).toInt() == minutes)
        return {};
    return settings.set(actor, QLatin1String(SettingKey::KioskOpenEarlyMinutes), minutes);
}

} // namespace loket
