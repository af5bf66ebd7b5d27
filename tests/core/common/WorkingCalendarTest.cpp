// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WorkingCalendar.h"
#include "core/common/HolidayCsv.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace Catch {
template<> struct StringMaker<QDate> {
    static std::string convert(const QDate &date) { return date.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace {

QList<Holiday> holidays2026()
{
    auto parsed
        = HolidayCsv::parse(test::fileBytes(QStringLiteral(LOKET_SOURCE_DIR "/resources/holidays/holidays-2026.csv")));
    REQUIRE(parsed.ok());
    return parsed.value();
}

WorkingCalendar calendar2026(bool cutiBersamaIsHoliday = true)
{
    return WorkingCalendar(WorkingCalendar::defaultSchedule(), holidays2026(), cutiBersamaIsHoliday);
}

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("the default week is Monday to Friday 07:30 to 16:00")
{
    const WorkingCalendar cal;
    CHECK(cal.isWorkingDay(d(2026, 11, 23))); // Monday
    CHECK(cal.isWorkingDay(d(2026, 11, 27))); // Friday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 11, 28))); // Saturday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 11, 29))); // Sunday
    CHECK(cal.hoursOn(d(2026, 11, 23)).open == QTime(7, 30));
    CHECK(cal.hoursOn(d(2026, 11, 23)).close == QTime(16, 0));
    CHECK_FALSE(cal.hoursOn(d(2026, 11, 28)).isOpen());
}

TEST_CASE("the Nyepi and Idul Fitri 2026 closure from 18 to 24 March is skipped")
{
    const WorkingCalendar cal = calendar2026();
    for (int day = 18; day <= 24; ++day)
        CHECK_FALSE(cal.isWorkingDay(d(2026, 3, day)));
    CHECK(cal.holidayName(d(2026, 3, 19)) == QLatin1String("Hari Suci Nyepi Tahun Baru Saka 1948"));
    CHECK(cal.holidayName(d(2026, 3, 23)) == QLatin1String("Cuti Bersama Idul Fitri 1447 H"));
    CHECK(cal.holidayName(d(2026, 3, 25)).isEmpty());
    // Tuesday 17 March + 1 working day: the office is closed until Wednesday 25.
    CHECK(cal.nextWorkingDay(d(2026, 3, 17)) == d(2026, 3, 25));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 1) == d(2026, 3, 25));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 3) == d(2026, 3, 27));
    CHECK(cal.addWorkingDays(d(2026, 3, 13), 4) == d(2026, 3, 26)); // Fri 13: Mon 16, Tue 17, Wed 25, Thu 26
    CHECK(cal.addWorkingDays(d(2026, 3, 13), 3) == d(2026, 3, 25));
    CHECK(cal.previousWorkingDay(d(2026, 3, 25)) == d(2026, 3, 17));
}

TEST_CASE("with cuti bersama as working days only Nyepi and the Idul Fitri weekend are skipped")
{
    const WorkingCalendar cal = calendar2026(false);
    CHECK(cal.isWorkingDay(d(2026, 3, 18))); // cuti bersama Nyepi
    CHECK_FALSE(cal.isWorkingDay(d(2026, 3, 19))); // Nyepi itself
    CHECK(cal.isWorkingDay(d(2026, 3, 20)));
    CHECK(cal.isWorkingDay(d(2026, 3, 23)));
    CHECK(cal.isWorkingDay(d(2026, 3, 24)));
    // The cuti bersama is still listed by name, only not a closure.
    CHECK(cal.holidayName(d(2026, 3, 23)) == QLatin1String("Cuti Bersama Idul Fitri 1447 H"));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 1) == d(2026, 3, 18));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 2) == d(2026, 3, 20));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 3) == d(2026, 3, 23));
    CHECK(cal.addWorkingDays(d(2026, 3, 17), 5) == d(2026, 3, 25));

    // The same question, the setting flipped: five working days after 17 March.
    CHECK(calendar2026(true).addWorkingDays(d(2026, 3, 17), 5) == d(2026, 3, 31));
}

