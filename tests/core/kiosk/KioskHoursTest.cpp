// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskHours.h"
#include "core/kiosk/KioskMenu.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kIndonesian(QLocale::Indonesian, QLocale::Indonesia);

// Monday–Friday 07.30–16.00; Thursday 24 December 2026 cuti bersama, Friday 25 December Christmas.
WorkingCalendar december()
{
    WorkingCalendar c(WorkingCalendar::defaultSchedule());
    c.addHoliday(Holiday { QDate(2026, 12, 24), HolidayKind::CutiBersama, QStringLiteral("Cuti Bersama Natal") });
    c.addHoliday(Holiday { QDate(2026, 12, 25), HolidayKind::LiburNasional, QStringLiteral("Hari Raya Natal") });
    return c;
}

// The UTC instant at which a WIB office's clock shows `date` `time`.
QDateTime wib(QDate date, QTime time)
{
    return OfficeTime(OfficeTimeZone::WIB).utcOf(date, time);
}

} // namespace

TEST_CASE("at 23.30 on a holiday the kiosk is closed and names the next working day's opening")
{
    const KioskOpening o
        = KioskHours::at(december(), OfficeTime(OfficeTimeZone::WIB), 0, wib(QDate(2026, 12, 25), QTime(23, 30)));
    CHECK_FALSE(o.open);
    CHECK(o.holidayName == QStringLiteral("Hari Raya Natal"));
    // Saturday and Sunday follow: Monday 28 December, 07.30 office time.
    CHECK(o.opensAt.date() == QDate(2026, 12, 28));
    CHECK(o.opensAt.time() == QTime(7, 30));
    CHECK(o.opensAt.offsetFromUtc() == 7 * 3600);
    CHECK(o.message(kEnglish) == QStringLiteral("Service has closed. Opens again Monday, 07:30."));
    // The day and the time as Indonesians write them ("Senin, 07.30").
    CHECK(o.reopenText(kIndonesian).contains(QStringLiteral("Senin, 07.30")));
}

TEST_CASE("on a Saturday the kiosk is closed until Monday")
{
    const KioskOpening o
        = KioskHours::at(december(), OfficeTime(OfficeTimeZone::WIB), 0, wib(QDate(2026, 11, 28), QTime(10, 0)));
    CHECK_FALSE(o.open);
    CHECK(o.holidayName.isEmpty());
    CHECK(o.opensAt == QDateTime(QDate(2026, 11, 30), QTime(7, 30), Qt::OffsetFromUTC, 7 * 3600));
    CHECK(o.reopenText(kEnglish) == QStringLiteral("Opens again Monday, 07:30"));
}

TEST_CASE("just before opening the kiosk says it opens today, and at opening it issues until closing")
{
    const WorkingCalendar c = december();
    const OfficeTime zone(OfficeTimeZone::WIB);
    const QDate monday(2026, 11, 23);

    const KioskOpening before = KioskHours::at(c, zone, 0, wib(monday, QTime(7, 29, 59)));
    CHECK_FALSE(before.open);
    CHECK(before.message(kEnglish) == QStringLiteral("Service has not opened yet. Opens today at 07:30."));

    const KioskOpening atOpening = KioskHours::at(c, zone, 0, wib(monday, QTime(7, 30)));
    CHECK(atOpening.open);
    CHECK(atOpening.closesAt.time() == QTime(16, 0));
    CHECK(KioskHours::at(c, zone, 0, wib(monday, QTime(15, 59))).open);

    const KioskOpening closed = KioskHours::at(c, zone, 0, wib(monday, QTime(16, 0)));
    CHECK_FALSE(closed.open);
    CHECK(closed.reopenText(kEnglish) == QStringLiteral("Opens again tomorrow, Tuesday, 07:30"));

    // Wednesday evening before the Christmas holidays: the next opening is Monday 28 December.
    const KioskOpening longBreak = KioskHours::at(c, zone, 0, wib(QDate(2026, 12, 23), QTime(17, 0)));
    CHECK(longBreak.opensAt.date() == QDate(2026, 12, 28));
}

