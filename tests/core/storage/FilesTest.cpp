// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The database file: private modes, files never made by a read, refused opens
// that leave nothing, a damaged write-ahead log kept, a full disk named.
#include "core/common/PrivateFiles.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupFiles.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/WalCheck.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace loket;

namespace {

// Sets the umask for one test and puts the old one back.
struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

bool ownerOnly(const QString &path)
{
    const QFileInfo fi(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    INFO(path.toStdString() << " mode " << QString::number(int(fi.permissions()), 16).toStdString());
    return fi.exists() && (fi.permissions() & QFileDevice::ReadOwner) && !(fi.permissions() & others);
}

bool folderOwnerOnly(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0777) == 0700;
}

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

TEST_CASE("a new database, its -wal and -shm, and its backups are private whatever the umask")
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

    // The default backup folder is made 0700, the backup 0600.
    auto folder = Backup::prepareFolder(db);
    REQUIRE(folder.ok());
    CHECK(folderOwnerOnly(folder.value()));
    auto made = Backup::create(*db, QDir(folder.value()).filePath(QStringLiteral("one.db")));
    REQUIRE(made.ok());
    CHECK(ownerOnly(made->path));

    // A database made readable by others gives backups that are not.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    CHECK(db->filesReadableByOthers().contains(path));
    auto second = Backup::create(*db, QDir(folder.value()).filePath(QStringLiteral("two.db")));
    REQUIRE(second.ok());
    CHECK(ownerOnly(second->path));
    CHECK(privatefiles::chmodCommand({ path }) == QStringLiteral("chmod 600 '%1'").arg(path));

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

TEST_CASE("a read command never turns an empty or missing file into a database; init does")
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

TEST_CASE("the restore check shows what is in a backup and calls an empty one out; passing exits 0")
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
        rawExec(current, {}); // closed
    }
    const BackupContents contents = Backup::contents(empty);
    CHECK(contents.readable);
    CHECK(contents.isEmpty());

    auto en = test::runLoketctl({ .database = current,
        .args = { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), empty } });
    CHECK(en.exitCode == 0);
    CHECK(en.err.contains(QLatin1String("This backup is empty")));
    CHECK(en.err.contains(QLatin1String("--force")));
    auto id = test::runLoketctl({ .database = current,
        .args = { QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("restore"), empty } });
    CHECK(id.exitCode == 0);
    CHECK(id.err.contains(QStringLiteral("Cadangan ini kosong")));
}
