// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/OfficeTime.h"
#include "core/common/Result.h"
#include "core/common/WorkingCalendar.h"
#include "core/storage/Database.h"

namespace loket {

// Builds the office's WorkingCalendar and OfficeTime from the database:
// opening hours, the holiday table and the cuti bersama setting. Read-only;
// load again after a change (the values do not follow the database).
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
public:
    explicit CalendarRepository(DatabasePtr db);

    Result<WorkingCalendar> load() const;
    // The stored opening hours, or the default week when none are stored yet.
    Result<WeeklySchedule> weeklySchedule() const;
    // All stored holidays, or those of one year (year 0 = all), by date.
    Result<QList<Holiday>> holidays(int year = 0) const;
    // The office's time zone; WIB while the office is not set up.
    Result<OfficeTime> officeTime() const;

private:
    DatabasePtr m_db;
};

} // namespace loket
