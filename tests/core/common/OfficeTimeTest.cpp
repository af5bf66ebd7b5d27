// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/OfficeTime.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

TEST_CASE("an instant late in the UTC evening is already the next office day in every Indonesian zone")
{
    // 17:30 UTC on 16 August 2026 is 00:30 on 17 August in Jakarta, 01:30 in Makassar, 02:30 in Jayapura.
    const QDateTime instant = utc(2026, 8, 16, 17, 30);
    CHECK(OfficeTime(OfficeTimeZone::WIB).localDate(instant) == QDate(2026, 8, 17));
    CHECK(OfficeTime(OfficeTimeZone::WITA).localDate(instant) == QDate(2026, 8, 17));
    CHECK(OfficeTime(OfficeTimeZone::WIT).localDate(instant) == QDate(2026, 8, 17));
    CHECK(OfficeTime(OfficeTimeZone::WIB).localDateTime(instant).time() == QTime(0, 30));
    CHECK(OfficeTime(OfficeTimeZone::WITA).localDateTime(instant).time() == QTime(1, 30));
    CHECK(OfficeTime(OfficeTimeZone::WIT).localDateTime(instant).time() == QTime(2, 30));
}

TEST_CASE("an instant just before local midnight stays on the same office day")
{
    // 16:59 UTC is 23:59 WIB but 00:59 the next day in WITA.
    const QDateTime instant = utc(2026, 3, 19, 16, 59);
    CHECK(OfficeTime(OfficeTimeZone::WIB).localDate(instant) == QDate(2026, 3, 19));
    CHECK(OfficeTime(OfficeTimeZone::WITA).localDate(instant) == QDate(2026, 3, 20));
    CHECK(OfficeTime(OfficeTimeZone::WIB).localDateOfMs(instant.toMSecsSinceEpoch()) == QDate(2026, 3, 19));
}

TEST_CASE("opening time in the office is converted to the right UTC instant")
{
    CHECK(OfficeTime(OfficeTimeZone::WIB).utcOf(QDate(2026, 11, 23), QTime(7, 30)) == utc(2026, 11, 23, 0, 30));
    CHECK(OfficeTime(OfficeTimeZone::WITA).utcOf(QDate(2026, 11, 23), QTime(7, 30)) == utc(2026, 11, 22, 23, 30));
    CHECK(OfficeTime(OfficeTimeZone::WIT).utcOf(QDate(2026, 11, 23), QTime(7, 30)) == utc(2026, 11, 22, 22, 30));
}

TEST_CASE("an office day spans 24 hours from local midnight in UTC milliseconds")
{
    const OfficeTime wib(OfficeTimeZone::WIB);
    const QDate day(2026, 11, 23);
    CHECK(wib.dayStartUtcMs(day) == utc(2026, 11, 22, 17, 0).toMSecsSinceEpoch());
    CHECK(wib.dayEndUtcMs(day) == utc(2026, 11, 23, 17, 0).toMSecsSinceEpoch());
    CHECK(wib.dayEndUtcMs(day) - wib.dayStartUtcMs(day) == 24LL * 3600 * 1000);
    // The last millisecond of the day belongs to it, the end does not.
    CHECK(wib.localDateOfMs(wib.dayEndUtcMs(day) - 1) == day);
    CHECK(wib.localDateOfMs(wib.dayEndUtcMs(day)) == day.addDays(1));
}

TEST_CASE("time zone codes are read case-insensitively and unknown ones are refused")
{
    CHECK(OfficeTime::zoneFromCode(QStringLiteral("wita")) == OfficeTimeZone::WITA);
    CHECK(OfficeTime::zoneFromCode(QStringLiteral(" WIT ")) == OfficeTimeZone::WIT);
    CHECK_FALSE(OfficeTime::zoneFromCode(QStringLiteral("Asia/Jakarta")).has_value());
    CHECK_FALSE(OfficeTime::zoneFromCode(QStringLiteral("")).has_value());
    CHECK(OfficeTime::zoneCode(OfficeTimeZone::WIB) == QLatin1String("WIB"));
    CHECK(OfficeTime::offsetSeconds(OfficeTimeZone::WIT) == 9 * 3600);
}
