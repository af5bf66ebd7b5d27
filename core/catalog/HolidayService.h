// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/WorkingCalendar.h"
#include "core/storage/Database.h"

namespace loket {

struct HolidayImportSummary {
    int added = 0;
    int updated = 0; // the date was stored with another kind or name
    int unchanged = 0;
};

// The holiday table the admin maintains each year. Religious holidays move
// every year, so they are imported from the official list, never computed.
// Changes need Permission::ManageSettings and are audited.
class HolidayService
{
    Q_DECLARE_TR_FUNCTIONS(HolidayService)
public:
    explicit HolidayService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // All holidays, or those of one year (year 0 = all), by date.
    Result<QList<Holiday>> list(int year = 0) const;
    Status add(const Actor &actor, const Holiday &holiday); // Conflict when the date is already listed
    Status remove(const Actor &actor, QDate date); // NotFound when it is not listed
    // All or nothing: a file with any problem changes nothing. A date already
    // stored takes the kind and name from the file.
    Result<HolidayImportSummary> importCsv(const Actor &actor, const QByteArray &csvUtf8);
    Result<HolidayImportSummary> importHolidays(const Actor &actor, const QList<Holiday> &holidays);
    Result<QString> exportCsv(int year = 0) const;

    // First run: imports the list shipped with Loket when the table is empty.
    // Returns how many were imported (0 when holidays were already there).
    Result<int> loadBundledHolidays();
    // The shipped list (CSV bytes), compiled into the program.
    static QByteArray bundledCsv();

    bool cutiBersamaIsHoliday() const;
    Status setCutiBersamaIsHoliday(const Actor &actor, bool closed);

private:
    Result<HolidayImportSummary> store(const Actor &actor, const QList<Holiday> &holidays, const QString &detail);

    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
