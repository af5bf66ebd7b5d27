// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The database file: private modes, files never made by a read, refused opens
// that leave nothing, a damaged write-ahead log kept, a full disk named.
// (The backups' files: tests/core/backup/BackupFilesTest.cpp.)
#include "core/common/PrivateFiles.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/WalCheck.h"
#include "tests/support/FileModes.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace loket;
using loket::test::ownerOnly;
using loket::test::Umask;

namespace {

void rawExec(const QString &path, const QStringList &statements, bool keepOpenAndCopyTo = false,
    const QString &copyFolder = {})
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        if (keepOpenAndCopyTo) {
            // Copied while the log still holds the transactions (no checkpoint).
            for (const QString &suffix : { QString(), QStringLiteral("-wal") })
                REQUIRE(QFile::copy(path + suffix, copyFolder + QStringLiteral("/loket.db") + suffix));
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A Loket database whose last three transactions are only in its -wal.
QString databaseWithWal(const QTemporaryDir &dir)
{
    const QString origin = dir.filePath(QStringLiteral("origin.db"));
    {
        auto db = Database::open(origin);
        REQUIRE(db.ok());
    }
    QDir().mkpath(dir.filePath(QStringLiteral("copy")));
    rawExec(origin,
        { QStringLiteral("PRAGMA wal_autocheckpoint=0"), QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.one', 'A-001')"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.two', 'A-002')"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.three', 'A-003')") },
        true, dir.filePath(QStringLiteral("copy")));
    return dir.filePath(QStringLiteral("copy/loket.db"));
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ 0x5a)));
}

QStringList filesLike(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({ pattern }, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("a new database and its -wal and -shm are private whatever the umask")
{
    Umask umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    DatabasePtr db = opened.value();
    REQUIRE(SettingsStore(db).setValue(QLatin1String(SettingKey::BackupKeepDaily), 7).ok());
    CHECK(ownerOnly(path));
    CHECK(ownerOnly(path + QStringLiteral("-wal")));
    CHECK(ownerOnly(path + QStringLiteral("-shm")));
    CHECK(db->filesReadableByOthers().isEmpty());

    // A database made readable by others is named, with the command that fixes it.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    CHECK(db->filesReadableByOthers().contains(path));
    CHECK(privatefiles::chmodCommand({ path }) == QStringLiteral("chmod 600 '%1'").arg(path));
}

TEST_CASE("a read command never turns an empty or missing file into a database, but init does")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kosong.db"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    DatabaseOptions readOnly;
    readOnly.createIfMissing = false;
    auto refused = Database::open(path, readOnly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(QFileInfo(path).size() == 0);

    auto status = test::runLoketctl({ .database = path, .args = { QStringLiteral("queue"), QStringLiteral("status") } });
    CHECK(status.exitCode == 2);
    CHECK(QFileInfo(path).size() == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));

    const QString missing = dir.filePath(QStringLiteral("tidak-ada.db"));
    auto none = test::runLoketctl({ .database = missing, .args = { QStringLiteral("queue"), QStringLiteral("status") } });
    CHECK(none.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(missing));

    auto init = test::runLoketctl({ .database = path, .args = { QStringLiteral("init") } });
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo(path).size() > 0);
    CHECK(ownerOnly(path));
}

TEST_CASE("a refused open leaves no -wal or -shm beside the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    rawExec(path, { QStringLiteral("PRAGMA user_version = 99") });
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = test::fileBytes(path);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NewerSchema);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("the write-ahead log is verified like SQLite reads it")
{
    QTemporaryDir dir;
    const QString path = databaseWithWal(dir);
    const QString wal = path + QStringLiteral("-wal");
    const WalCheck clean = WalCheck::ofFile(wal);
    CHECK(clean.state == WalCheck::State::Clean);
    CHECK(clean.frames >= 3);
    CHECK(clean.validFrames == clean.frames);
    CHECK(clean.firstBadFrame == -1);

    QFile f(wal);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    const qint64 frame = 24 + clean.pageSize;
    // A byte of the first frame's page: everything after it is dropped.
    QByteArray early = bytes;
    early[32 + 24 + 100] = char(early[32 + 24 + 100] ^ 0x5a);
    const WalCheck damaged = WalCheck::ofBytes(early);
    CHECK(damaged.state == WalCheck::State::Damaged);
    CHECK(damaged.firstBadFrame == 0);
    CHECK(damaged.droppedCommits >= 3);
    CHECK(damaged.validFrames == 0);

    // A byte of the last frame only: one unfinished last write (a power cut).
    QByteArray last = bytes;
    const qint64 lastPage = 32 + (clean.frames - 1) * frame + 24 + 10;
    last[lastPage] = char(last[lastPage] ^ 0x5a);
    CHECK(WalCheck::ofBytes(last).state == WalCheck::State::Torn);

    // A last frame cut short was never committed: nothing is lost.
    CHECK(WalCheck::ofBytes(bytes.left(bytes.size() - 100)).state == WalCheck::State::Clean);
}

TEST_CASE("a damaged write-ahead log is kept beside the database before SQLite drops it, and the admin is told")
{
    Umask umask(022);
    QTemporaryDir dir;
    const QString path = databaseWithWal(dir);
    const QString wal = path + QStringLiteral("-wal");
    const QByteArray original = test::fileBytes(wal);
    flipByte(wal, 32 + 24 + 100);
    const QByteArray damagedBytes = test::fileBytes(wal);

    auto run = test::runLoketctl({ .database = path, .args = { QStringLiteral("--lang"), QStringLiteral("en"),
                                                          QStringLiteral("office"), QStringLiteral("show") } });
    const QStringList kept = filesLike(QFileInfo(path).absolutePath(), QStringLiteral("loket.db-wal.damaged-*"));
    REQUIRE(kept.size() == 1);
    const QString copy = QDir(QFileInfo(path).absolutePath()).filePath(kept.first());
    CHECK(test::fileBytes(copy) == damagedBytes);
    CHECK(ownerOnly(copy));
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QLatin1String("write-ahead log was damaged")));
    CHECK(run.err.contains(kept.first()));

    // SQLite did drop the three transactions; the status stays for Settings.
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK_FALSE(db.value()->walRescue()); // checked once: the log is clean now
    const QString status = SettingsStore(db.value()).stringValue(QLatin1String(SettingKey::WalDamage));
    CHECK(status.contains(QLatin1String("\"damaged\"")));
    CHECK(status.contains(kept.first()));
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'test.%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    Q_UNUSED(original);
}

TEST_CASE("an I/O error on a disk with no free space is told as a full disk")
{
    const QSqlError io(QStringLiteral("disk I/O error"), QStringLiteral("Unable to execute statement"),
        QSqlError::StatementError, QStringLiteral("4874"));
    CHECK(Database::isDiskFull(io, true));
    CHECK_FALSE(Database::isDiskFull(io, false));
    const QSqlError full(QStringLiteral("database or disk is full"), QString(), QSqlError::StatementError,
        QStringLiteral("13"));
    CHECK(Database::isDiskFull(full, false));
    const QSqlError other(QStringLiteral("no such table: x"), QString(), QSqlError::StatementError, QStringLiteral("1"));
    CHECK_FALSE(Database::isDiskFull(other, true));
}
