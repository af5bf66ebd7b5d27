// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <thread>

#include <unistd.h>

using namespace loket;
using loket::test::fileBytes;
using loket::test::TempDatabase;

namespace {

// Writes a database with plain SQL through a connection that is not Loket's.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// True once another process holds the write lock of `path`.
bool waitUntilWriteLocked(const QString &path)
{
    const QString name = QStringLiteral("probe-") + path;
    bool locked = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (c.open()) {
            for (int i = 0; i < 100 && !locked; ++i) {
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                    q.exec(QStringLiteral("ROLLBACK"));
                else
                    locked = true;
                if (!locked)
                    QThread::msleep(50);
            }
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return locked;
}

QString makeLoketDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("office.db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return path; // closed when the shared pointer above goes
}

} // namespace

TEST_CASE("a new database is created with the current schema, WAL and foreign keys", "[file]")
{
    TempDatabase t;
    CHECK(t.db()->schemaVersion() == Migrations::latestVersion());
    CHECK(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Migrations::applicationId());
    CHECK(t.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
}

TEST_CASE("every thread gets its own connection with the same pragmas", "[file]")
{
    TempDatabase t;
    QString mainName = t.db()->connection().connectionName();
    QString otherName;
    int otherForeignKeys = 0;
    std::thread worker([&] {
        QSqlDatabase c = t.db()->connection();
        otherName = c.connectionName();
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            otherForeignKeys = q.value(0).toInt();
        q.finish();
        c.close();
    });
    worker.join();
    CHECK(mainName != otherName);
    CHECK(otherForeignKeys == 1);
}

TEST_CASE("reopening an existing database keeps its data", "[file]")
{
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')")));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("en"));
}

TEST_CASE("a file that is not a database is refused and left untouched", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Daftar hadir pegawai\nNama,NIP\nBudi,1985\n");
    f.close();
    const QByteArray before = fileBytes(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(QStringLiteral("notes.db")));
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a corrupt database is refused and left untouched", "[file]")
{
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8192);
        f.seek(4096 + 8);  // inside the second page: damage a b-tree page
        f.write(QByteArray(2048, '\xA5'));
        f.seek(100);       // and the schema page's header
        f.write(QByteArray(64, '\x5A'));
        f.close();
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(QStringLiteral("backup")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("another program's SQLite database is refused and left untouched", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                  QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")});
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a database from a newer Loket is refused and left untouched", "[file]")
{
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)});
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NewerSchema);
    CHECK(db.error().message.contains(QStringLiteral("newer")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a read-only database file is refused and left untouched", "[file]")
{
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    const QByteArray before = fileBytes(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto db = Database::open(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::ReadOnly);
    CHECK(db.error().message.contains(QStringLiteral("read-only")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a database in a folder that does not exist is refused and nothing is created", "[file]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    auto db = Database::open(folder + QStringLiteral("/loket.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::MissingFolder);
    CHECK(db.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QDir(folder).exists());
}

TEST_CASE("a database locked by a process that hangs is refused with a clear message and left untouched", "[file]")
{
    // scripts/test installs the sqlite3 command-line tool.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    const QByteArray before = fileBytes(path);

    // A second process takes the write lock and then stops answering.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(holder.waitForStarted());
    holder.write("PRAGMA busy_timeout=2000;\nBEGIN EXCLUSIVE;\nINSERT INTO settings VALUES ('held', 'yes');\n");
    REQUIRE(holder.waitForBytesWritten(5000));
    REQUIRE(waitUntilWriteLocked(path));
    ::kill(static_cast<pid_t>(holder.processId()), SIGSTOP);

    DatabaseOptions quick;
    quick.busyTimeoutMs = 300;
    auto db = Database::open(path, quick);

    ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
    holder.waitForFinished();

    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Locked);
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK_FALSE(db.error().message.contains(QStringLiteral("restart")));
    CHECK(fileBytes(path) == before);

    // Once the other process is gone, the database opens and nothing of it was kept.
    auto again = Database::open(path);
    REQUIRE(again.ok());
    QSqlQuery q(again.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'held'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a full disk fails the write with a clear message and keeps what was committed", "[file]")
{
    TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')"));
    const int pages = t.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    t.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 2));

    Status status = t.db()->transaction([&]() -> Status {
        QSqlQuery q(t.db()->connection());
        q.prepare(QStringLiteral("INSERT INTO settings VALUES (?, ?)"));
        for (int i = 0; i < 200; ++i) {
            q.addBindValue(QStringLiteral("filler.%1").arg(i));
            q.addBindValue(QString(4000, QLatin1Char('x')));
            if (!q.exec())
                return t.db()->sqlError(q.lastError(), QStringLiteral("filling"));
        }
        return {};
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::DiskFull);
    CHECK(status.error().message.contains(QStringLiteral("full")));
    CHECK(t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString()
          == QLatin1String("en"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'filler.%'")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}

TEST_CASE("a change waits its turn while another process writes longer than the busy timeout, and is saved", "[file]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    DatabaseOptions options;
    options.busyTimeoutMs = 300; // SQLite's own wait would give up after this
    auto db = Database::open(path, options);
    REQUIRE(db.ok());

    // Another writer holds the write lock for 1.5 s, then commits.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), { path });
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE;\nINSERT INTO settings VALUES ('other', 'first');\n.shell sleep 1.5\nCOMMIT;\n");
    REQUIRE(holder.waitForBytesWritten(5000));
    holder.closeWriteChannel();
    REQUIRE(waitUntilWriteLocked(path));

    QElapsedTimer waited;
    waited.start();
    Status saved = db.value()->transaction([&]() -> Status {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("INSERT INTO settings VALUES ('mine', 'second')")))
            return db.value()->sqlError(q.lastError(), QStringLiteral("writing"));
        return {};
    });
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(waited.elapsed() >= 800);
    REQUIRE(holder.waitForFinished(10000));
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('other', 'mine')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("a change that never gets its turn says the office is busy and that nothing was saved", "[file]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    QTemporaryDir dir;
    const QString path = makeLoketDatabase(dir);
    DatabaseOptions options;
    options.busyTimeoutMs = 200;
    options.writeWaitMs = 1000;
    auto db = Database::open(path, options);
    REQUIRE(db.ok());

    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), { path });
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE;\nINSERT INTO settings VALUES ('held', 'yes');\n");
    REQUIRE(holder.waitForBytesWritten(5000));
    REQUIRE(waitUntilWriteLocked(path));
    ::kill(static_cast<pid_t>(holder.processId()), SIGSTOP);

    QElapsedTimer waited;
    waited.start();
    Status saved = db.value()->transaction([&]() -> Status {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("INSERT INTO settings VALUES ('mine', 'x')")))
            return db.value()->sqlError(q.lastError(), QStringLiteral("writing"));
        return {};
    });
    const qint64 elapsed = waited.elapsed();
    ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
    holder.waitForFinished();

    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Locked);
    CHECK(saved.error().message.contains(QStringLiteral("Nothing of this change was saved")));
    CHECK_FALSE(saved.error().message.contains(QStringLiteral("restart")));
    CHECK(elapsed >= 900);
    CHECK(elapsed < 5000);
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('mine', 'held')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("the whole-file check runs at the first open of a day, and finds damage the cheap checks cannot see", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        // A table big enough that its pages are far from the schema and settings.
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")));
        REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                      "INSERT INTO filler SELECT i, randomblob(3000) FROM n")));
        CHECK(db.value()->lastFullCheckMs() > 0);
    }
    {
        // Opened again the same day: the check is not repeated.
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->lastFullCheckMs() > 0);
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const qint64 pageSize = 4096;
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 100 * pageSize);
    auto damage = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek((size / pageSize - 20) * pageSize); // a page of the filler table, near the end
        f.write(QByteArray(int(pageSize), '\xA5'));
    };
    SECTION("checked within the day: the cheap checks pass, the damage waits for the next check")
    {
        damage();
        auto db = Database::open(path);
        CHECK(db.ok());
    }
    SECTION("last checked more than a day ago: the damage is found and the file left untouched")
    {
        rawSql(path, { QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'storage.full_check_at'") });
        damage();
        const QByteArray before = fileBytes(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == ErrorCode::NotADatabase);
        CHECK(db.error().message.contains(QStringLiteral("backup")));
        CHECK(fileBytes(path) == before);
    }
}
