// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Backup.h"
#include "core/storage/BackupRetention.h"
#include "core/storage/Migrations.h"
#include "core/storage/SettingsStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <unistd.h>

using namespace loket;
using loket::test::fileBytes;
using loket::test::TempDatabase;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(13, 30, 15), Qt::UTC);

QVariant scalarIn(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("scalar-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant out;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(c.open());
        QSqlQuery q(c);
        if (!q.exec(sql))
            FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
        if (q.next())
            out = q.value(0);
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QVariant scalarOf(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

void execOn(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
}

void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// For comparing file lists with a readable message.
std::string names(const QStringList &list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

// A closed Loket database at `path` holding `statements`, for restores
// (which need every connection of this process to it closed).
void makeDatabase(const QString &path, const QStringList &statements)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    for (const QString &s : statements)
        execOn(db.value(), s);
}

// A backup file of a closed database holding `statements`.
QString makeBackup(const QTemporaryDir &dir, const QString &name, const QStringList &statements)
{
    const QString source = dir.filePath(name + QStringLiteral(".source.db"));
    const QString backup = dir.filePath(name);
    auto db = Database::open(source);
    REQUIRE(db.ok());
    for (const QString &s : statements)
        execOn(db.value(), s);
    auto made = Backup::create(*db.value(), backup);
    if (!made)
        FAIL(made.error().message.toStdString());
    return backup;
}

QString language(const DatabasePtr &db)
{
    return scalarOf(db, QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString();
}

// A tmpfs of `kib` KiB mounted on a folder, unmounted when it goes.
class TinyDisk
{
public:
    explicit TinyDisk(const QString &folder, int kib)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::geteuid() == 0) {
            m_mounted = QProcess::execute(QStringLiteral("mount"),
                            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), folder })
                == 0;
        }
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_folder });
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

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
