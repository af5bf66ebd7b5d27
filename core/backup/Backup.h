// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/backup/BackupRetention.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/HashChain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

struct BackupInfo {
    QString path; // absolute
    QString fileName;
    BackupKind kind = BackupKind::Manual;
    QDate date; // from the name (see BackupName); for another name, the day it was written
    QDateTime savedAtUtc; // the file's modification time
    qint64 sizeBytes = 0;
    int schemaVersion = -1; // -1: not readable as a Loket database
    // The audit log's chain: for a backup made, the chain it copied; for a
    // checked file, the chain in it against the anchor it holds. nullopt:
    // not checked (or a schema before the chain).
    std::optional<ChainReport> auditChain;
};

// What a backup holds, for the person about to restore it.
struct BackupContents {
    bool readable = false;
    QString officeName;    // empty: no office set up
    QDate lastTicketDay;   // the last day a ticket was issued; invalid: none
    qint64 tickets = 0;
    qint64 users = 0;
    qint64 standards = 0;  // services with a service standard
    bool isEmpty() const { return officeName.isEmpty() && tickets == 0 && users == 0 && standards == 0; }
};

struct AutoBackupResult {
    bool made = false; // false: this office day's backup was already made
    BackupInfo backup; // the daily backup, when made
    QString monthlyPath; // the monthly copy made with it, or empty
    QStringList removed; // file names deleted by the retention rule
};

struct RestoreResult {
    DatabasePtr db; // the restored database, open and upgraded to this version
    QString replacedPath; // where the previous database file was kept; empty if there was none
    int backupSchemaVersion = 0;
    int schemaVersion = 0;
};

// Backups of a Loket database and restoring one.
//
// A backup is an online copy (SQLite's VACUUM INTO, a consistent snapshot
// read while other processes go on writing; on a server, the server's own
// dump, ServerArchive, named *.dump, with the same rotation), written under a hidden
// temporary name in the target folder, checked (integrity, application id,
// schema version), flushed to disk, and only then renamed to its name: a
// file with a backup's name is always a complete, checked backup.
//
// Restoring replaces the database file, so every other process using it (the
// application, kiosks, display boards, loketctl) must be closed first. The
// restore refuses when it sees another process holding the database open
// (it can see processes on this computer that use SQLite's locks, not a
// process that is just starting or one on another computer sharing the
// file). The previous database is kept beside it as
// "loket.db.replaced-YYYYMMDD-HHMMSS" (local time) and is never deleted by Loket.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes a checked copy of `db` to `targetFile` (a file name, not a
    // folder). Verifies the audit log chain first and copies its end into the
    // settings (so into the backup too); a broken chain is backed up all the
    // same and reported in BackupInfo::auditChain. Refuses to replace an existing file unless `overwrite`. Uses
    // the calling thread's connection, which must not be inside a transaction.
    static Result<BackupInfo> create(const Database &db, const QString &targetFile, bool overwrite = false,
        const Clock &clock = SystemClock::instance());

    // A backup on request into prepareFolder(db), named
    // loket-manual-YYYYMMDD-HHMMSS.db after the computer's local time.
    static Result<BackupInfo> createManual(const DatabasePtr &db, const Clock &clock);

    // The folder for automatic and manual backups: SettingKey::BackupFolder,
    // or "backups" beside the database file when that is empty.
    static QString folder(const DatabasePtr &db);
    // How this database's backups end: ".db" (a file's), ".dump" (a server's).
    static QString fileSuffix(const Database &db);
    static QString defaultFolder(const Database &db);
    // folder(db), created if it is the default one; an error if it cannot be written.
    static Result<QString> prepareFolder(const DatabasePtr &db);

    // At each start of the application: on the first start of an office day
    // makes that day's backup (loket-YYYY-MM-DD.db) in folder(db), a monthly
    // copy (loket-YYYY-MM-monthly.db) if the month has none yet, records
    // SettingKey::LastAutoBackupDay, and deletes the daily and monthly
    // backups beyond SettingKey::BackupKeepDaily / BackupKeepMonthly (see
    // BackupRetention). Several processes starting at once make one backup.
    // A failed backup is tried again at the next start.
    static Result<AutoBackupResult> autoBackupIfDue(const DatabasePtr &db, const Clock &clock, QDate officeLocalDate);

    // Loket's backups in `folder` (daily, monthly, manual), newest first. A
    // folder that does not exist yet has none.
    static Result<QList<BackupInfo>> list(const QString &folder);
    // What the file's name and header say, without a full check.
    static BackupInfo describe(const QString &file);

    // Checks that `file` can be restored: a SQLite database of Loket that
    // passes PRAGMA integrity_check and whose schema this version knows.
    // Reports the state of the audit log chain in it (BackupInfo::auditChain).
    static Result<BackupInfo> verify(const QString &file);

    // What `file` holds (office, last ticket day, counts), read without
    // changing it; and the same as lines of text, calling an empty one out
    // ("This backup is empty").
    static BackupContents contents(const QString &file);
    static QString contentsText(const BackupContents &contents);

    // The hidden copies of backups and restores that were cut off (power
    // loss, a killed process) in the backup folder and beside the database:
    // removed at the next start. A copy of a backup still running in another
    // process is left alone. Returns the names removed.
    static QStringList removeInterrupted(const DatabasePtr &db, const Clock &clock);

    // The audit chain anchor held by the newest backup in folder(db) made
    // after the last restore (none if there is no such backup).
    static QList<ChainAnchor> auditAnchors(const DatabasePtr &db);

    // Puts `backupFile` in place of the database file `databasePath` (which
    // may not exist yet). Checks the backup first and changes nothing when it
    // fails. This process must hold no connection to `databasePath`.
    // For a server's URL: a server's backup (*.dump) restored into that
    // database, which must be new and empty (a restore never replaces an
    // office on a server); all or nothing. RestoreResult::replacedPath is empty.
    static Result<RestoreResult> restore(const QString &databasePath, const QString &backupFile, const Clock &clock);

    // The same for the application: `actor` needs Permission::ManageBackups
    // (a refusal is audited in the current database, a restore in the
    // restored one as "backup.restore"). `db` must be the last reference to
    // the open database: pages and services holding it must let go first.
    // On success `db` is the restored database; on failure it is the
    // previous one, reopened (null only if that cannot be opened any more).
    static Result<RestoreResult> restore(
        const Actor &actor, DatabasePtr &db, const QString &backupFile, const Clock &clock);

private:
    static Result<RestoreResult> restoreOntoServer(const QString &url, const QString &backupFile, const Clock &clock);
    static QStringList processesHolding(const QString &databasePath);
    static Error lockedError(const QString &databasePath, const QStringList &pids);
};

} // namespace loket
