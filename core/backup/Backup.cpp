// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/Backup.h"

#include "core/storage/DatabaseCopy.h"

#include "core/backup/BackupFiles.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/AuditChain.h"
#include "core/storage/DatabaseFileReader.h"
#include "core/storage/Migrations.h"
#include "core/storage/ServerArchive.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStorageInfo>

#include <algorithm>

namespace loket {

using namespace backupfiles;

namespace {

// The engine's whole-file check, on a file nobody writes.
QString integrityProblem(const QString &path)
{
    return DatabaseFileReader(path).integrityProblem();
}

} // namespace

namespace {

// The anchor a backup file holds, and its chain checked against it.
struct FileChain {
    std::optional<ChainAnchor> anchor;
    std::optional<ChainReport> report;
};

FileChain fileChain(const QString &path, bool check)
{
    FileChain out;
    const DatabaseFileReader file(path);
    if (file.isOpen()) {
        {
            QSqlQuery q(file.connection());
            q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
            q.addBindValue(QLatin1String(SettingKey::AuditChainAnchor));
            if (q.exec() && q.next())
                out.anchor = ChainAnchor::fromJson(q.value(0).toString());
            if (out.anchor)
                out.anchor->source = Backup::tr("the backup %1").arg(QFileInfo(path).fileName());
        }
        if (check) {
            if (auto report = auditChain().verify(file.connection(), out.anchor))
                out.report = report.value();
        }
    }
    return out;
}

qint64 restoredAtMs(const Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(SettingKey::AuditChainRestoredAt));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The anchor reaching furthest among the backups in `folder` made after `sinceMs`.
QList<ChainAnchor> newestAnchorIn(const QString &folder, qint64 sinceMs)
{
    std::optional<ChainAnchor> newest;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("loket-*.db")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        const auto anchor = fileChain(fi.absoluteFilePath(), false).anchor;
        if (anchor && anchor->writtenAtMs >= sinceMs && (!newest || anchor->seq > newest->seq))
            newest = anchor;
    }
    return newest ? QList<ChainAnchor> {*newest} : QList<ChainAnchor> {};
}

} // namespace

QList<ChainAnchor> Backup::auditAnchors(const DatabasePtr &db)
{
    if (!db)
        return {};
    return newestAnchorIn(folder(db), restoredAtMs(*db));
}

QString Backup::fileSuffix(const Database &db)
{
    return db.isServer() ? ServerArchive::fileSuffix() : QStringLiteral(".db");
}

QString Backup::defaultFolder(const Database &db)
{
    // A server's database has no folder of its own: this PC's data folder.
    if (db.isServer())
        return QDir::cleanPath(QFileInfo(Database::defaultFilePath()).absolutePath() + QStringLiteral("/backups"));
    return QDir::cleanPath(QFileInfo(db.path()).absolutePath() + QStringLiteral("/backups"));
}

QString Backup::folder(const DatabasePtr &db)
{
    const QString configured = SettingsStore(db).stringValue(QLatin1String(SettingKey::BackupFolder)).trimmed();
    if (configured.isEmpty())
        return defaultFolder(*db);
    // A relative folder is taken from the database's folder, not from
    // wherever the program happened to be started.
    return QDir::cleanPath(QDir(QFileInfo(defaultFolder(*db)).absolutePath()).absoluteFilePath(configured));
}

Result<QString> Backup::prepareFolder(const DatabasePtr &db)
{
    const QString dir = folder(db);
    // A folder the admin chose (a USB drive, a network share) is never
    // created: when it is missing, the drive is not there.
    if (dir == defaultFolder(*db) && !QFileInfo::exists(dir))
        privatefiles::makePrivateFolder(dir);
    if (Status writable = checkWritableFolder(dir); !writable)
        return writable.error();
    return dir;
}

BackupInfo Backup::describe(const QString &file)
{
    const QFileInfo fi(file);
    BackupInfo info;
    info.path = fi.absoluteFilePath();
    info.fileName = fi.fileName();
    info.sizeBytes = fi.size();
    info.savedAtUtc = fi.lastModified().toUTC();
    if (const auto name = BackupRetention::parse(info.fileName)) {
        info.kind = name->kind;
        info.date = name->date;
    } else {
        info.kind = BackupKind::Manual;
        info.date = fi.lastModified().date();
    }
    const DatabaseFileHeader h = readDatabaseFileHeader(info.path);
    if (h.isDatabase && h.applicationId == static_cast<quint32>(Migrations::applicationId()))
        info.schemaVersion = h.schemaVersion;
    return info;
}

