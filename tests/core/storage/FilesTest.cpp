// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The database file: private modes, files never made by a read, refused opens
// that leave nothing, a damaged write-ahead log kept, a full disk named.
// (The backups' files: tests/core/backup/BackupFilesTest.cpp; what loketctl
// says of them: tests/app/DatabaseFileCommandsTest.cpp.)
#include "core/common/PrivateFiles.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/WalCheck.h"
#include "tests/support/FileModes.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/WalFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace loket;
using loket::test::databaseWithWal;
using loket::test::filesLike;
using loket::test::flipByte;
using loket::test::ownerOnly;
using loket::test::rawExec;
using loket::test::Umask;


TEST_CASE("a new database and its -wal and -shm are private whatever the umask", "[file]")
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

TEST_CASE("an open for reading never turns an empty or missing file into a database", "[file]")
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
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));

    const QString missing = dir.filePath(QStringLiteral("tidak-ada.db"));
    auto none = Database::open(missing, readOnly);
    REQUIRE_FALSE(none.ok());
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("a refused open leaves no -wal or -shm beside the file", "[file]")
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

TEST_CASE("the write-ahead log is verified like SQLite reads it", "[file]")
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
    early[test::kFirstWalPageByte] = char(early[test::kFirstWalPageByte] ^ 0x5a);
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

TEST_CASE("a damaged write-ahead log is kept beside the database before SQLite drops it, and recorded for the admin", "[file]")
{
    Umask umask(022);
    QTemporaryDir dir;
    const QString path = databaseWithWal(dir);
    const QString wal = path + QStringLiteral("-wal");
    flipByte(wal, test::kFirstWalPageByte);
    const QByteArray damagedBytes = test::fileBytes(wal);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    const QStringList kept = filesLike(QFileInfo(path).absolutePath(), QStringLiteral("loket.db-wal.damaged-*"));
    REQUIRE(kept.size() == 1);
    const QString copy = QDir(QFileInfo(path).absolutePath()).filePath(kept.first());
    CHECK(test::fileBytes(copy) == damagedBytes);
    CHECK(ownerOnly(copy));
    REQUIRE(db.value()->walRescue());
    CHECK(db.value()->walRescue()->check.state == WalCheck::State::Damaged);
    CHECK(QFileInfo(db.value()->walRescue()->copyPath).fileName() == kept.first());

    // SQLite did drop the three transactions; the status stays for Settings.
    const QString status = SettingsStore(db.value()).stringValue(QLatin1String(SettingKey::WalDamage));
    CHECK(status.contains(QLatin1String("\"damaged\"")));
    CHECK(status.contains(kept.first()));
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'test.%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    db = DatabasePtr {};

    // Checked once: at the next open the log is clean.
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->walRescue());
}

TEST_CASE("an I/O error on a disk with no free space is told as a full disk", "[file]")
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
