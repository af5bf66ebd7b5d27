// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

enum class BackupKind {
    Daily, // loket-2026-11-22.db (a server's: .dump): the automatic backup of that office day
    Monthly, // loket-2026-11-monthly.db: a copy of the first automatic backup of that month
    Manual, // loket-manual-20261122-203015.db: made on request; never deleted by Loket
};

// What a backup's file name says about it.
struct BackupName {
    BackupKind kind = BackupKind::Manual;
    QDate date; // daily: that day; monthly: the 1st of the month; manual: the day it was made
};

// Loket's backup file names, and which automatic backups to keep.
// Only names this class produces are ever deleted: anything else in the
// backup folder (an admin's own copies, other programs' files, manual
// backups) is left alone. Daily and monthly copies are separate files, so
// the newest `keepDaily` daily files and the newest `keepMonthly` monthly
// files are kept independently (14 + 12 files by default).
class BackupRetention
{
public:
    BackupRetention(int keepDaily, int keepMonthly);

    // suffix: ".db" for a database file's backups, ".dump" for a server's
    // (Backup::fileSuffix); both kinds are parsed, listed and rotated together.
    static QString dailyFileName(QDate day, const QString &suffix = QStringLiteral(".db"));
    static QString monthlyFileName(QDate dayInMonth, const QString &suffix = QStringLiteral(".db"));
    static QString manualFileName(const QDateTime &localTime, const QString &suffix = QStringLiteral(".db"));
    static QString kindCode(BackupKind kind); // "daily", "monthly", "manual"

    // nullopt for a name Loket did not make (or an impossible date in it).
    static std::optional<BackupName> parse(const QString &fileName);

    // The file names among `fileNames` (names only, no folders) to delete.
    QStringList toDelete(const QStringList &fileNames) const;

    int keepDaily() const { return m_keepDaily; }
    int keepMonthly() const { return m_keepMonthly; }

private:
    int m_keepDaily;
    int m_keepMonthly;
};

} // namespace loket