TEST_CASE("Independence Day on Monday 17 August 2026 is skipped")
{
    const WorkingCalendar cal = calendar2026();
    CHECK_FALSE(cal.isWorkingDay(d(2026, 8, 17)));
    CHECK(cal.addWorkingDays(d(2026, 8, 14), 1) == d(2026, 8, 18));
    CHECK(cal.addWorkingDays(d(2026, 8, 13), 3) == d(2026, 8, 19));
}

TEST_CASE("Christmas 2026 closes Thursday 24 and Friday 25 December")
{
    CHECK(calendar2026(true).addWorkingDays(d(2026, 12, 23), 1) == d(2026, 12, 28));
    CHECK(calendar2026(false).addWorkingDays(d(2026, 12, 23), 1) == d(2026, 12, 24));
    CHECK(calendar2026(false).addWorkingDays(d(2026, 12, 23), 2) == d(2026, 12, 28));
}

TEST_CASE("a date-only count starts from the next working day, whatever the start day is")
{
    const WorkingCalendar cal = calendar2026();
    CHECK(cal.addWorkingDays(d(2026, 11, 28), 1) == d(2026, 11, 30)); // Saturday + 1 = Monday
    CHECK(cal.addWorkingDays(d(2026, 11, 23), 1) == d(2026, 11, 24)); // Monday + 1 = Tuesday
    CHECK(cal.addWorkingDays(d(2026, 11, 23), 0) == d(2026, 11, 23));
    CHECK(cal.addWorkingDays(d(2026, 11, 30), -1) == d(2026, 11, 27)); // back over the weekend
}

TEST_CASE("an item received before closing time counts from the next working day")
{
    const WorkingCalendar cal = calendar2026();
    // Monday 23 November 2026, 10:00: day 1 is Tuesday.
    CHECK(cal.effectiveReceiptDay(local(2026, 11, 23, 10, 0)) == d(2026, 11, 23));
    CHECK(cal.addWorkingDays(local(2026, 11, 23, 10, 0), 1) == d(2026, 11, 24));
    CHECK(cal.addWorkingDays(local(2026, 11, 23, 15, 59), 3) == d(2026, 11, 26));
    // Before opening time still counts as that day.
    CHECK(cal.addWorkingDays(local(2026, 11, 23, 6, 0), 1) == d(2026, 11, 24));
}

TEST_CASE("an item received at or after closing time counts as received the next working day")
{
    const WorkingCalendar cal = calendar2026();
    CHECK(cal.effectiveReceiptDay(local(2026, 11, 23, 16, 0)) == d(2026, 11, 24));
    CHECK(cal.addWorkingDays(local(2026, 11, 23, 16, 0), 1) == d(2026, 11, 25));
    CHECK(cal.addWorkingDays(local(2026, 11, 23, 19, 45), 3) == d(2026, 11, 27));
    // Friday evening: received Monday, 1 working day later is Tuesday.
    CHECK(cal.addWorkingDays(local(2026, 11, 27, 17, 0), 1) == d(2026, 12, 1));
    // Tuesday 17 March after closing: received Wednesday 25, so 3 working days end on Monday 30.
    CHECK(cal.addWorkingDays(local(2026, 3, 17, 16, 30), 3) == d(2026, 3, 30));
    CHECK(cal.addWorkingDays(local(2026, 3, 17, 10, 0), 3) == d(2026, 3, 27));
}

TEST_CASE("an item received on a day the office is closed counts as received the next working day")
{
    const WorkingCalendar cal = calendar2026();
    // Saturday 28 November: received Monday 30, day 1 is Tuesday 1 December.
    CHECK(cal.effectiveReceiptDay(local(2026, 11, 28, 9, 0)) == d(2026, 11, 30));
    CHECK(cal.addWorkingDays(local(2026, 11, 28, 9, 0), 1) == d(2026, 12, 1));
    // On Independence Day morning: received Tuesday 18 August.
    CHECK(cal.addWorkingDays(local(2026, 8, 17, 9, 0), 1) == d(2026, 8, 19));
    // Lebaran (cuti bersama on Monday 23 March): received Wednesday 25.
    CHECK(cal.addWorkingDays(local(2026, 3, 23, 9, 0), 2) == d(2026, 3, 27));
}

