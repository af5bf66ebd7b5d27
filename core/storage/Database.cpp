// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/common/Clock.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/DatabaseFiles.h"
#include "core/storage/Migrations.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QHash>
#include <QSet>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace loket {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr char kFullCheckKey[] = "storage.full_check_at";
constexpr qint64 kFullCheckEveryMs = 20LL * 3600 * 1000; // once an office day

bool isIoError(const QSqlError &e)
{
    // SQLITE_IOERR and its extended codes (SQLITE_IOERR_WRITE = 778, …) end in 10 in the low byte.
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return (ok && (code & 0xff) == 10) || e.databaseText().contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(DatabaseLocation location, DatabaseOptions options)
    : m_path(location.isServer() ? location.display() : location.file)
    , m_location(std::move(location))
    , m_dialect(m_location.isServer() ? SqlDialect::postgres() : SqlDialect::sqlite())
    , m_options(options)
    , m_connectionPrefix(QStringLiteral("loket-") + QUuid::createUuid().toString(QUuid::Id128))
{
    if (!isServer())
        dbfiles::registerOpen(m_path);
}

Database::~Database()
{
    {
        // Statements go before their connections.
        QMutexLocker lock(&m_statementsMutex);
        m_statements.clear();
    }
    // Connections of other threads are closed when Qt tears them down.
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!isServer())
        dbfiles::unregisterOpen(m_path);
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("LOKET_DATABASE");
    if (!env.isEmpty())
        return env;
    return defaultFilePath();
}

QString Database::defaultFilePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/loket");
    return dir + QStringLiteral("/loket.db");
}

Result<DatabasePtr> Database::open(const QString &rawPath, DatabaseOptions options)
{
    if (rawPath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No database file was given."));
    auto where = DatabaseLocation::parse(rawPath);
    if (!where)
        return where.error();
    if (where.value().isServer())
        return openServer(where.value(), options);
    const QString path = where.value().file;
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    auto opened = openChecked(path, options);
    // A refused file is left as it was found: the -wal and -shm SQLite made
    // beside it while looking go again, when nobody else uses them (an empty
    // -wal holds nothing; a -shm is only an index SQLite rebuilds).
    if (!opened && (!hadWal || !hadShm) && !dbfiles::openInThisProcess(path)
        && !dbfiles::heldByAnotherProcess(path)) {
        if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal))
            QFile::remove(shm);
    }
    return opened;
}

