// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace loket {

// The little a standard needs from the office calendar to turn "N working
// days" into a date. Kept as an interface so standards do not depend on how
// the calendar is stored; WorkingDaysAdapter wraps core/common's
// WorkingCalendar (or anything with the same two functions).
class WorkingDays
{
public:
    virtual ~WorkingDays() = default;
    virtual bool isWorkingDay(QDate date) const = 0;
    // The n-th working day after an item received at `localReceivedAt`
    // (office-local wall time). The default counts from the day after the
    // date received, skipping days that are not working days; calendars that
    // know the closing time override it.
    virtual QDate addWorkingDays(const QDateTime &localReceivedAt, int n) const;
};

// Working days decided by a callback, e.g. [](QDate d) { return d.dayOfWeek() <= 5; }.
class WorkingDaysFunction final : public WorkingDays
{
public:
    explicit WorkingDaysFunction(std::function<bool(QDate)> isWorking)
        : m_isWorking(std::move(isWorking))
    { }
    bool isWorkingDay(QDate date) const override { return m_isWorking(date); }

private:
    std::function<bool(QDate)> m_isWorking;
};

// Wraps any calendar with isWorkingDay(QDate) and
// addWorkingDays(const QDateTime &, int), such as WorkingCalendar.
template<typename Calendar> class WorkingDaysAdapter final : public WorkingDays
{
public:
    explicit WorkingDaysAdapter(const Calendar &calendar)
        : m_calendar(calendar)
    { }
    bool isWorkingDay(QDate date) const override { return m_calendar.isWorkingDay(date); }
    QDate addWorkingDays(const QDateTime &localReceivedAt, int n) const override
    {
        return m_calendar.addWorkingDays(localReceivedAt, n);
    }

private:
    const Calendar &m_calendar;
};

} // namespace loket