Result<QList<BackupInfo>> Backup::list(const QString &folder)
{
    QList<BackupInfo> out;
    const QDir dir(folder);
    if (!dir.exists())
        return out;
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (BackupRetention::parse(name))
            out << describe(dir.filePath(name));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.savedAtUtc != b.savedAtUtc)
            return a.savedAtUtc > b.savedAtUtc;
        return a.fileName > b.fileName;
    });
    return out;
}

Result<BackupInfo> Backup::verify(const QString &file)
{
    if (file.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No backup file was given."));
    const QFileInfo fi(file);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    if (!fi.exists()) {
        return makeError(
            ErrorCode::NotFound, tr("The backup file %1 does not exist. Check the name and the folder.").arg(shown));
    }
    if (fi.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder. Choose a backup file.").arg(shown));
    {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::ReadOnly,
                tr("The backup file %1 cannot be read (%2). Check the file's permissions.")
                    .arg(shown, f.errorString()));
        }
    }
    if (ServerArchive::isArchive(fi.absoluteFilePath())) {
        auto version = ServerArchive::schemaVersion(fi.absoluteFilePath());
        if (!version)
            return version.error();
        if (version.value() > Migrations::latestVersion()) {
            return makeError(ErrorCode::NewerSchema,
                tr("The backup %1 was made by a newer version of Loket (schema %2; this version knows up to "
                   "%3). Install the newer Loket to restore it.")
                    .arg(shown)
                    .arg(version.value())
                    .arg(Migrations::latestVersion()));
        }
        BackupInfo info = describe(fi.absoluteFilePath());
        info.schemaVersion = version.value();
        return info;
    }
    const DatabaseFileHeader h = readDatabaseFileHeader(fi.absoluteFilePath());
    if (!h.isDatabase) {
        return makeError(ErrorCode::NotADatabase,
            tr("%1 is not a Loket backup: it is not a database file (it holds something else or is "
               "damaged). Choose a backup made by Loket.")
                .arg(shown));
    }
    if (h.applicationId != static_cast<quint32>(Migrations::applicationId()) || h.schemaVersion < 1) {
        return makeError(ErrorCode::NotADatabase,
            tr("%1 is a database of another program, not a Loket backup. Choose a backup made by Loket.").arg(shown));
    }
    if (h.schemaVersion > Migrations::latestVersion()) {
        return makeError(ErrorCode::NewerSchema,
            tr("The backup %1 was made by a newer version of Loket (schema %2; this version knows up to "
               "%3). Install the newer Loket to restore it.")
                .arg(shown)
                .arg(h.schemaVersion)
                .arg(Migrations::latestVersion()));
    }
    const QFileInfo wal(fi.absoluteFilePath() + QStringLiteral("-wal"));
    if (h.writeAheadLog && wal.exists() && wal.size() > 0) {
        return makeError(ErrorCode::InvalidState,
            tr("%1 is a database in use, not a finished backup: part of it is still in %2. Close the "
               "program using it (or open it once with Loket), then try again.")
                .arg(shown, QDir::toNativeSeparators(wal.absoluteFilePath())));
    }
    if (const QString problem = integrityProblem(fi.absoluteFilePath()); !problem.isEmpty()) {
        // The engine's English report is the detail (the log, loketctl --verbose), never the message.
        const QString &detail = problem;
        qCWarning(lcErrorDetail, "backup %s: %s", qUtf8Printable(shown), qUtf8Printable(detail));
        return makeError(ErrorCode::NotADatabase,
            tr("The backup %1 is damaged. Choose another backup, for example the one of the day before.").arg(shown),
            detail);
    }
    BackupInfo info = describe(fi.absoluteFilePath());
    info.schemaVersion = h.schemaVersion;
    if (h.schemaVersion >= 4)
        info.auditChain = fileChain(fi.absoluteFilePath(), true).report;
    return info;
}