Result<DatabasePtr> Database::openChecked(const QString &path, const DatabaseOptions &options)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();

    if (!dir.exists()) {
        return makeError(ErrorCode::MissingFolder,
                         tr("The folder %1 does not exist. Create it, or choose another location for the database.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    const bool exists = info.exists();
    if (exists && info.isDir()) {
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is a folder, not a database file. Choose a file.").arg(QDir::toNativeSeparators(path)));
    }
    if (!exists && !options.createIfMissing) {
        return makeError(ErrorCode::NotFound,
                         tr("The database file %1 does not exist. Create one with \"loketctl init\".")
                             .arg(QDir::toNativeSeparators(path)));
    }
    const Error emptyFile = makeError(ErrorCode::NotFound,
        tr("The file %1 is empty: it is not a Loket database yet, and nothing was written to it. Create the "
           "database with \"loketctl init\", or start the application, which offers to create it.")
            .arg(QDir::toNativeSeparators(path)));
    if (exists && info.size() == 0 && !options.createIfMissing)
        return emptyFile;

    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::ReadOnly,
                             tr("The database file %1 cannot be read (%2). Check the file's permissions.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        const QByteArray head = file.read(16);
        file.close();
        if (!head.isEmpty() && !head.startsWith(QByteArray(kSqliteMagic))) {
            return makeError(ErrorCode::NotADatabase,
                             tr("%1 is not a Loket database (the file holds something else or is damaged). "
                                "Choose the right file, or restore a backup.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        // Root may write anything, so the permission bits decide too.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits)) {
            return makeError(ErrorCode::ReadOnly,
                             tr("The database file %1 is read-only. Loket must be able to write to it: "
                                "ask the administrator to give write permission, or copy it to a writable folder.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
    }
    if (!QFileInfo(dir.absolutePath()).isWritable()) {
        return makeError(ErrorCode::ReadOnly,
                         tr("The folder %1 is read-only. Loket keeps working files beside the database and must be "
                            "able to write there: choose a writable folder.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    // A new database is private before SQLite writes to it: its -wal and
    // -shm take the database file's mode.
    if (!exists) {
        if (!privatefiles::createPrivate(path) && !QFileInfo::exists(path)) {
            return makeError(ErrorCode::Io,
                tr("The database file %1 cannot be created. Check the folder's permissions and free space.")
                    .arg(QDir::toNativeSeparators(path)));
        }
    } else if (info.size() == 0) {
        privatefiles::makePrivate(path);
    }

    const QString walPath = path + QStringLiteral("-wal");
    const bool walToCheck = exists && info.size() > 0 && QFileInfo(walPath).size() > 0
        && !dbfiles::openInThisProcess(path) && !dbfiles::heldByAnotherProcess(path);
    DatabaseLocation location;
    location.file = path;
    DatabasePtr db(new Database(location, options));

    // SQLite drops a write-ahead log's frames from the first one that does
    // not verify, without a word, and deletes the log at the next checkpoint.
    // Before it reads the log (no connection of this process or another one
    // has it open, so the next one recovers it), Loket checks it itself and
    // keeps a copy of a log that would lose something.
    if (walToCheck) {
        const WalCheck check = WalCheck::ofFile(walPath);
        if (check.state != WalCheck::State::Clean) {
            const QString copy = dbfiles::keepWalCopy(path, check, SystemClock::instance().nowUtc().toLocalTime());
            if (copy.isEmpty()) {
                return makeError(ErrorCode::Io,
                    tr("The database's write-ahead log %1 is damaged, and a copy of it could not be kept beside "
                       "the database, so Loket did not open it (opening it would lose the damaged part for good). "
                       "Free some disk space or check the folder's permissions, then try again.")
                        .arg(QDir::toNativeSeparators(walPath)));
            }
            db->m_walRescue = WalRescue { check, copy };
        }
    }

    bool fullCheckDone = !exists || info.size() == 0; // a new file is whole
    if (exists && info.size() > 0) {
        // Inspect the file read-only first: nothing is written until it passes.
        const QString probeName = db->m_connectionPrefix + QStringLiteral("-probe");
        Status probe;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            c.setDatabaseName(path);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                    .arg(options.busyTimeoutMs));
            if (!c.open()) {
                probe = db->sqlError(c.lastError(), tr("opening the database"));
            } else {
                int tables = 0;
                probe = db->inspect(c, &fullCheckDone, &tables);
                c.close();
                if (probe && tables == 0 && !options.createIfMissing)
                    probe = emptyFile;
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!probe)
            return probe.error();
    }

    QSqlDatabase c = db->connection();
    if (!c.isOpen())
        return db->sqlError(c.lastError(), tr("opening the database"));

    // A process that hangs while holding the write lock would make every later
    // write wait and fail; find out now, before anything is written.
    {
        QSqlQuery q(c);
        QSqlError busy;
        if (!db->dialect().beginWrite(q, options.busyTimeoutMs, options, &busy))
            return db->sqlError(busy, tr("opening the database"));
        q.exec(QStringLiteral("ROLLBACK"));
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return db->sqlError(q.lastError(), tr("opening the database"));
    }

    if (options.migrate) {
        Status migrated = Migrations::migrate(*db);
        if (!migrated)
            return migrated.error();
    }
    db->recordWalRescue();
    if (fullCheckDone && db->schemaVersion() >= 1) {
        // Remembered in the file itself, so every process on it agrees.
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::fromLatin1(kFullCheckKey));
        q.addBindValue(QString::number(SystemClock::instance().nowMs()));
        q.exec(); // a failure only means the check runs again next time
    }
    return db;
}

Status Database::inspect(QSqlDatabase &c, bool *fullCheckDone, int *tableCount) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    QSqlQuery q(c);
    int appId = 0, version = 0, tables = 0;
    // Reading the schema parses page 1 and the schema table: a damaged
    // header or schema is found here, cheaply.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlError(q.lastError(), tr("checking the database"));
    appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), tr("checking the database"));
    version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return sqlError(q.lastError(), tr("checking the database"));
    tables = q.value(0).toInt();
    q.finish();
    *tableCount = tables;
    if (tables > 0 && appId != Migrations::applicationId()) {
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is a database of another program, not of Loket. Choose the right file.").arg(path));
    }
    if (version > Migrations::latestVersion()) {
        return newerSchemaError(path, version);
    }

    qint64 lastCheck = 0;
    if (version >= 1) {
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(kFullCheckKey));
        if (!q.exec())
            return sqlError(q.lastError(), tr("checking the database"));
        if (q.next())
            lastCheck = q.value(0).toLongLong();
        q.finish();
    }
    const qint64 now = SystemClock::instance().nowMs();
    const bool due = m_options.fullCheck == DatabaseOptions::FullCheck::Always || lastCheck <= 0 || lastCheck > now
        || now - lastCheck >= kFullCheckEveryMs;
    if (!due)
        return {};
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlError(q.lastError(), tr("checking the database"));
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        return makeError(ErrorCode::NotADatabase,
                         tr("The database %1 is damaged (%2). Restore the most recent backup.")
                             .arg(path, q.value(0).toString()));
    }
    q.finish();
    *fullCheckDone = true;
    return {};
}

Error Database::newerSchemaError(const QString &shown, int version)
{
    return makeError(ErrorCode::NewerSchema,
                     tr("The database %1 was made by a newer version of Loket (schema %2; this "
                        "version knows up to %3). Install the newer Loket to open it.")
                         .arg(shown)
                         .arg(version)
                         .arg(Migrations::latestVersion()));
}

qint64 Database::lastFullCheckMs() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kFullCheckKey));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    return m_dialect->open(name, m_location, m_options);
}

