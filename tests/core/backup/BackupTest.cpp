// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/backup/BackupTestSupport.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test::backup;


TEST_CASE("a backup is a checked copy holding the data and the schema version")
{
    TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')"));
    const QString target = t.dir() + QStringLiteral("/copy.db");

    auto made = Backup::create(*t.db(), target);
    REQUIRE(made.ok());
    CHECK(made->path == QFileInfo(target).absoluteFilePath());
    CHECK(made->schemaVersion == Migrations::latestVersion());
    CHECK(made->sizeBytes == QFileInfo(target).size());
    CHECK(scalarIn(target, QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString()
        == QLatin1String("en"));
    CHECK(scalarIn(target, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(scalarIn(target, QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
    CHECK(scalarIn(target, QStringLiteral("PRAGMA application_id")).toInt() == Migrations::applicationId());
    for (const QString &name : filesIn(t.dir()))
        CHECK_FALSE(name.endsWith(QLatin1String(".partial")));
}

TEST_CASE("a backup does not replace an existing file unless told to")
{
    TempDatabase t;
    const QString target = t.dir() + QStringLiteral("/loket-manual-20261122-203015.db");
    writeFile(target, "laporan bulanan");

    auto refused = Backup::create(*t.db(), target);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(target) == QByteArray("laporan bulanan"));

    auto replaced = Backup::create(*t.db(), target, true);
    REQUIRE(replaced.ok());
    CHECK(scalarIn(target, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));

    auto ontoItself = Backup::create(*t.db(), t.path(), true);
    REQUIRE_FALSE(ontoItself.ok());
    CHECK(ontoItself.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a backup into a missing or read-only folder fails with a clear message and writes nothing")
{
    TempDatabase t;
    SECTION("missing folder")
    {
        const QString folder = t.dir() + QStringLiteral("/usb/backups");
        auto made = Backup::create(*t.db(), folder + QStringLiteral("/copy.db"));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().code == ErrorCode::MissingFolder);
        CHECK(made.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QDir(folder).exists());
    }
    SECTION("read-only folder")
    {
        const QString folder = t.dir() + QStringLiteral("/readonly");
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        auto made = Backup::create(*t.db(), folder + QStringLiteral("/copy.db"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().code == ErrorCode::ReadOnly);
        CHECK(made.error().message.contains(QStringLiteral("read-only")));
        CHECK(filesIn(folder).isEmpty());
    }
}

TEST_CASE("a backup onto a full disk fails and says the disk is full and leaves no partial file")
{
    TempDatabase t;
    // About 1 MB of data, so the copy cannot fit on a 256 KiB disk.
    t.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                          "INSERT INTO settings SELECT 'filler.' || i, randomblob(4000) FROM n"));
    const QString folder = t.dir() + QStringLiteral("/tiny");
    TinyDisk disk(folder, 256);
    if (!disk.mounted()) {
        WARN("A full disk cannot be simulated here (mounting a tmpfs needs root): not tested.");
        return;
    }
    auto made = Backup::create(*t.db(), folder + QStringLiteral("/copy.db"));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::DiskFull);
    CHECK(made.error().message.contains(QStringLiteral("full")));
    CHECK(filesIn(folder).isEmpty());
    // The database itself is unharmed and the next backup elsewhere works.
    CHECK(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(Backup::create(*t.db(), t.dir() + QStringLiteral("/copy.db")).ok());
}

TEST_CASE("a backup taken while another process keeps writing restores to a consistent prefix of its writes")
{
    TempDatabase t;
    QProcess writer;
    writer.start(QStringLiteral(LOKET_TEST_WRITER), { QStringLiteral("write"), t.path() });
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(10000));
    REQUIRE(writer.readLine().trimmed() == QByteArray("started"));

    const QString pairs = QStringLiteral("SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'test.write'");
    const ManualClock clock(kNow);
    qint64 previous = 0;
    for (int round = 1; round <= 3; ++round) {
        INFO("backup " << round);
        QThread::msleep(150);
        const QString backup = t.dir() + QStringLiteral("/during-%1.db").arg(round);
        auto made = Backup::create(*t.db(), backup);
        REQUIRE(made.ok());
        REQUIRE(writer.state() == QProcess::Running);

        const QString restoredPath = t.dir() + QStringLiteral("/restored-%1.db").arg(round);
        auto restored = Backup::restore(restoredPath, backup, clock);
        if (!restored)
            FAIL(restored.error().message.toStdString());
        const DatabasePtr db = restored->db;
        CHECK(scalarOf(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
        const qint64 n = scalarOf(db, pairs).toLongLong();
        CHECK(n > previous);
        // Every number from 1 to n, each with both of its rows: no torn write.
        CHECK(scalarOf(db,
                  QStringLiteral("SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log "
                                 "WHERE action = 'test.write'"))
                  .toLongLong()
            == n);
        CHECK(scalarOf(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'test.write'")).toLongLong()
            == 2 * n);
        CHECK(scalarOf(db,
                  QStringLiteral("SELECT count(*) FROM (SELECT entity_id FROM audit_log "
                                 "WHERE action = 'test.write' GROUP BY entity_id HAVING count(*) <> 2)"))
                  .toInt()
            == 0);
        previous = n;
    }
    QThread::msleep(100);
    // The writer went on writing while the backups were taken.
    CHECK(t.scalar(pairs).toLongLong() > previous);
    REQUIRE(writer.state() == QProcess::Running);
    writer.kill();
    writer.waitForFinished();
    CHECK(writer.readAllStandardError().isEmpty());
}

TEST_CASE("automatic backups over 400 days keep the newest 14 daily and 12 monthly copies and nothing else of Loket's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    DatabasePtr db = Database::open(path).value();
    const QString folder = Backup::folder(db);
    CHECK(folder == dir.filePath(QStringLiteral("backups")));
    REQUIRE(QDir().mkpath(folder));
    // Files that are not Loket's automatic backups stay, whatever their age.
    const QStringList foreign = { QStringLiteral("catatan.txt"), QStringLiteral("loket-manual-20251231-160000.db"),
        QStringLiteral("loket-2026-02-30.db"), QStringLiteral("arsip-loket-2025-12-01.db"),
        QStringLiteral("loket-2025-12-01.db.bak") };
    for (const QString &name : foreign)
        writeFile(QDir(folder).filePath(name), "milik admin");
    writeFile(QDir(folder).filePath(QStringLiteral("loket-2025-12-01.db")), "an old daily backup of Loket");

    const QDate first(2026, 1, 1);
    ManualClock clock(QDateTime(first, QTime(0, 30), Qt::UTC));
    int made = 0;
    for (int i = 0; i < 400; ++i) {
        const QDate day = first.addDays(i);
        clock.set(QDateTime(day, QTime(0, 30), Qt::UTC));
        auto result = Backup::autoBackupIfDue(db, clock, day);
        if (!result)
            FAIL(result.error().message.toStdString());
        made += result->made ? 1 : 0;
        if (day.day() == 1)
            CHECK(result->monthlyPath == QDir(folder).filePath(BackupRetention::monthlyFileName(day)));
        if (i % 10 == 0) {
            // Later starts the same day (or other processes) make none.
            auto again = Backup::autoBackupIfDue(db, clock, day);
            REQUIRE(again.ok());
            CHECK_FALSE(again->made);
        }
    }
    CHECK(made == 400);
    const QDate last = first.addDays(399);
    CHECK(SettingsStore(db).stringValue(QLatin1String(SettingKey::LastAutoBackupDay)) == last.toString(Qt::ISODate));

    QStringList daily, monthly;
    const auto listed = Backup::list(folder);
    REQUIRE(listed.ok());
    for (const BackupInfo &b : listed.value()) {
        if (b.kind == BackupKind::Daily)
            daily << b.fileName;
        else if (b.kind == BackupKind::Monthly)
            monthly << b.fileName;
    }
    QStringList expectedDaily, expectedMonthly;
    for (int i = 0; i < 14; ++i)
        expectedDaily << BackupRetention::dailyFileName(last.addDays(-i));
    for (int i = 0; i < 12; ++i)
        expectedMonthly << BackupRetention::monthlyFileName(QDate(last.year(), last.month(), 1).addMonths(-i));
    CHECK(names(daily) == names(expectedDaily));
    CHECK(names(monthly) == names(expectedMonthly));

    const QStringList left = filesIn(folder);
    for (const QString &name : foreign) {
        INFO(name.toStdString());
        CHECK(left.contains(name));
    }
    CHECK_FALSE(left.contains(QStringLiteral("loket-2025-12-01.db")));
    CHECK(left.size() == 14 + 12 + foreign.size());

    // A monthly copy is the first backup of its month.
    CHECK(scalarIn(QDir(folder).filePath(QStringLiteral("loket-2026-06-monthly.db")),
              QStringLiteral("SELECT value FROM settings WHERE key = 'backup.last_auto_day'"))
              .toString()
        == QLatin1String("2026-06-01"));
}

TEST_CASE("the retention settings decide how many automatic backups stay")
{
    QTemporaryDir dir;
    DatabasePtr db = Database::open(dir.filePath(QStringLiteral("loket.db"))).value();
    SettingsStore settings(db);
    REQUIRE(settings.setValue(QLatin1String(SettingKey::BackupKeepDaily), 3).ok());
    REQUIRE(settings.setValue(QLatin1String(SettingKey::BackupKeepMonthly), 1).ok());
    ManualClock clock(kNow);
    for (QDate day(2026, 10, 25); day <= QDate(2026, 11, 3); day = day.addDays(1))
        REQUIRE(Backup::autoBackupIfDue(db, clock, day).ok());
    CHECK(names(filesIn(Backup::folder(db)))
        == names({ QStringLiteral("loket-2026-11-01.db"), QStringLiteral("loket-2026-11-02.db"),
            QStringLiteral("loket-2026-11-03.db"), QStringLiteral("loket-2026-11-monthly.db") }));
}

TEST_CASE("an automatic backup into a folder that is missing fails clearly and is tried again at the next start")
{
    QTemporaryDir dir;
    DatabasePtr db = Database::open(dir.filePath(QStringLiteral("loket.db"))).value();
    const QString usb = dir.filePath(QStringLiteral("usb"));
    REQUIRE(SettingsStore(db).setValue(QLatin1String(SettingKey::BackupFolder), usb).ok());
    const ManualClock clock(kNow);
    const QDate today(2026, 11, 23);

    auto failed = Backup::autoBackupIfDue(db, clock, today);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::MissingFolder);
    CHECK(failed.error().message.contains(QDir::toNativeSeparators(usb)));
    CHECK_FALSE(QDir(usb).exists());
    CHECK(SettingsStore(db).stringValue(QLatin1String(SettingKey::LastAutoBackupDay)).isEmpty());

    REQUIRE(QDir().mkpath(usb));
    auto made = Backup::autoBackupIfDue(db, clock, today);
    REQUIRE(made.ok());
    CHECK(made->made);
    CHECK(made->backup.path == QDir(usb).filePath(QStringLiteral("loket-2026-11-23.db")));
}

TEST_CASE("the backup list shows the kind and date and size and schema version of each of Loket's backups")
{
    TempDatabase t;
    const QString folder = t.dir() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(folder));
    const QDir d(folder);
    REQUIRE(Backup::create(*t.db(), d.filePath(QStringLiteral("loket-2026-11-20.db"))).ok());
    REQUIRE(Backup::create(*t.db(), d.filePath(QStringLiteral("loket-2026-11-monthly.db"))).ok());
    REQUIRE(Backup::create(*t.db(), d.filePath(QStringLiteral("loket-manual-20261122-203015.db"))).ok());
    writeFile(d.filePath(QStringLiteral("loket-2026-11-21.db")), "not a database");
    writeFile(d.filePath(QStringLiteral("rekap.db")), "an admin's own file");

    auto listed = Backup::list(folder);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 4);
    const QList<BackupInfo> &b = listed.value();
    CHECK(b[0].fileName == QLatin1String("loket-manual-20261122-203015.db"));
    CHECK(b[0].kind == BackupKind::Manual);
    CHECK(b[0].date == QDate(2026, 11, 22));
    CHECK(b[1].fileName == QLatin1String("loket-2026-11-21.db"));
    CHECK(b[1].schemaVersion == -1);
    CHECK(b[2].fileName == QLatin1String("loket-2026-11-20.db"));
    CHECK(b[2].kind == BackupKind::Daily);
    CHECK(b[2].schemaVersion == Migrations::latestVersion());
    CHECK(b[2].sizeBytes == QFileInfo(d.filePath(QStringLiteral("loket-2026-11-20.db"))).size());
    CHECK(b[3].kind == BackupKind::Monthly);
    CHECK(b[3].date == QDate(2026, 11, 1));

    auto none = Backup::list(t.dir() + QStringLiteral("/not-yet"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("retention deletes only Loket's own automatic backup names")
{
    const BackupRetention keep(2, 1);
    const QStringList names = {
        QStringLiteral("loket-2026-11-20.db"),
        QStringLiteral("loket-2026-11-22.db"),
        QStringLiteral("loket-2026-11-21.db"),
        QStringLiteral("loket-2026-10-monthly.db"),
        QStringLiteral("loket-2026-11-monthly.db"),
        QStringLiteral("loket-manual-20260101-080000.db"),
        QStringLiteral("Loket-2020-01-01.db"),
        QStringLiteral("loket-2020-01-01.db-wal"),
        QStringLiteral("loket-2020-01-01.db.replaced-20260101-080000"),
        QStringLiteral("x-loket-2020-01-01.db"),
    };
    CHECK(keep.toDelete(names)
        == QStringList({ QStringLiteral("loket-2026-11-20.db"), QStringLiteral("loket-2026-10-monthly.db") }));
    CHECK(BackupRetention(0, 0).toDelete({ QStringLiteral("loket-2026-11-22.db") }).isEmpty());
    CHECK(BackupRetention::dailyFileName(QDate(2026, 11, 22)) == QLatin1String("loket-2026-11-22.db"));
    CHECK(BackupRetention::monthlyFileName(QDate(2026, 11, 22)) == QLatin1String("loket-2026-11-monthly.db"));
}

TEST_CASE("a backup on request goes into the backup folder named after the time it was made")
{
    TempDatabase t;
    const ManualClock clock(kNow);
    auto made = Backup::createManual(t.db(), clock);
    REQUIRE(made.ok());
    CHECK(made->path == t.dir() + QStringLiteral("/backups/") + BackupRetention::manualFileName(kNow.toLocalTime()));
    CHECK(made->kind == BackupKind::Manual);
    CHECK(made->schemaVersion == Migrations::latestVersion());

    // Two in the same second do not overwrite each other.
    auto again = Backup::createManual(t.db(), clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}
