// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Backup::restore: putting a backup in place of the database file, and the
// administrator's restore (permission checked and audited with AuditLog).
#include "core/backup/Backup.h"
#include "core/storage/DatabaseFileReader.h"
#include "core/storage/ServerArchive.h"

#include "core/auth/AuditLog.h"
#include "core/backup/BackupFiles.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

namespace loket {

using namespace backupfiles;

namespace {

// SQLite's lock bytes (os_unix.c): every connection holds a read lock on the
// "dead man switch" byte of the -shm file while it is in WAL mode, and a
// shared lock in the range from the pending byte while it reads.
constexpr off_t kShmDeadManSwitch = 128;
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kLockRange = 512;

// The process holding a lock that conflicts with a write lock, or 0. Locks of
// this process never conflict, and closing the descriptor drops this
// process's locks on the file: only call it with no connection open here.
qint64 lockHolder(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    qint64 pid = 0;
    if (::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK)
        pid = lock.l_pid > 0 ? lock.l_pid : -1;
    ::close(fd);
    return pid;
}

QString replacedName(const QString &path, const Clock &clock)
{
    const QString base = path + QStringLiteral(".replaced-")
        + clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

QStringList Backup::processesHolding(const QString &databasePath)
{
    QStringList pids;
    for (const qint64 pid : { lockHolder(databasePath + QStringLiteral("-shm"), kShmDeadManSwitch, 1),
             lockHolder(databasePath, kPendingByte, kLockRange) }) {
        const QString shown = pid > 0 ? QString::number(pid) : QStringLiteral("?");
        if (pid != 0 && !pids.contains(shown))
            pids << shown;
    }
    return pids;
}

Error Backup::lockedError(const QString &databasePath, const QStringList &pids)
{
    return makeError(ErrorCode::Locked,
        tr("Another program (process %2) has the database %1 open. Close every Loket window, kiosk, "
           "display board and loketctl command using it, then restore again. Nothing was changed.")
            .arg(QDir::toNativeSeparators(databasePath), pids.join(QStringLiteral(", "))));
}

Result<RestoreResult> Backup::restore(const QString &databasePath, const QString &backupFile, const Clock &clock)
{
    if (databasePath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No database file was given."));
    if (DatabaseLocation::looksLikeUrl(databasePath))
        return restoreOntoServer(databasePath, backupFile, clock);
    auto checked = verify(backupFile);
    if (!checked)
        return checked.error();

    const QFileInfo dbInfo(databasePath);
    const QString path = dbInfo.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = dbInfo.absolutePath();
    if (Status writable = checkWritableFolder(folder); !writable)
        return writable.error();
    if (dbInfo.exists() && dbInfo.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder, not a database file.").arg(shown));
    if (dbInfo.exists() && dbInfo.canonicalFilePath() == QFileInfo(checked->path).canonicalFilePath()) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is the database itself, not a backup of it. Choose a backup file.").arg(shown));
    }
    if (const QStringList pids = processesHolding(path); !pids.isEmpty())
        return lockedError(path, pids);

    // The copy is checked where it will stay, before the database is touched.
    const QString partial = partialPath(folder, QStringLiteral("restore"));
    if (Status copied = copyFile(checked->path, partial); !copied)
        return copied.error();
    if (auto copy = verify(partial); !copy) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
            tr("The copy of the backup beside %1 failed its check (%2). Nothing was "
               "changed. Check the disk, then try again.")
                .arg(shown, copy.error().message));
    }

    RestoreResult result;
    result.backupSchemaVersion = checked->schemaVersion;
    const QString wal = path + QStringLiteral("-wal");
    const bool hadDatabase = dbInfo.exists();
    // With a hard link the old file gets its new name first and the backup
    // then replaces the database name in one step: there is no moment
    // without a database file (Database::open would make an empty one).
    bool linked = false;
    bool movedWal = false;
    // Undoes the steps below; `swapped`: the database name holds the backup.
    auto putBack = [&](bool swapped) {
        if (swapped || !hadDatabase) {
            QFile::remove(wal);
            QFile::remove(path + QStringLiteral("-shm"));
        }
        if (!hadDatabase)
            return;
        if (swapped)
            QFile::remove(path);
        if (linked && !swapped)
            QFile::remove(result.replacedPath);
        else
            renameNew(result.replacedPath, path);
        if (movedWal)
            renameNew(result.replacedPath + QStringLiteral("-wal"), wal);
        syncFolder(folder);
    };
    const Error notMoved = makeError(ErrorCode::Io,
        tr("The database %1 could not be moved aside. Nothing was changed. Check the folder's permissions, then try "
           "again.")
            .arg(shown));

    if (hadDatabase) {
        // What the write-ahead log holds goes into the file, so the file moved aside is complete alone
        // (best effort: a damaged database is moved aside with its -wal instead).
        checkpointDatabaseFile(path);
        if (const QStringList pids = processesHolding(path); !pids.isEmpty()) {
            QFile::remove(partial);
            return lockedError(path, pids);
        }
        result.replacedPath = replacedName(path, clock);
        linked = ::link(QFile::encodeName(path).constData(), QFile::encodeName(result.replacedPath).constData()) == 0;
        if (!linked && !renameNew(path, result.replacedPath)) {
            QFile::remove(partial);
            return notMoved;
        }
        // After the checkpoint the log is empty; if it is not (a damaged
        // database), it goes along, so the kept file loses nothing.
        if (QFileInfo(wal).size() > 0) {
            if (!renameNew(wal, result.replacedPath + QStringLiteral("-wal"))) {
                QFile::remove(partial);
                putBack(false);
                return notMoved;
            }
            movedWal = true;
            privatefiles::makePrivate(result.replacedPath + QStringLiteral("-wal"));
        } else {
            QFile::remove(wal);
        }
        QFile::remove(path + QStringLiteral("-shm"));
    }

    // The kept copy is as private as a backup, whatever the old file's mode.
    if (hadDatabase)
        privatefiles::makePrivate(result.replacedPath);

    if (!(linked ? renameReplacing(partial, path) : renameNew(partial, path))) {
        QFile::remove(partial);
        putBack(false);
        return makeError(ErrorCode::Io,
            tr("The backup could not be put in place of %1; the previous database was put back. Check "
               "the folder's permissions, then try again.")
                .arg(shown));
    }
    syncFolder(folder);

    auto opened = Database::open(path);
    if (!opened) {
        putBack(true);
        return makeError(opened.error().code,
            tr("The restored database could not be opened, so the previous "
               "database was put back: %1")
                .arg(opened.error().message));
    }
    result.db = opened.value();
    result.schemaVersion = result.db->schemaVersion();
    // Backups made before this moment may hold a longer audit log than the
    // restored one: their anchors no longer apply to it.
    (void)result.db->transaction([&] {
        return SettingsStore(result.db).setValue(QLatin1String(SettingKey::AuditChainRestoredAt), clock.nowMs());
    });
    return result;
}

Result<RestoreResult> Backup::restoreOntoServer(const QString &url, const QString &backupFile, const Clock &clock)
{
    auto where = DatabaseLocation::parse(url);
    if (!where)
        return where.error();
    auto checked = verify(backupFile);
    if (!checked)
        return checked.error();
    if (!ServerArchive::isArchive(checked->path)) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is a database file's backup: copy it into a new, empty database on the server with "
               "\"loketctl db copy --from BACKUP --to URL\", then let the PCs use that one (docs/deployment.md).")
                .arg(QDir::toNativeSeparators(checked->path)));
    }
    // Never over an office: only into a new, empty database.
    {
        DatabaseOptions probe;
        probe.createIfMissing = false;
        probe.migrate = false;
        auto existing = Database::open(url, probe);
        if (existing) {
            return makeError(ErrorCode::Conflict,
                tr("The database %1 already holds a Loket office, and a restore never replaces one. Create a new, "
                   "empty database on the server (createdb), restore into it, then let the PCs use it "
                   "(docs/deployment.md). Nothing was changed.")
                    .arg(where->display()));
        }
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    if (Status restored = ServerArchive::restore(where.value(), checked->path); !restored) {
        Error e = restored.error();
        e.message += QLatin1Char(' ') + tr("Nothing was restored: the database %1 is as it was.").arg(where->display());
        return e;
    }
    auto opened = Database::open(url);
    if (!opened)
        return opened.error();
    RestoreResult result;
    result.db = opened.value();
    result.backupSchemaVersion = checked->schemaVersion;
    result.schemaVersion = result.db->schemaVersion();
    (void)result.db->transaction([&] {
        return SettingsStore(result.db).setValue(QLatin1String(SettingKey::AuditChainRestoredAt), clock.nowMs());
    });
    return result;
}