QString Database::threadConnectionName() const
{
    return m_connectionPrefix + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

namespace {
// Connections of this thread whose server went away: reopened at their next use.
thread_local QSet<QString> t_broken;
// How often each server was seen gone (by a change feed, which checks every
// few seconds), and the count each thread's connection was opened at: a
// connection older than the last outage is opened again before its next use,
// so the first step after the server is back does not fail on a dead socket.
QMutex g_outagesMutex;
QHash<QString, int> g_outages;
QHash<QString, int> g_awayFeeds; // how many change feeds say the server is away now
thread_local QHash<QString, int> t_openedAtOutage;

int outagesOf(const QString &server)
{
    QMutexLocker lock(&g_outagesMutex);
    return g_outages.value(server);
}
} // namespace

void Database::dropBrokenConnection() const
{
    t_broken.insert(threadConnectionName());
}

void Database::serverWentAway(const QString &server)
{
    QMutexLocker lock(&g_outagesMutex);
    ++g_outages[server];
}

void Database::setServerAway(const QString &server, bool away)
{
    QMutexLocker lock(&g_outagesMutex);
    int &feeds = g_awayFeeds[server];
    feeds = std::max(0, feeds + (away ? 1 : -1));
}

bool Database::serverAway(const QString &server)
{
    QMutexLocker lock(&g_outagesMutex);
    return g_awayFeeds.value(server) > 0;
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    bool stale = t_broken.remove(name);
    // A server's connection that never opened (the server was away) or is older than its last outage.
    if (isServer() && QSqlDatabase::contains(name)
        && (t_openedAtOutage.value(name) != outagesOf(m_path) || !QSqlDatabase::database(name, false).isOpen()))
        stale = true;
    if (stale && !inTransaction())
        closeThreadConnection(isServer());
    // While a change feed says the server is away, no connection is tried (on
    // a pulled cable each try waits for its timeout): statements fail at once
    // as on a lost connection, and the connection is opened when it is back.
    if (isServer() && !QSqlDatabase::contains(name) && serverAway(m_path))
        return QSqlDatabase();
    if (isServer() && !QSqlDatabase::contains(name))
        t_openedAtOutage.insert(name, outagesOf(m_path));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

void Database::closeThreadConnection() const
{
    closeThreadConnection(false);
}

void Database::closeThreadConnection(bool serverGone) const
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    // A kept statement let go on an open server connection is deallocated
    // over the network: on a server that went away (a pulled cable) that
    // waits for ever, so there the connection is closed first.
    const auto closeIt = [&name] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    };
    if (serverGone)
        closeIt();
    {
        QMutexLocker lock(&m_statementsMutex);
        m_statements.erase(name);
    }
    if (!serverGone)
        closeIt();
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery &Database::prepared(const QString &sql) const
{
    QSqlDatabase c = connection();
    QMutexLocker lock(&m_statementsMutex);
    Statement &s = m_statements[c.connectionName()][sql];
    if (!s.query)
        s.query = std::make_unique<QSqlQuery>(c);
    if (!s.ok)
        s.ok = s.query->prepare(sql);
    return *s.query;
}

int Database::schemaVersion() const
{
    QSqlDatabase c = connection();
    return m_dialect->schemaVersion(c);
}

Status Database::execSchema(const QString &sqliteSql, const QString &what) const
{
    QSqlQuery q(connection());
    for (const QString &sql : m_dialect->schemaStatements(sqliteSql, q)) {
        if (!q.exec(sql))
            return sqlError(q.lastError(), what);
    }
    return {};
}

Status Database::copyToFile(const QString &emptyFile) const
{
    if (isServer())
        return makeError(ErrorCode::InvalidInput, tr("A server's database is backed up by the server's dump."));
    // VACUUM INTO reads one snapshot inside a read transaction, so writers
    // in other processes go on while it copies (WAL).
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(emptyFile);
    if (q.exec())
        return {};
    const QSqlError e = q.lastError();
    q.finish();
    const QString detail = QStringLiteral("SQLite %1: %2").arg(e.nativeErrorCode(), e.text());
    if (isDiskFull(e, dbfiles::diskFull(QFileInfo(emptyFile).absolutePath())))
        return makeError(ErrorCode::DiskFull, tr("The disk is full."), detail);
    if (e.nativeErrorCode() == QLatin1String("14")) // SQLITE_CANTOPEN: the target file
        return makeError(ErrorCode::Io, tr("The copy's file cannot be written."), detail);
    return sqlError(e, tr("making a backup"));
}

bool Database::isDiskFull(const QSqlError &e, bool diskHasNoSpace)
{
    if (e.nativeErrorCode() == QLatin1String("13")
        || e.databaseText().contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive))
        return true;
    // A full disk often shows as an I/O error (growing the -shm, writing the
    // -wal): ENOSPC is not passed on by SQLite, so the free space decides.
    return diskHasNoSpace && isIoError(e);
}

