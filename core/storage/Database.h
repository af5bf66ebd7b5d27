// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/WalCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace loket {

struct DatabaseOptions {
    int busyTimeoutMs = 5000;    // a read or a commit waiting on another process
    int writeWaitMs = 30000;     // a change waiting for its turn to write, in a busy office
    int connectTimeoutMs = 5000; // reaching a database server
    // Create a new database (the folder must exist): a missing file, an empty
    // (zero-byte) one, or a SQLite file with nothing in it. Off, such a file is
    // refused (ErrorCode::NotFound): commands that only read never make one.
    bool createIfMissing = true;
    bool migrate = true;         // bring the schema to the current version
    // The whole-file check (PRAGMA quick_check reads every page: 200 ms on
    // five years of history) runs at the first open of a day; every open
    // does the cheap checks (header, schema, application id, version).
    enum class FullCheck { Daily, Always } fullCheck = FullCheck::Daily;
};

class SqlDialect;

// One Loket database: a SQLite file (one PC), or a database on a PostgreSQL
// server (several PCs of one office; the location is a postgresql:// URL).
// Hands out one connection per thread; on a file each with WAL, foreign keys
// and a busy timeout. Opening checks the file before anything writes to it,
// so a bad file is left byte-for-byte untouched. What differs between the
// engines is the dialect's (SqlDialect), inside core/storage.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static Result<std::shared_ptr<Database>> open(const QString &path, DatabaseOptions options = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file; for a server database, its URL (without any secret).
    QString path() const { return m_path; }
    const DatabaseLocation &location() const { return m_location; }
    // The database is on a server the office's PCs share, not in a local file
    // (backups are the server's dump, file checks do not apply).
    bool isServer() const { return m_location.isServer(); }
    // The password for a server whose ~/.pgpass does not hold one (asked by
    // the application; never on a command line). Process-wide.
    static QString serverPassword();
    // A change feed saw the server `server` (a location's display()) go away:
    // every connection of this process to it is opened anew at its next use.
    static void serverWentAway(const QString &server);
    // A change feed of this process says the server is away (true) or back
    // (false); each feed says each once. While one says it is away, nothing
    // waits on the network (on a pulled cable each try waits for its timeout):
    // a change (transaction()) is refused at once with ErrorCode::Unreachable,
    // and connection() opens none, so a statement fails at once too.
    static void setServerAway(const QString &server, bool away);
    static bool serverAway(const QString &server);
    static void setServerPassword(const QString &password);
    // On a server: lets `role` (the role the office's PCs log in as) read and
    // write what Loket writes, and no more: the append-only history (the
    // audit log, complaints and their events, survey answers, …) only read
    // and added to, no schema change, no superuser. Run by the database's
    // owner (loketctl db init --app-role). A file has no roles: an error.
    Status grantApplicationRole(const QString &role) const;
    // An SQL expression for the office-local day ('YYYY-MM-DD', text) of a
    // time column in ms UTC, offsetSeconds east of UTC: for reports that
    // compare a moment with a day (the deadlines), in either engine.
    QString localDaySql(const QString &msExpression, int offsetSeconds) const;
    // Runs a schema statement (written in SQLite's form) in this engine's form.
    Status execSchema(const QString &sqliteSql, const QString &what) const;
    // The dialect (for core/storage only).
    const SqlDialect &dialect() const { return *m_dialect; }
    std::shared_ptr<const SqlDialect> dialectPtr() const { return m_dialect; }
    const DatabaseOptions &options() const { return m_options; }
    // The connection of the calling thread (opened on first use).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection (with its prepared statements):
    // a worker thread done with the database calls it, so no handle on the
    // file outlives the thread. The next connection() opens a new one.
    void closeThreadConnection() const;
    int schemaVersion() const;
    // When the whole file last passed quick_check (ms UTC), 0 if never.
    qint64 lastFullCheckMs() const;

    // A statement prepared once per connection (so per thread) and kept, for
    // hot paths (the kiosk's issue) where preparing costs as much as the work.
    // Use it in the calling thread only; bind and exec as usual; call
    // finish() after reading a SELECT, so it does not hold a read snapshot.
    // A statement that failed to prepare is prepared again at the next call.
    QSqlQuery &prepared(const QString &sql) const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back on error.
    // Waiting for the write lock is fair and bounded: every waiting process
    // polls at the same short, random interval (SQLite's own busy handler
    // backs off, so a writer that has waited long loses to newcomers), for
    // at most writeWaitMs. Called inside another transaction() of the same
    // thread, it is a savepoint: a failed part is undone alone, and the whole
    // is saved with the outer change.
    Status transaction(const std::function<Status()> &work) const;
    // Whether the calling thread is inside transaction() on this database.
    bool inTransaction() const;

    // Turns a failed query into an Error a user can act on (locked, disk full, …).
    Error sqlError(const QSqlError &error, const QString &what) const;
    // The server is away (a lost connection, a feed that says so): nothing of `what` was saved.
    Error serverAwayError(const QString &what, const QString &detail = QString()) const;
    // SQLITE_FULL, or an I/O error (SQLITE_IOERR) on a disk with no free space.
    static bool isDiskFull(const QSqlError &error, bool diskHasNoSpace);

    // A file's consistent copy of the whole database into `emptyFile` (which
    // exists and is empty), read from one snapshot while other processes go
    // on writing. Errors: ErrorCode::DiskFull, ErrorCode::Io when the file
    // cannot be written, or as sqlError. Uses the calling thread's
    // connection, which must not be inside a transaction. A server's
    // database is copied by its own dump (ServerArchive), not here.
    Status copyToFile(const QString &emptyFile) const;

    // Set when, at this open, the write-ahead log (-wal) did not verify (see
    // WalCheck): SQLite then drops what follows the bad frame, so a copy of
    // the log was kept first, and the setting SettingKey::WalDamage records it.
    struct WalRescue {
        WalCheck check;
        QString copyPath;
    };
    const std::optional<WalRescue> &walRescue() const { return m_walRescue; }
    // The database file and its -wal/-shm, of those others may read (the mode
    // is not 0600); empty when they are private.
    QStringList filesReadableByOthers() const;

    // Default database: LOKET_DATABASE (a file or a server's URL), or defaultFilePath().
    static QString defaultPath();
    // The file in the user's application-data folder.
    static QString defaultFilePath();

