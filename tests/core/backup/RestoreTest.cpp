// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/backup/BackupTestSupport.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test::backup;

TEST_CASE("restore refuses a file that is not a good Loket backup and leaves the database byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    makeDatabase(path, { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')") });
    const ManualClock clock(kNow);
    QString file;
    ErrorCode expected = ErrorCode::NotADatabase;
    QString says;

    SECTION("a text file")
    {
        file = dir.filePath(QStringLiteral("notes.db"));
        writeFile(file, "Daftar hadir pegawai\nNama,NIP\nBudi,1985\n");
        says = QStringLiteral("not a database file");
    }
    SECTION("an empty file")
    {
        file = dir.filePath(QStringLiteral("empty.db"));
        writeFile(file, {});
        says = QStringLiteral("not a database file");
    }
    SECTION("another program's database")
    {
        file = dir.filePath(QStringLiteral("places.sqlite"));
        rawSql(file, { QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)") });
        says = QStringLiteral("another program");
    }
    SECTION("a damaged backup")
    {
        file = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"),
            { QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                             "INSERT INTO settings SELECT 'filler.' || i, randomblob(3000) FROM n") });
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 3 * 4096);
        f.seek(2 * 4096 + 8);
        f.write(QByteArray(3000, '\xA5'));
        f.close();
        says = QStringLiteral("damaged");
    }
    SECTION("a backup from a newer Loket")
    {
        file = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"), {});
        rawSql(file, { QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1) });
        expected = ErrorCode::NewerSchema;
        says = QStringLiteral("newer version of Loket");
    }
    SECTION("a file that does not exist")
    {
        file = dir.filePath(QStringLiteral("loket-2026-13-01.db"));
        expected = ErrorCode::NotFound;
        says = QStringLiteral("does not exist");
    }

    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir.path());
    auto restored = Backup::restore(path, file, clock);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == expected);
    CHECK(restored.error().message.contains(says));
    CHECK(fileBytes(path) == before);
    CHECK(names(filesIn(dir.path())) == names(filesBefore));
}

TEST_CASE("restore keeps the replaced database beside the restored one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    const QString backup = dir.filePath(QStringLiteral("loket-2026-11-21.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        execOn(db.value(), QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')"));
        REQUIRE(Backup::create(*db.value(), backup).ok());
        execOn(db.value(), QStringLiteral("UPDATE settings SET value = 'id' WHERE key = 'ui.language'"));
        execOn(db.value(), QStringLiteral("INSERT INTO settings VALUES ('calendar.cuti_bersama_is_holiday', '0')"));
    }
    const QByteArray current = fileBytes(path);
    const ManualClock clock(kNow);

    auto restored = Backup::restore(path, backup, clock);
    if (!restored)
        FAIL(restored.error().message.toStdString());
    const QString expectedReplaced
        = path + QStringLiteral(".replaced-") + kNow.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    CHECK(restored->replacedPath == expectedReplaced);
    CHECK(fileBytes(expectedReplaced) == current);
    CHECK(restored->schemaVersion == Migrations::latestVersion());
    CHECK(language(restored->db) == QLatin1String("en"));
    CHECK(scalarOf(restored->db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'calendar.%'")).toInt()
        == 0);
    CHECK(scalarIn(expectedReplaced, QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString()
        == QLatin1String("id"));
    for (const QString &name : filesIn(dir.path()))
        CHECK_FALSE(name.endsWith(QLatin1String(".partial")));

    SECTION("a second restore in the same second keeps both replaced files")
    {
        restored = Result<RestoreResult>(makeError(ErrorCode::Unknown, {})); // closes the restored database
        auto again = Backup::restore(path, backup, clock);
        REQUIRE(again.ok());
        CHECK(again->replacedPath == expectedReplaced + QStringLiteral("-2"));
        CHECK(fileBytes(expectedReplaced) == current);
    }
}

TEST_CASE("restore puts a backup in place of a damaged database and keeps the damaged file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    const QString backup = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"),
        { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')") });
    writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(8000, '\x5A'));
    const QByteArray damaged = fileBytes(path);
    REQUIRE_FALSE(Database::open(path).ok());

    auto restored = Backup::restore(path, backup, ManualClock(kNow));
    if (!restored)
        FAIL(restored.error().message.toStdString());
    CHECK(language(restored->db) == QLatin1String("en"));
    CHECK(fileBytes(restored->replacedPath) == damaged);
}

TEST_CASE("restore refuses while another process has the database open")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    makeDatabase(path, { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'id')") });
    const QString backup = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"),
        { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')") });

    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), { path });
    REQUIRE(holder.waitForStarted());
    holder.write("SELECT value FROM settings WHERE key = 'ui.language';\n");
    REQUIRE(holder.waitForReadyRead(5000));
    REQUIRE(holder.readAllStandardOutput().trimmed() == QByteArray("id"));
    const qint64 holderPid = holder.processId();
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = filesIn(dir.path());

    auto restored = Backup::restore(path, backup, ManualClock(kNow));
    const QByteArray after = fileBytes(path);
    const QStringList filesAfter = filesIn(dir.path());
    holder.write(".quit\n");
    holder.waitForFinished();

    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == ErrorCode::Locked);
    CHECK(restored.error().message.contains(QString::number(holderPid)));
    CHECK(restored.error().message.contains(QStringLiteral("Nothing was changed")));
    CHECK(after == before);
    CHECK(names(filesAfter) == names(filesBefore));

    // Once it is closed, the restore goes ahead.
    auto again = Backup::restore(path, backup, ManualClock(kNow));
    REQUIRE(again.ok());
    CHECK(language(again->db) == QLatin1String("en"));
}