Result<RestoreResult> Backup::restore(
    const Actor &actor, DatabasePtr &db, const QString &backupFile, const Clock &clock)
{
    if (!db)
        return makeError(ErrorCode::InvalidState, tr("No database is open to restore into."));
    const QString action = QStringLiteral("backup.restore");
    const QString entity = QStringLiteral("backup");
    const QString path = db->path();
    {
        const AuditLog audit(db, clock);
        if (Status allowed = audit.require(actor, Permission::ManageBackups, action, entity, backupFile); !allowed)
            return allowed.error();
        auto checked = verify(backupFile);
        if (!checked) {
            (void)audit.record(actor, action, entity, backupFile, checked.error().message, QStringLiteral("failed"));
            return checked.error();
        }
    }
    if (db.use_count() > 1) {
        return makeError(ErrorCode::InvalidState,
            tr("Other parts of Loket still use the database, so it cannot be replaced now. Close the "
               "other pages and windows, then restore again."));
    }
    db.reset();
    auto restored = restore(path, backupFile, clock);
    if (!restored) {
        auto reopened = Database::open(path);
        if (reopened) {
            db = reopened.value();
            (void)AuditLog(db, clock).record(
                actor, action, entity, backupFile, restored.error().message, QStringLiteral("failed"));
        }
        return restored.error();
    }
    db = restored->db;
    (void)AuditLog(db, clock).record(actor, action, entity, backupFile,
        QStringLiteral("schema %1 -> %2; previous database kept as %3")
            .arg(restored->backupSchemaVersion)
            .arg(restored->schemaVersion)
            .arg(restored->replacedPath));
    return restored;
}

} // namespace loket