QStringList Database::filesReadableByOthers() const
{
    if (isServer())
        return {};
    return privatefiles::readableByOthers(
        { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") });
}

void Database::recordWalRescue() const
{
    if (!m_walRescue || schemaVersion() < 1)
        return;
    const WalCheck &c = m_walRescue->check;
    const QJsonObject o {
        { QStringLiteral("state"), c.state == WalCheck::State::Torn ? QStringLiteral("torn") : QStringLiteral("damaged") },
        { QStringLiteral("copy"), m_walRescue->copyPath },
        { QStringLiteral("at"), SystemClock::instance().nowMs() },
        { QStringLiteral("first_bad_frame"), c.firstBadFrame },
        { QStringLiteral("dropped_frames"), c.droppedFrames },
        { QStringLiteral("dropped_commits"), c.droppedCommits },
    };
    // Only a damaged log waits for an administrator; a torn one is recorded
    // unless a damaged one already is.
    QSqlQuery q(connection());
    if (c.state == WalCheck::State::Torn) {
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(SettingKey::WalDamage));
        if (q.exec() && q.next() && q.value(0).toString().contains(QLatin1String("\"damaged\"")))
            return;
        q.finish();
    }
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromLatin1(SettingKey::WalDamage));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    q.exec();
}

Error Database::sqlError(const QSqlError &error, const QString &what) const
{
    // The message says what happened and what to do, in the user's language;
    // the engine's own English text goes to `detail` (the log, `loketctl --verbose`).
    const QString file = QDir::toNativeSeparators(m_path);
    const QString detail = QStringLiteral("%1 %2: %3").arg(m_dialect->engineName(), error.nativeErrorCode(), error.text());
    qCWarning(lcErrorDetail, "database error while %s: %s", qUtf8Printable(what), qUtf8Printable(detail));
    const SqlDialect::Failure failure = m_dialect->classify(error);
    if (isServer()) {
        if (std::optional<Error> own = serverError(error, what))
            return *own;
    } else if (failure == SqlDialect::Failure::Busy) {
        return makeError(ErrorCode::Locked,
                         tr("The database %1 is held by another program that does not let go of it (while %2). "
                            "Close the other Loket windows or programs using it, then try again.")
                             .arg(file, what),
                         detail);
    } else if (isDiskFull(error, dbfiles::diskFull(QFileInfo(m_path).absolutePath()))) {
        return makeError(ErrorCode::DiskFull,
                         tr("The disk holding %1 is full (while %2). Nothing was lost of what was saved before: "
                            "free some space, then try again.")
                             .arg(file, what),
                         detail);
    } else if (failure == SqlDialect::Failure::NotADatabase) {
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is not a Loket database or is damaged (while %2). Restore the most recent backup.")
                             .arg(file, what),
                         detail);
    } else if (failure == SqlDialect::Failure::ReadOnly) {
        return makeError(ErrorCode::ReadOnly,
                         tr("The database %1 cannot be written (while %2): check the file's permissions.").arg(file, what),
                         detail);
    }
    if (failure == SqlDialect::Failure::Constraint) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The change was refused while %1: the data breaks one of the database's rules (a value "
                            "that is not allowed, missing or used twice). Correct the data and try again; the "
                            "technical detail is in the log.")
                             .arg(what),
                         detail);
    }
    return makeError(ErrorCode::Io,
                     tr("The database reported an error while %1; nothing of this step was saved. Try again; if it "
                        "keeps happening, give the log to the administrator.")
                         .arg(what),
                     detail);
}

} // namespace loket