TEST_CASE("the early-open setting lets the kiosk issue that many minutes before the office opens")
{
    const WorkingCalendar c = december();
    const OfficeTime zone(OfficeTimeZone::WIB);
    const QDate monday(2026, 11, 23);
    CHECK(KioskHours::at(c, zone, 15, wib(monday, QTime(7, 15))).open);
    const KioskOpening early = KioskHours::at(c, zone, 15, wib(monday, QTime(7, 14)));
    CHECK_FALSE(early.open);
    CHECK(early.opensAt.time() == QTime(7, 15));
    // Saturday: the next opening, early as well.
    CHECK(KioskHours::at(c, zone, 15, wib(QDate(2026, 11, 28), QTime(9, 0))).opensAt.time() == QTime(7, 15));
    // Closing does not move.
    CHECK_FALSE(KioskHours::at(c, zone, 15, wib(monday, QTime(16, 0))).open);
}

TEST_CASE("the kiosk's hours are the office's own time zone")
{
    // 23.30 UTC on Sunday is 07.30 on Monday in WITA (UTC+8) but 06.30 in WIB.
    const QDateTime instant(QDate(2026, 11, 22), QTime(23, 30), Qt::UTC);
    CHECK(KioskHours::at(december(), OfficeTime(OfficeTimeZone::WITA), 0, instant).open);
    CHECK_FALSE(KioskHours::at(december(), OfficeTime(OfficeTimeZone::WIB), 0, instant).open);
}

TEST_CASE("core refuses a kiosk ticket outside the hours and issues one inside them")
{
    QueueFixture f; // Monday 23 November 2026, 08.00 WIB
    f.t.exec(QStringLiteral("INSERT INTO holidays VALUES ('2026-11-24', 'libur_nasional', 'Hari Uji')"));

    auto open = KioskMenu::issue(f.t.db(), f.ktp, 0, f.clock);
    REQUIRE(open.ok());
    CHECK(open->number == QStringLiteral("A-001"));

    // 23.30 WIB; tomorrow is a holiday, so the kiosk opens again on Wednesday.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 30), Qt::UTC));
    auto late = KioskMenu::issue(f.t.db(), f.ktp, 0, f.clock);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::InvalidState);
    CHECK(late.error().message.contains(QStringLiteral("Wednesday")));
    // The holiday itself, at noon.
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC));
    auto holiday = KioskHours::now(f.t.db(), f.clock);
    REQUIRE(holiday.ok());
    CHECK_FALSE(holiday->open);
    CHECK(holiday->holidayName == QStringLiteral("Hari Uji"));
    REQUIRE_FALSE(KioskMenu::issue(f.t.db(), f.kk, 0, f.clock).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);

    // Wednesday 07.20 WIB: too early, until the administrator lets the kiosk open 15 minutes early.
    f.clock.set(QDateTime(QDate(2026, 11, 25), QTime(0, 20), Qt::UTC));
    REQUIRE_FALSE(KioskMenu::issue(f.t.db(), f.ktp, 0, f.clock).ok());
    CHECK_FALSE(KioskHours::setEarlyMinutes(f.siti, f.t.db(), 15, f.clock).ok()); // an officer may not
    CHECK_FALSE(KioskHours::setEarlyMinutes(f.admin, f.t.db(), KioskHours::maxEarlyMinutes + 1, f.clock).ok());
    REQUIRE(KioskHours::setEarlyMinutes(f.admin, f.t.db(), 15, f.clock).ok());
    CHECK(KioskHours::earlyMinutes(f.t.db()) == 15);
    auto early = KioskMenu::issue(f.t.db(), f.ktp, 0, f.clock);
    REQUIRE(early.ok());
    CHECK(early->serviceDay == QDate(2026, 11, 25));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' "
                                 "AND entity_id = 'kiosk.open_early_minutes' AND outcome = 'ok'"))
        == 1);
}