TEST_CASE("restore upgrades a backup made by an earlier version")
{
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        INFO("backup at schema version " << version);
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("loket-2026-11-21.db"));
        {
            DatabaseOptions old;
            old.migrate = false;
            auto db = Database::open(dir.filePath(QStringLiteral("old.db")), old);
            REQUIRE(db.ok());
            REQUIRE(Migrations::migrate(*db.value(), version).ok());
            execOn(db.value(), QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')"));
            REQUIRE(Backup::create(*db.value(), backup).ok());
        }
        CHECK(Backup::verify(backup)->schemaVersion == version);
        auto restored = Backup::restore(dir.filePath(QStringLiteral("loket.db")), backup, ManualClock(kNow));
        if (!restored)
            FAIL(restored.error().message.toStdString());
        CHECK(restored->backupSchemaVersion == version);
        CHECK(restored->schemaVersion == Migrations::latestVersion());
        CHECK(restored->replacedPath.isEmpty());
        CHECK(language(restored->db) == QLatin1String("en"));
    }
}

TEST_CASE("restore from the application needs the backup permission and is audited")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    const QString backup = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"),
        { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')") });
    makeDatabase(path, { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'id')") });
    DatabasePtr db = Database::open(path).value();
    DatabasePtr before = db;
    const ManualClock clock(kNow);
    const Actor officer { .userId = 7,
        .username = QStringLiteral("siti"),
        .fullName = QStringLiteral("Siti Rahmawati"),
        .role = Role::Officer };
    const Actor admin { .userId = 1,
        .username = QStringLiteral("admin"),
        .fullName = QStringLiteral("Administrator"),
        .role = Role::Admin };

    auto refused = Backup::restore(officer, db, backup, clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(db == before);
    CHECK(language(db) == QLatin1String("id"));
    CHECK(scalarOf(db,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore' "
                             "AND outcome = 'refused' AND username = 'siti'"))
              .toInt()
        == 1);

    // A page still holding the database would go on writing to the old file.
    auto busy = Backup::restore(admin, db, backup, clock);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::InvalidState);
    CHECK(language(db) == QLatin1String("id"));

    before.reset();
    const QString notes = dir.filePath(QStringLiteral("notes.db"));
    writeFile(notes, "Daftar hadir pegawai");
    auto notABackup = Backup::restore(admin, db, notes, clock);
    REQUIRE_FALSE(notABackup.ok());
    CHECK(notABackup.error().code == ErrorCode::NotADatabase);
    REQUIRE(db);
    CHECK(scalarOf(db,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore' "
                             "AND outcome = 'failed' AND username = 'admin'"))
              .toInt()
        == 1);

    auto restored = Backup::restore(admin, db, backup, clock);
    if (!restored)
        FAIL(restored.error().message.toStdString());
    CHECK(db == restored->db);
    CHECK(language(db) == QLatin1String("en"));
    CHECK(scalarOf(db,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore' "
                             "AND outcome = 'ok' AND username = 'admin' AND entity_id = '%1'")
                  .arg(backup))
              .toInt()
        == 1);
    CHECK(QFileInfo::exists(restored->replacedPath));
}
