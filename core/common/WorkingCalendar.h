// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <array>
#include <optional>

namespace loket {

// A holiday as the yearly joint ministerial decree (SKB) lists it, or a
// closure the office decides itself.
enum class HolidayKind { LiburNasional, CutiBersama, LiburLokal };

QString holidayKindCode(HolidayKind kind); // "libur_nasional", "cuti_bersama", "libur_lokal"
std::optional<HolidayKind> holidayKindFromCode(const QString &code);
QString holidayKindDisplayName(HolidayKind kind); // translated

struct Holiday {
    QDate date;
    HolidayKind kind = HolidayKind::LiburNasional;
    QString name;
    bool operator==(const Holiday &) const = default;
};

// Opening hours of one weekday (office-local wall time); closed when either time is invalid.
struct DayHours {
    QTime open;
    QTime close;
    bool isOpen() const { return open.isValid() && close.isValid(); }
    bool operator==(const DayHours &) const = default;
};

struct WeeklySchedule {
    std::array<DayHours, 7> days; // [0] = Monday … [6] = Sunday, as Qt::DayOfWeek - 1
    const DayHours &day(int weekday) const { return days.at(weekday - 1); }
    DayHours &day(int weekday) { return days.at(weekday - 1); }
    bool hasOpenDay() const;
    bool operator==(const WeeklySchedule &) const = default;
};

// Which days the office works, and arithmetic in working days. A pure value:
// it knows only what it is given (see CalendarRepository for the database).
//
// Rules:
// - A working day is a date whose weekday is open in the schedule and that is
//   not a holiday. Libur nasional and libur lokal always close the office;
//   cuti bersama does when cutiBersamaIsHoliday() (the default).
// - addWorkingDays(date, n), n > 0: the n-th working day strictly after
//   `date`; `date` itself never counts, working day or not
//   (Saturday + 1 = Monday; Monday + 1 = Tuesday). n = 0 returns `date`;
//   n < 0 counts backwards the same way.
// - addWorkingDays(receivedAt, n) first finds the day the item counts as
//   received (effectiveReceiptDay): the date of receivedAt when that is a
//   working day and the time is before that day's closing time; otherwise
//   (at or after closing time, or on a day the office is closed) the next
//   working day. Then it adds n working days to that day. So with n = 1:
//   Monday 10:00 → Tuesday; Monday 16:30 → Wednesday; Saturday → Tuesday.
// - workingDaysBetween(a, b) counts the working days d with a < d <= b
//   (a excluded, b included); negative when b < a. Thus
//   workingDaysBetween(a, addWorkingDays(a, n)) == n for n >= 0.
// Functions that cannot find a working day (a schedule with no open day)
// return an invalid QDate.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    WorkingCalendar(); // default schedule, no holidays, cuti bersama is a holiday
    explicit WorkingCalendar(
        WeeklySchedule schedule, const QList<Holiday> &holidays = {}, bool cutiBersamaIsHoliday = true);

    // Monday–Friday 07:30–16:00 (Perpres 21/2023).
    static WeeklySchedule defaultSchedule();

    // Schedules as text, e.g. "mon-fri 07:30-16:00, sat 08:00-12:00"; days not
    // named are closed. Used by loketctl and handy in tests.
    static Result<WeeklySchedule> parseSchedule(const QString &text);
    static QString formatSchedule(const WeeklySchedule &schedule);

    const WeeklySchedule &schedule() const { return m_schedule; }
    void setSchedule(const WeeklySchedule &schedule) { m_schedule = schedule; }
    QList<Holiday> holidays() const { return m_holidays.values(); }
    void setHolidays(const QList<Holiday> &holidays);
    void addHoliday(const Holiday &holiday) { m_holidays.insert(holiday.date, holiday); }
    bool cutiBersamaIsHoliday() const { return m_cutiBersamaIsHoliday; }
    void setCutiBersamaIsHoliday(bool on) { m_cutiBersamaIsHoliday = on; }

    bool isWorkingDay(QDate date) const;
    // The listed holiday on `date`, whether or not it closes the office
    // (a cuti bersama is listed even when the setting keeps the office open).
    std::optional<Holiday> holiday(QDate date) const;
    QString holidayName(QDate date) const; // empty when none is listed
    DayHours hoursOn(QDate date) const; // closed on a non-working day

    QDate nextWorkingDay(QDate date) const; // first working day strictly after `date`
    QDate previousWorkingDay(QDate date) const; // last working day strictly before `date`
    QDate addWorkingDays(QDate date, int n) const;
    QDate effectiveReceiptDay(const QDateTime &localReceivedAt) const; // date()/time() read as office-local
    QDate addWorkingDays(const QDateTime &localReceivedAt, int n) const;
    int workingDaysBetween(QDate a, QDate b) const;

private:
    QDate step(QDate date, int direction) const;

    WeeklySchedule m_schedule;
    QMap<QDate, Holiday> m_holidays;
    bool m_cutiBersamaIsHoliday = true;
};

} // namespace loket
