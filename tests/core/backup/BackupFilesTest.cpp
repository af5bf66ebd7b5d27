// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The backups' files: private modes whatever the umask, hidden copies of a
// cut-off backup or restore removed, what a backup holds shown before a
// restore (what loketctl restore says of it: tests/app/DatabaseFileCommandsTest.cpp).
#include "core/backup/Backup.h"
#include "core/backup/BackupFiles.h"
#include "core/storage/Database.h"
#include "tests/support/FileModes.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace loket;
using loket::test::folderOwnerOnly;
using loket::test::ownerOnly;
using loket::test::Umask;

TEST_CASE("backups, their folder and the copy kept by a restore are private whatever the umask")
{
    Umask umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    DatabasePtr db = opened.value();

    // The default backup folder is made 0700, the backup 0600.
    auto folder = Backup::prepareFolder(db);
    REQUIRE(folder.ok());
    CHECK(folderOwnerOnly(folder.value()));
    auto made = Backup::create(*db, QDir(folder.value()).filePath(QStringLiteral("one.db")));
    REQUIRE(made.ok());
    CHECK(ownerOnly(made->path));

    // A database made readable by others gives backups that are not.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto second = Backup::create(*db, QDir(folder.value()).filePath(QStringLiteral("two.db")));
    REQUIRE(second.ok());
    CHECK(ownerOnly(second->path));

    // The copy kept by a restore is private too, and so is the restored database.
    db.reset();
    auto restored = Backup::restore(path, made->path, SystemClock::instance());
    REQUIRE(restored.ok());
    CHECK(ownerOnly(restored->replacedPath));
    CHECK(ownerOnly(path));
}

TEST_CASE("the hidden copy of a backup cut off is removed at the next start, a running one is not")
{
    Umask umask(022);
    test::TempDatabase t;
    auto folder = Backup::prepareFolder(t.db());
    REQUIRE(folder.ok());
    const QString host = QSysInfo::machineHostName().isEmpty() ? QStringLiteral("localhost") : QSysInfo::machineHostName();
    // A process id that cannot be running (above the kernel's limit).
    const QString dead = QStringLiteral(".loket-backup-0123456789abcdef0123456789abcdef.4194999.%1.partial").arg(host);
    const QString running = backupfiles::partialPath(folder.value(), QStringLiteral("backup")); // this process
    const QString restoreCut = QStringLiteral(".loket-restore-00000000000000000000000000000000.4194999.%1.partial").arg(host);
    for (const QString &f : { QDir(folder.value()).filePath(dead), running, QDir(t.dir()).filePath(restoreCut) }) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QStringList removed = Backup::removeInterrupted(t.db(), SystemClock::instance());
    CHECK(removed.contains(dead));
    CHECK(removed.contains(restoreCut));
    CHECK_FALSE(QFileInfo::exists(QDir(folder.value()).filePath(dead)));
    CHECK_FALSE(QFileInfo::exists(QDir(t.dir()).filePath(restoreCut)));
    CHECK(QFileInfo::exists(running));
}

TEST_CASE("what a backup holds is read without changing it, and an empty one is called out")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        auto db = Database::open(empty);
        REQUIRE(db.ok());
    }
    const QByteArray before = test::fileBytes(empty);
    const BackupContents contents = Backup::contents(empty);
    CHECK(contents.readable);
    CHECK(contents.isEmpty());
    CHECK(Backup::contentsText(contents).contains(QLatin1String("This backup is empty")));
    CHECK(test::fileBytes(empty) == before);
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));

    // A backup holding an office is not empty, and says whose it is.
    const QString office = dir.filePath(QStringLiteral("office.db"));
    {
        auto db = Database::open(office);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO office (id, name) VALUES (1, 'Kecamatan Sukamaju')")));
    }
    const BackupContents held = Backup::contents(office);
    CHECK_FALSE(held.isEmpty());
    CHECK(held.officeName == QStringLiteral("Kecamatan Sukamaju"));
    CHECK_FALSE(Backup::contentsText(held).contains(QLatin1String("This backup is empty")));
}
