// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace loket {

// Indonesia's three time zones. None has daylight saving time, so each is a
// fixed offset from UTC and no tz database is needed.
enum class OfficeTimeZone { WIB, WITA, WIT };

// Converts between UTC instants and the office's wall clock. The office day
// (a calendar date 'YYYY-MM-DD') is always the local date in this zone.
class OfficeTime
{
public:
    explicit OfficeTime(OfficeTimeZone zone = OfficeTimeZone::WIB);

    static QString zoneCode(OfficeTimeZone zone); // "WIB", "WITA", "WIT"
    static std::optional<OfficeTimeZone> zoneFromCode(const QString &code); // case-insensitive
    static QString zoneDisplayName(OfficeTimeZone zone); // translated, e.g. "WIB (UTC+7)"
    static int offsetSeconds(OfficeTimeZone zone); // 25200, 28800, 32400
    static bool isValidZone(OfficeTimeZone zone);

    OfficeTimeZone zone() const { return m_zone; }
    int offsetSeconds() const { return offsetSeconds(m_zone); }

    // The office-local date of a UTC instant.
    QDate localDate(const QDateTime &instant) const;
    QDate localDateOfMs(qint64 utcMs) const;
    // The same instant expressed with the office's offset (date() and time()
    // read the office wall clock).
    QDateTime localDateTime(const QDateTime &instant) const;
    // The UTC instant at which the office wall clock shows `date` `time`.
    QDateTime utcOf(QDate date, QTime time) const;
    // The office day [start, end) in UTC milliseconds: end is the start of the next day.
    qint64 dayStartUtcMs(QDate date) const;
    qint64 dayEndUtcMs(QDate date) const;

private:
    OfficeTimeZone m_zone;
};

} // namespace loket
