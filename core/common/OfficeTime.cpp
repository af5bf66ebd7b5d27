// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/OfficeTime.h"

#include <QCoreApplication>

namespace loket {

OfficeTime::OfficeTime(OfficeTimeZone zone)
    : m_zone(isValidZone(zone) ? zone : OfficeTimeZone::WIB)
{ }

QString OfficeTime::zoneCode(OfficeTimeZone zone)
{
    switch (zone) {
    case OfficeTimeZone::WIB:
        return QStringLiteral("WIB");
    case OfficeTimeZone::WITA:
        return QStringLiteral("WITA");
    case OfficeTimeZone::WIT:
        return QStringLiteral("WIT");
    }
    return {};
}

std::optional<OfficeTimeZone> OfficeTime::zoneFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    for (OfficeTimeZone z : { OfficeTimeZone::WIB, OfficeTimeZone::WITA, OfficeTimeZone::WIT }) {
        if (zoneCode(z) == c)
            return z;
    }
    return std::nullopt;
}

QString OfficeTime::zoneDisplayName(OfficeTimeZone zone)
{
    switch (zone) {
    case OfficeTimeZone::WIB:
        return QCoreApplication::translate("loket", "WIB (UTC+7, western Indonesia)");
    case OfficeTimeZone::WITA:
        return QCoreApplication::translate("loket", "WITA (UTC+8, central Indonesia)");
    case OfficeTimeZone::WIT:
        return QCoreApplication::translate("loket", "WIT (UTC+9, eastern Indonesia)");
    }
    return {};
}

int OfficeTime::offsetSeconds(OfficeTimeZone zone)
{
    switch (zone) {
    case OfficeTimeZone::WIB:
        return 7 * 3600;
    case OfficeTimeZone::WITA:
        return 8 * 3600;
    case OfficeTimeZone::WIT:
        return 9 * 3600;
    }
    return 7 * 3600;
}

bool OfficeTime::isValidZone(OfficeTimeZone zone)
{
    return zone == OfficeTimeZone::WIB || zone == OfficeTimeZone::WITA || zone == OfficeTimeZone::WIT;
}

QDate OfficeTime::localDate(const QDateTime &instant) const
{
    return localDateTime(instant).date();
}

QDate OfficeTime::localDateOfMs(qint64 utcMs) const
{
    return localDate(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

QDateTime OfficeTime::localDateTime(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    return instant.toOffsetFromUtc(offsetSeconds());
}

QDateTime OfficeTime::utcOf(QDate date, QTime time) const
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds()).toUTC();
}

qint64 OfficeTime::dayStartUtcMs(QDate date) const
{
    return utcOf(date, QTime(0, 0)).toMSecsSinceEpoch();
}

qint64 OfficeTime::dayEndUtcMs(QDate date) const
{
    return dayStartUtcMs(date.addDays(1));
}

} // namespace loket
