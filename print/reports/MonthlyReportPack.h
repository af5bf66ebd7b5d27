// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace loket {

// The month's report pack (PDF and workbook) written into a folder, and the
// schedule: on the first working day of a month (office-local, with the
// office's holidays) or on any later day of it, the previous month's pack
// is written once — the month written is remembered in the settings
// (reports.pack_last_month), so running it every day (cron) writes it once.
struct PackWritten {
    QDate month;     // invalid: nothing was due
    QString pdf;     // absolute paths
    QString xlsx;
    int pages = 0;
    QDate dueFrom;   // the first working day of this month (when the pack is due)
    bool alreadyDone = false; // due, but written before
};

class MonthlyReportPack
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPack)
public:
    MonthlyReportPack(DatabasePtr db, const Clock &clock);

    // "laporan-bulanan-2026-11.pdf" / ".xlsx".
    static QString fileName(QDate month, const QString &extension);
    // Writes the month's pack into `folder` (files 0600).
    Result<PackWritten> write(const Actor &actor, QDate month, const QString &folder) const;
    // The schedule's run: writes the previous month's pack when due and not yet written.
    Result<PackWritten> writeDue(const Actor &actor, const QString &folder) const;

    // The schedule's folder (reports.pack_folder): Loket writes the pack there
    // by itself when it starts; empty: not scheduled.
    QString scheduledFolder() const;
    // Supervisors and administrators (ViewReports); the folder must exist.
    // Empty stops the schedule. Audited as "report.schedule".
    Status setScheduledFolder(const Actor &actor, const QString &folder) const;
    // At start: the due pack into the scheduled folder; nothing when none is set.
    Result<PackWritten> runSchedule() const;

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