TEST_CASE("an office that opens on Saturday mornings counts Saturdays, except holidays")
{
    auto schedule = WorkingCalendar::parseSchedule(QStringLiteral("mon-fri 07:30-16:00, sat 08:00-12:00"));
    REQUIRE(schedule.ok());
    const WorkingCalendar cal(schedule.value(), holidays2026());
    CHECK(cal.isWorkingDay(d(2026, 8, 15)));
    CHECK_FALSE(cal.isWorkingDay(d(2026, 8, 16)));
    CHECK(cal.addWorkingDays(d(2026, 8, 14), 1) == d(2026, 8, 15));
    CHECK(cal.addWorkingDays(d(2026, 8, 14), 2) == d(2026, 8, 18)); // Monday 17 is Independence Day
    // Saturday 21 March is Idul Fitri: closed even for this office.
    CHECK_FALSE(cal.isWorkingDay(d(2026, 3, 21)));
    // Saturday closes at noon: received at 12:30 counts from the next working day.
    CHECK(cal.addWorkingDays(local(2026, 8, 15, 10, 0), 1) == d(2026, 8, 18));
    CHECK(cal.addWorkingDays(local(2026, 8, 15, 12, 30), 1) == d(2026, 8, 19));
}

TEST_CASE("working days between two dates exclude the first and include the last")
{
    const WorkingCalendar cal = calendar2026();
    CHECK(cal.workingDaysBetween(d(2026, 11, 23), d(2026, 11, 23)) == 0);
    CHECK(cal.workingDaysBetween(d(2026, 11, 23), d(2026, 11, 24)) == 1);
    CHECK(cal.workingDaysBetween(d(2026, 11, 23), d(2026, 11, 30)) == 5);
    CHECK(cal.workingDaysBetween(d(2026, 11, 30), d(2026, 11, 23)) == -5);
    CHECK(cal.workingDaysBetween(d(2026, 3, 17), d(2026, 3, 25)) == 1);
    CHECK(calendar2026(false).workingDaysBetween(d(2026, 3, 17), d(2026, 3, 25)) == 5);
    // The whole year: 261 weekdays minus the 21 holidays that fall on a weekday.
    CHECK(cal.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)) == 240);
    for (int n : { 0, 1, 3, 5, 10, 14, 60 })
        CHECK(cal.workingDaysBetween(d(2026, 3, 13), cal.addWorkingDays(d(2026, 3, 13), n)) == n);
}

TEST_CASE("opening hours are read from text and written back the same way")
{
    auto s = WorkingCalendar::parseSchedule(QStringLiteral("mon-thu 07:30-16:00, fri 07.30-16.30; sab 08:00-12:00"));
    REQUIRE(s.ok());
    CHECK(s->day(Qt::Friday).close == QTime(16, 30));
    CHECK(s->day(Qt::Saturday).open == QTime(8, 0));
    CHECK_FALSE(s->day(Qt::Sunday).isOpen());
    CHECK(WorkingCalendar::formatSchedule(s.value())
        == QLatin1String("mon-thu 07:30-16:00, fri 07:30-16:30, sat 08:00-12:00"));
    CHECK(WorkingCalendar::formatSchedule(WorkingCalendar::defaultSchedule()) == QLatin1String("mon-fri 07:30-16:00"));
}

TEST_CASE("opening hours that close before they open or name no day are refused")
{
    auto backwards = WorkingCalendar::parseSchedule(QStringLiteral("mon-fri 16:00-07:30"));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(QStringLiteral("before the closing time")));
    auto twice = WorkingCalendar::parseSchedule(QStringLiteral("mon-fri 07:30-16:00, fri 08:00-11:00"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("fri is given twice")));
    CHECK_FALSE(WorkingCalendar::parseSchedule(QStringLiteral("")).ok());
    CHECK_FALSE(WorkingCalendar::parseSchedule(QStringLiteral("weekdays 07:30-16:00")).ok());
    CHECK_FALSE(WorkingCalendar::parseSchedule(QStringLiteral("mon 25:00-26:00")).ok());
}

TEST_CASE("a schedule with no open day gives no date instead of searching forever")
{
    const WorkingCalendar closed(WeeklySchedule {}, {});
    CHECK_FALSE(closed.nextWorkingDay(d(2026, 11, 23)).isValid());
    CHECK_FALSE(closed.addWorkingDays(d(2026, 11, 23), 3).isValid());
}
