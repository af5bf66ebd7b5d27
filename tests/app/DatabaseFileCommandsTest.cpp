// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What loketctl does with the database file and tells about it: a read
// command never makes a database (init does), a damaged write-ahead log is
// reported with the copy kept, the restore check shows what a backup holds.
#include "core/storage/Database.h"
#include "tests/support/FileModes.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/WalFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace loket;
using loket::test::ownerOnly;

TEST_CASE("a read command never turns an empty or missing file into a database, but init does")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kosong.db"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
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

TEST_CASE("loketctl tells of a damaged write-ahead log and names the copy kept beside the database")
{
    test::Umask umask(022);
    QTemporaryDir dir;
    const QString path = test::databaseWithWal(dir);
    test::flipByte(path + QStringLiteral("-wal"), test::kFirstWalPageByte);

    auto run = test::runLoketctl({ .database = path, .args = { QStringLiteral("--lang"), QStringLiteral("en"),
                                                          QStringLiteral("office"), QStringLiteral("show") } });
    const QStringList kept = test::filesLike(QFileInfo(path).absolutePath(), QStringLiteral("loket.db-wal.damaged-*"));
    REQUIRE(kept.size() == 1);
    CHECK(ownerOnly(QDir(QFileInfo(path).absolutePath()).filePath(kept.first())));
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QLatin1String("write-ahead log was damaged")));
    CHECK(run.err.contains(kept.first()));
    CHECK(run.err.contains(QLatin1String("There is no backup in"))); // and which backup to look at
}

TEST_CASE("the restore check shows what is in a backup and calls an empty one out, and a check that passes exits 0")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        auto db = Database::open(empty);
        REQUIRE(db.ok());
    }
    const QString current = dir.filePath(QStringLiteral("loket.db"));
    {
        auto db = Database::open(current);
        REQUIRE(db.ok());
    }
    const QByteArray before = test::fileBytes(current);

    auto en = test::runLoketctl({ .database = current,
        .args = { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), empty } });
    CHECK(en.exitCode == 0);
    CHECK(en.err.contains(QLatin1String("This backup is empty")));
    CHECK(en.err.contains(QLatin1String("--force")));
    auto id = test::runLoketctl({ .database = current,
        .args = { QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("restore"), empty } });
    CHECK(id.exitCode == 0);
    CHECK(id.err.contains(QStringLiteral("Cadangan ini kosong")));
    CHECK(test::fileBytes(current) == before); // a check changes nothing
}