Result<BackupInfo> Backup::create(const Database &db, const QString &targetFile, bool overwrite, const Clock &clock)
{
    if (targetFile.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No file was given for the backup."));
    const QFileInfo target(targetFile);
    const QString path = target.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = target.absolutePath();
    if (Status writable = checkWritableFolder(folder); !writable)
        return writable.error();
    if (target.exists()) {
        if (target.isDir())
            return makeError(
                ErrorCode::InvalidInput, tr("%1 is a folder. Give a file name for the backup.").arg(shown));
        if (target.canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath()) {
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is the database itself. Choose another file for the backup.").arg(shown));
        }
        if (!overwrite) {
            return makeError(ErrorCode::Conflict,
                tr("The file %1 already exists. Choose another name, or allow replacing it.").arg(shown));
        }
    }

    const int version = db.schemaVersion();
    // The chain is checked against the newest anchor, and its end copied
    // into the settings, so the backup carries it. A broken chain is backed
    // up all the same (the backup is the evidence) and reported.
    std::optional<ChainReport> chain;
    if (version >= 4) {
        QList<ChainAnchor> anchors = newestAnchorIn(folder, restoredAtMs(db));
        if (auto report = anchorAuditChain(db, clock.nowMs(), anchors))
            chain = report.value();
        else
            qWarning("loket: backup: the audit log chain could not be checked: %s",
                qPrintable(report.error().message));
        if (chain && !chain->intact())
            qWarning("loket: backup: the audit log chain is %s", qPrintable(chain->summary()));
    }
    const QString partial = partialPath(folder, QStringLiteral("backup"));
    // Made empty and private first: VACUUM INTO fills an empty file and keeps
    // its mode, so the copy is never readable by others, not even half-written.
    if (!createPrivateFile(partial)) {
        return makeError(ErrorCode::Io,
            tr("The backup file %1 cannot be created. Check the folder.").arg(shown));
    }
    if (db.isServer()) {
        // A server's backup is the server's own dump, read from one snapshot
        // while the counters go on, into the empty private file.
        if (Status dumped = ServerArchive::write(db, partial); !dumped) {
            QFile::remove(partial);
            const QStorageInfo disk(folder);
            if (disk.isValid() && disk.bytesAvailable() == 0)
                return diskFull(path);
            return dumped.error();
        }
    } else {
        if (Status copied = db.copyToFile(partial); !copied) {
            QFile::remove(partial);
            if (copied.error().code == ErrorCode::DiskFull)
                return diskFull(path);
            if (copied.error().code == ErrorCode::Io) {
                qCWarning(lcErrorDetail, "backup %s: %s", qUtf8Printable(shown), qUtf8Printable(copied.error().detail));
                return makeError(ErrorCode::Io, tr("The backup file %1 cannot be created. Check the folder.").arg(shown),
                    copied.error().detail);
            }
            return copied.error();
        }
    }
    if (!syncFile(partial)) {
        QFile::remove(partial);
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesAvailable() == 0)
            return diskFull(path);
        return makeError(ErrorCode::Io,
            tr("The backup %1 could not be written to the disk. Check the disk, then try again.").arg(shown));
    }
    auto checked = verify(partial);
    if (!checked || checked->schemaVersion != version) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
            tr("The copy for the backup %1 failed its check (%2), so it was not kept. Try again; if this "
               "happens again, the disk may be failing.")
                .arg(shown,
                    checked ? tr("schema version %1 instead of %2").arg(checked->schemaVersion).arg(version)
                            : checked.error().message));
    }
    const bool moved = overwrite ? renameReplacing(partial, path) : renameNew(partial, path);
    if (!moved) {
        QFile::remove(partial);
        if (!overwrite && QFileInfo::exists(path)) {
            return makeError(ErrorCode::Conflict,
                tr("The file %1 already exists. Choose another name, or allow replacing it.").arg(shown));
        }
        return makeError(ErrorCode::Io, tr("The backup could not be saved as %1. Check the folder.").arg(shown));
    }
    syncFolder(folder);
    privatefiles::makePrivate(path);
    BackupInfo info = describe(path);
    info.schemaVersion = version;
    info.auditChain = chain;
    return info;
}

