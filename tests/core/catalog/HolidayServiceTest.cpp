// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/HolidayService.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/OfficeService.h"
#include "core/common/HolidayCsv.h"
#include "tests/core/catalog/CatalogTestActors.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using test::admin;
using test::officer;

namespace {

int holidayCount(const test::TempDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM holidays")).toInt();
}

} // namespace

TEST_CASE("the holiday list compiled into Loket is found at run time")
{
    const QByteArray bytes = HolidayService::bundledCsv();
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK(bytes.startsWith("date,kind,name"));
    CHECK(bytes == test::fileBytes(QStringLiteral(LOKET_SOURCE_DIR "/resources/holidays/holidays-2026.csv")));
}

TEST_CASE("the bundled 2026 list loads 25 holidays into an empty table, and only once")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    auto loaded = holidays.loadBundledHolidays();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == 25);
    CHECK(holidayCount(t) == 25);
    auto year = holidays.list(2026);
    REQUIRE(year.ok());
    REQUIRE(year->size() == 25);
    CHECK(year->at(0).name == QLatin1String("Tahun Baru 2026 Masehi"));
    CHECK(holidays.list(2027)->isEmpty());

    auto again = holidays.loadBundledHolidays();
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(holidayCount(t) == 25);
}

TEST_CASE("the bundled list is not loaded over holidays the admin already entered")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays
                .add(admin(),
                    Holiday { QDate(2026, 10, 5), HolidayKind::LiburLokal, QStringLiteral("Hari Jadi Kabupaten") })
                .ok());
    auto loaded = holidays.loadBundledHolidays();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == 0);
    CHECK(holidayCount(t) == 1);
}

TEST_CASE("a holiday file with an error imports nothing and names the line")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.loadBundledHolidays().ok());
    const QByteArray file("date,kind,name\n"
                          "2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n"
                          "2027-02-06,libur_nasional,Tahun Baru Imlek 2578 Kongzili\n"
                          "2027-17-08,libur_nasional,Proklamasi Kemerdekaan\n");
    auto imported = holidays.importCsv(admin(), file);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::InvalidInput);
    CHECK(imported.error().message.contains(QStringLiteral("Line 4, field \"date\"")));
    CHECK(holidayCount(t) == 25);
    CHECK(holidays.list(2027)->isEmpty());
}

TEST_CASE("importing a holiday file adds new dates and corrects changed ones")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.loadBundledHolidays().ok());
    const QByteArray file("date,kind,name\n"
                          "2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia\n"
                          "2026-12-24,libur_nasional,Malam Natal (keputusan baru)\n"
                          "2026-10-05,libur_lokal,Hari Jadi Kabupaten\n");
    auto imported = holidays.importCsv(admin(), file);
    REQUIRE(imported.ok());
    CHECK(imported->added == 1);
    CHECK(imported->updated == 1);
    CHECK(imported->unchanged == 1);
    CHECK(holidayCount(t) == 26);
    auto cal = CalendarRepository(t.db()).load();
    REQUIRE(cal.ok());
    CHECK(cal->holiday(QDate(2026, 12, 24))->kind == HolidayKind::LiburNasional);
    CHECK(cal->holidayName(QDate(2026, 10, 5)) == QLatin1String("Hari Jadi Kabupaten"));
}

TEST_CASE("a holiday is added once and removed, and unknown dates say so")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    const Holiday local { QDate(2026, 10, 5), HolidayKind::LiburLokal, QStringLiteral("Hari Jadi Kabupaten") };
    REQUIRE(holidays.add(admin(), local).ok());
    Status dup = holidays.add(admin(), local);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("2026-10-05 is already a holiday")));
    CHECK(
        holidays.add(admin(), Holiday { QDate(2026, 10, 6), HolidayKind::LiburLokal, QStringLiteral(" ") }).error().code
        == ErrorCode::InvalidInput);

    REQUIRE(holidays.remove(admin(), QDate(2026, 10, 5)).ok());
    CHECK(holidayCount(t) == 0);
    Status missing = holidays.remove(admin(), QDate(2026, 10, 5));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("an officer cannot change holidays or the cuti bersama setting and the attempts are audited")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.loadBundledHolidays().ok());
    CHECK(holidays.add(officer(), Holiday { QDate(2026, 10, 5), HolidayKind::LiburLokal, QStringLiteral("Libur") })
              .error()
              .code
        == ErrorCode::PermissionDenied);
    CHECK(holidays.remove(officer(), QDate(2026, 8, 17)).error().code == ErrorCode::PermissionDenied);
    CHECK(holidays.importCsv(officer(), HolidayService::bundledCsv()).error().code == ErrorCode::PermissionDenied);
    CHECK(holidays.setCutiBersamaIsHoliday(officer(), false).error().code == ErrorCode::PermissionDenied);
    CHECK(holidayCount(t) == 25);
    CHECK(holidays.cutiBersamaIsHoliday());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND username = 'siti'"))
              .toInt()
        == 4);
}

TEST_CASE("the calendar from the database follows the holidays, the hours and the cuti bersama setting")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.loadBundledHolidays().ok());
    CalendarRepository repo(t.db());

    auto cal = repo.load();
    REQUIRE(cal.ok());
    CHECK(cal->schedule() == WorkingCalendar::defaultSchedule());
    CHECK(cal->addWorkingDays(QDate(2026, 3, 17), 1) == QDate(2026, 3, 25));
    CHECK(cal->addWorkingDays(QDate(2026, 12, 23), 1) == QDate(2026, 12, 28));

    REQUIRE(holidays.setCutiBersamaIsHoliday(admin(), false).ok());
    cal = repo.load();
    REQUIRE(cal.ok());
    CHECK(cal->addWorkingDays(QDate(2026, 3, 17), 1) == QDate(2026, 3, 18));
    CHECK(cal->addWorkingDays(QDate(2026, 12, 23), 1) == QDate(2026, 12, 24));
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.calendar' AND outcome = 'ok'"))
            .toInt()
        == 1);

    // An office that opens on Saturday mornings.
    OfficeProfile p;
    p.name = QStringLiteral("Disdukcapil Kota Makassar");
    p.timeZone = OfficeTimeZone::WITA;
    p.hours = WorkingCalendar::parseSchedule(QStringLiteral("mon-fri 07:30-16:00, sat 08:00-12:00")).value();
    REQUIRE(OfficeService(t.db()).save(admin(), p).ok());
    cal = repo.load();
    REQUIRE(cal.ok());
    CHECK(cal->isWorkingDay(QDate(2026, 8, 15)));
    CHECK(cal->addWorkingDays(QDate(2026, 8, 14), 2) == QDate(2026, 8, 18));
}

TEST_CASE("holidays are exported as a file that imports back")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.loadBundledHolidays().ok());
    auto csv = holidays.exportCsv(2026);
    REQUIRE(csv.ok());
    CHECK(csv->toUtf8() == HolidayService::bundledCsv());
    auto again = holidays.importCsv(admin(), csv->toUtf8());
    REQUIRE(again.ok());
    CHECK(again->unchanged == 25);
    CHECK(again->added == 0);
}