private:
    explicit Database(DatabaseLocation location, DatabaseOptions options);
    static Result<std::shared_ptr<Database>> openChecked(const QString &path, const DatabaseOptions &options);
    static Result<std::shared_ptr<Database>> openServer(const DatabaseLocation &where, const DatabaseOptions &options);
    // What a server's failure means, when it is the server's own kind (sqlError says the rest).
    std::optional<Error> serverError(const QSqlError &error, const QString &what) const;
    static Error newerSchemaError(const QString &shown, int version);
    // Forgets the calling thread's connection after the server went away, so the next use reconnects.
    void dropBrokenConnection() const;
    // closeThreadConnection(); `serverGone`: without a word to the server
    // (its kept statements are not deallocated over a dead connection).
    void closeThreadConnection(bool serverGone) const;
    void recordWalRescue() const;
    QSqlDatabase openConnection(const QString &name) const;
    // The read-only checks of an existing file (the probe connection `c`).
    Status inspect(QSqlDatabase &c, bool *fullCheckDone, int *tableCount) const;
    QString threadConnectionName() const;
    Status runTransaction(const std::function<Status()> &work) const;

    QString m_path;
    DatabaseLocation m_location;
    std::shared_ptr<const SqlDialect> m_dialect;
    DatabaseOptions m_options;
    std::optional<WalRescue> m_walRescue;
    QString m_connectionPrefix;
    mutable QMutex m_statementsMutex;
    struct Statement {
        std::unique_ptr<QSqlQuery> query;
        bool ok = false;
    };
    mutable std::map<QString, std::map<QString, Statement>> m_statements; // connection → SQL → statement
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace loket