QStringList Backup::removeInterrupted(const DatabasePtr &db, const Clock &clock)
{
    QStringList removed;
    if (!db)
        return removed;
    QStringList folders { QFileInfo(db->path()).absolutePath() };
    if (const QString backups = folder(db); !folders.contains(backups))
        folders << backups;
    const QDateTime now = clock.nowUtc();
    for (const QString &f : folders) {
        const QDir dir(f);
        for (const QString &name : dir.entryList({ QStringLiteral(".loket-*.partial") }, QDir::Files | QDir::Hidden)) {
            if (isAbandonedPartial(dir.filePath(name), now) && QFile::remove(dir.filePath(name)))
                removed << name;
        }
    }
    return removed;
}

Result<BackupInfo> Backup::createManual(const DatabasePtr &db, const Clock &clock)
{
    if (!db)
        return makeError(ErrorCode::InvalidState, tr("No database is open to back up."));
    const auto dir = prepareFolder(db);
    if (!dir)
        return dir.error();
    return create(*db,
        QDir(dir.value()).filePath(BackupRetention::manualFileName(clock.nowUtc().toLocalTime(), fileSuffix(*db))),
        false, clock);
}

Result<AutoBackupResult> Backup::autoBackupIfDue(const DatabasePtr &db, const Clock &clock, QDate officeLocalDate)
{
    if (!db)
        return makeError(ErrorCode::InvalidState, tr("No database is open to back up."));
    if (!officeLocalDate.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The office date for the automatic backup is not valid."));
    const SettingsStore settings(db);
    const QString lastDayKey = QLatin1String(SettingKey::LastAutoBackupDay);
    // The day is claimed inside the write lock, so processes starting together
    // make one backup; the backup then holds the claim, and restoring it does
    // not make that day's backup again.
    auto claimed = settings.claimDay(lastDayKey, officeLocalDate.toString(Qt::ISODate));
    if (!claimed)
        return claimed.error();
    AutoBackupResult result;
    if (!claimed->has_value())
        return result;
    const QString previous = claimed->value();
    auto unclaim = [&] { settings.unclaimDay(lastDayKey, previous); };

    const auto prepared = prepareFolder(db);
    if (!prepared) {
        unclaim();
        return prepared.error();
    }
    const QString dir = prepared.value();

    // A daily file of this day already there is kept: it may be the state
    // from before a restore of an older backup.
    const QString daily = QDir(dir).filePath(BackupRetention::dailyFileName(officeLocalDate, fileSuffix(*db)));
    if (QFileInfo::exists(daily))
        return result;
    auto made = create(*db, daily, false, clock);
    if (!made) {
        unclaim();
        return made.error();
    }
    result.made = true;
    result.backup = made.value();

    // A monthly copy that fails now is made from the next day's backup.
    const QString monthly = QDir(dir).filePath(BackupRetention::monthlyFileName(officeLocalDate, fileSuffix(*db)));
    if (!QFileInfo::exists(monthly)) {
        const QString partial = partialPath(dir, QStringLiteral("backup"));
        if (Status copied = copyFile(daily, partial); !copied)
            return copied.error();
        if (!renameNew(partial, monthly)) {
            QFile::remove(partial);
            return makeError(ErrorCode::Io,
                tr("The monthly backup %1 could not be saved. Check the folder.")
                    .arg(QDir::toNativeSeparators(monthly)));
        }
        syncFolder(dir);
        result.monthlyPath = monthly;
    }

    const BackupRetention retention(settings.intValue(QLatin1String(SettingKey::BackupKeepDaily)),
        settings.intValue(QLatin1String(SettingKey::BackupKeepMonthly)));
    const QDir folderDir(dir);
    const QStringList names = folderDir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : retention.toDelete(names)) {
        if (QFile::remove(folderDir.filePath(name)))
            result.removed << name;
    }
    // Left by a backup that was cut off (power loss); a running one is fresh.
    const QDateTime staleBefore = clock.nowUtc().addDays(-1);
    for (const QString &name : names) {
        const QFileInfo fi(folderDir.filePath(name));
        if (isPartialName(name) && fi.lastModified().toUTC() < staleBefore)
            QFile::remove(fi.absoluteFilePath());
    }
    return result;
}

} // namespace loket
