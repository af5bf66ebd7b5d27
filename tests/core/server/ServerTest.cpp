// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What only a database server has: other PCs' connections, a network that
// fails, roles, and an office moved onto it. Runs on the tests' throwaway
// cluster only (LOKET_TEST_PG; tests/CMakeLists.txt: loket_pg_test).
#include "core/auth/AuditLog.h"
#include "core/backup/Backup.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostgresChangeFeed.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/core/server/ServerFixture.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QDir>
#include <QFile>
#include <QTimer>

using namespace loket;
using loket::test::QueueFixture;
using loket::test::ServerConnection;
using loket::test::waitUntil;
using loket::test::TempDatabase;

namespace {


} // namespace

TEST_CASE("a ticket issued by another process reaches this process's change feed at once")
{
    REQUIRE(test::onServer());
    TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(dynamic_cast<PostgresChangeFeed *>(feed.get()) != nullptr);
    REQUIRE(feed->start().ok());
    int changes = 0;
    QObject::connect(feed.get(), &ChangeFeed::changed, [&] { ++changes; });
    waitUntil([] { return false; }, 200);
    CHECK(changes == 0); // reading and waiting are no change

    QProcess p;
    p.setProcessEnvironment(test::processEnvironment());
    p.start(test::loketctlProgram(), {QStringLiteral("--database"), t.path(), QStringLiteral("ticket"),
                                      QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("KTP")});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QElapsedTimer after;
    after.start();
    CHECK(waitUntil([&] { return changes > 0; }, 2000));
    CHECK(after.elapsed() < 1000); // delivered at the commit, not at a poll
}

TEST_CASE("a server that ends the connection in the middle of an issue: nothing half-written, a message in words, "
          "and the next issue works")
{
    REQUIRE(test::onServer());
    QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    // The server ends the connection while the new ticket's history is being
    // written, after its row (a restart, a pulled cable, seen from this PC).
    f.t.exec(QStringLiteral("CREATE FUNCTION test_cut() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                            "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $f$"));
    f.t.exec(QStringLiteral("CREATE TRIGGER test_cut BEFORE INSERT ON ticket_events FOR EACH ROW "
                            "EXECUTE FUNCTION test_cut()"));
    auto failed = f.queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Unreachable);
    CHECK_FALSE(failed.error().message.contains(QStringLiteral("QPSQL")));
    CHECK_FALSE(failed.error().message.contains(QStringLiteral("57P01")));
    CHECK(failed.error().detail.contains(QStringLiteral("57P01")));

    ServerConnection other(f.t.path());
    REQUIRE(other.isOpen());
    CHECK(other.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 2);
    CHECK(other.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toInt() == 2);
    REQUIRE(other.exec(QStringLiteral("DROP TRIGGER test_cut ON ticket_events")));

    // The same Database connects again by itself.
    const Ticket next = f.issue(f.ktp);
    CHECK(next.number == QLatin1String("A-003"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 3);
}

TEST_CASE("a serialization failure or a deadlock is run again inside Loket: the citizen gets one ticket, the "
          "officer one call, and neither sees the race")
{
    REQUIRE(test::onServer());
    QueueFixture f;
    // The server reports a lost race on the first attempts (a sequence counts
    // them: it is not rolled back with the failed transaction).
    auto race = [&](const char *name, const char *table, const char *sqlState, int losses) {
        f.t.exec(QStringLiteral("CREATE SEQUENCE test_%1_tries").arg(QLatin1String(name)));
        f.t.exec(QStringLiteral("CREATE FUNCTION test_%1() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                                "IF nextval('test_%1_tries') <= %2 THEN RAISE EXCEPTION 'lost a race' "
                                "USING ERRCODE = '%3'; END IF; RETURN NEW; END $f$")
                     .arg(QLatin1String(name))
                     .arg(losses)
                     .arg(QLatin1String(sqlState)));
        f.t.exec(QStringLiteral("CREATE TRIGGER test_%1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION test_%1()")
                     .arg(QLatin1String(name), QLatin1String(table)));
    };
    auto tries = [&](const char *name) {
        return f.t.scalar(QStringLiteral("SELECT last_value FROM test_%1_tries").arg(QLatin1String(name))).toInt();
    };

    race("serialization", "tickets", "40001", 2);
    const Ticket ticket = f.issue(f.ktp); // FAILs on an error
    CHECK(ticket.number == QLatin1String("A-001"));
    CHECK(tries("serialization") == 3); // two lost, the third saved
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
    f.t.exec(QStringLiteral("DROP TRIGGER test_serialization ON tickets"));

    const int eventsBefore = f.count(QStringLiteral("SELECT count(*) FROM ticket_events"));
    race("deadlock", "ticket_events", "40P01", 1);
    const Ticket called = f.callNext(f.siti, f.loket1);
    CHECK(called.id == ticket.id);
    CHECK(tries("deadlock") == 2); // lost once, then the call's event saved
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_events")) == eventsBefore + 1);
    f.t.exec(QStringLiteral("DROP TRIGGER test_deadlock ON ticket_events"));

    // A race lost every time: after a few tries, a message in words, and nothing saved.
    race("always", "tickets", "40P01", 1000);
    auto refused = f.queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("try again")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("40P01")));
    CHECK(tries("always") == 5);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
}

TEST_CASE("a change feed says when the server went away, connects again by itself, and then reports changes")
{
    REQUIRE(test::onServer());
    TempDatabase t;
    PostgresChangeFeed feed(*t.db(), 100);
    int lost = 0, restored = 0, changes = 0;
    QObject::connect(&feed, &ChangeFeed::connectionLost, [&] { ++lost; });
    QObject::connect(&feed, &ChangeFeed::connectionRestored, [&] { ++restored; });
    QObject::connect(&feed, &ChangeFeed::changed, [&] { ++changes; });
    REQUIRE(feed.start().ok());

    ServerConnection admin(t.path());
    REQUIRE(admin.cutOthers() >= 1);
    CHECK(waitUntil([&] { return lost == 1 && restored == 1; }, 3000));
    CHECK(changes >= 1); // what others saved meanwhile is read again
    changes = 0;
    REQUIRE(admin.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.language', 'en')")));
    CHECK(waitUntil([&] { return changes > 0; }, 2000));
    CHECK(feed.isRunning());
}

TEST_CASE("the PCs' role serves the queue and adds to the history, but changes no history and no table")
{
    REQUIRE(test::onServer());
    QueueFixture f;
    REQUIRE(f.t.db()->grantApplicationRole(QStringLiteral("loket_app")).ok());
    QUrl url(f.t.path());
    url.setUserName(QStringLiteral("loket_app"));
    auto opened = Database::open(url.toString());
    REQUIRE(opened.ok());
    DatabasePtr app = opened.value();

    QueueService queue(app, f.clock);
    CounterService counters(app, f.clock);
    REQUIRE(queue.issue(QueueService::kioskActor(), f.ktp).ok());
    auto called = queue.callNext(f.siti, f.loket1);
    REQUIRE(called.ok());
    REQUIRE(AuditLog(app, f.clock).record(f.admin, QStringLiteral("user.login")).ok());

    QSqlQuery q(app->connection());
    for (const char *sql : {"UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log", "DELETE FROM ticket_events",
                            "UPDATE ticket_events SET kind = 'call'", "UPDATE complaints SET summary = ''",
                            "CREATE TABLE evil (id integer)", "DROP TABLE tickets",
                            "ALTER TABLE audit_log DISABLE TRIGGER USER", "TRUNCATE tickets"}) {
        INFO(sql);
        CHECK_FALSE(q.exec(QString::fromLatin1(sql)));
        CHECK(q.lastError().nativeErrorCode().startsWith(QLatin1String("42")));
    }
    REQUIRE_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
    const Error e = app->sqlError(q.lastError(), QStringLiteral("test"));
    CHECK(e.code == ErrorCode::PermissionDenied);
    app->closeThreadConnection();
}

TEST_CASE("an office moved from its file onto the server and back is the same office, row for row")
{
    REQUIRE(test::onServer());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.db"));
    auto run = [&](const QStringList &args, const QString &user = {}) {
        test::CliCall call;
        call.database = file;
        call.args = args;
        call.user = user;
        call.password = user.isEmpty() ? QString() : QStringLiteral("admin123");
        call.timeoutMs = 120000;
        return test::runLoketctl(call);
    };
    auto demo = run({QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("12"), QStringLiteral("--at"),
                     QStringLiteral("2026-11-23T08:00")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    QByteArray original;
    {
        auto db = Database::open(file);
        REQUIRE(db.ok());
        original = test::fingerprint(*db.value());
    }

    TempDatabase server; // a new, empty Loket database on the server (db init's)
    auto there = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                      QStringLiteral("--to"), server.path(), QStringLiteral("--json")});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.json().value(QStringLiteral("rows")).toInteger() > 1000);
    // The source records the copy (after it, so the copy does not hold it).
    auto recorded = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                         QStringLiteral("db.copy"), QStringLiteral("--json")},
                        QStringLiteral("admin"));
    CHECK(recorded.out.contains(QStringLiteral("db.copy")));

    // A second copy into the same database is refused and changes nothing.
    auto again = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                      QStringLiteral("--to"), server.path()});
    CHECK(again.exitCode != 0);

    const QString home = dir.filePath(QStringLiteral("home.db"));
    auto returned = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), server.path(),
                         QStringLiteral("--to"), home});
    INFO(returned.err.toStdString());
    REQUIRE(returned.exitCode == 0);
    {
        auto copy = Database::open(home);
        REQUIRE(copy.ok());
        // Every row of the original, ids, hashes and the search index included.
        CHECK(test::fingerprint(*copy.value()) == original);
    }

    // The server's copy works: its hash chains verify, and its queue goes on.
    test::CliCall verify;
    verify.database = server.path();
    verify.args = {QStringLiteral("audit"), QStringLiteral("verify")};
    verify.user = QStringLiteral("admin");
    verify.password = QStringLiteral("admin123");
    auto verified = test::runLoketctl(verify);
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    verify.args = {QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("KTP")};
    verify.user.clear();
    auto issued = test::runLoketctl(verify);
    INFO(issued.err.toStdString());
    CHECK(issued.exitCode == 0);
}

namespace {

// A new, empty database on the tests' server (createdb's), dropped at the end.
class EmptyServerDatabase {
public:
    explicit EmptyServerDatabase(const TempDatabase &beside)
        : m_admin(beside.path())
        , m_name(QStringLiteral("loket_empty_") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    {
        REQUIRE(m_admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)));
        QUrl u(beside.path());
        u.setPath(QLatin1Char('/') + m_name);
        m_url = u.toString();
    }
    ~EmptyServerDatabase() { m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    QString url() const { return m_url; }

private:
    ServerConnection m_admin;
    QString m_name;
    QString m_url;
};

} // namespace

TEST_CASE("a server's daily backup is the server's dump, rotated as a file's, and restored into a new, empty database "
          "it is the office again")
{
    REQUIRE(test::onServer());
    QueueFixture f;
    for (int i = 0; i < 5; ++i)
        f.issue(f.ktp);
    f.callNext(f.siti, f.loket1);
    QTemporaryDir folder;
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BackupFolder), folder.path()).ok());
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BackupKeepDaily), 1).ok());
    // Two older daily backups of the office's: beyond the newest one once today's is made.
    for (const char *old : {"loket-2026-11-01.dump", "loket-2026-11-02.dump"}) {
        QFile file(QDir(folder.path()).filePath(QLatin1String(old)));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }

    auto daily = Backup::autoBackupIfDue(f.t.db(), f.clock, QDate(2026, 11, 23));
    INFO((daily ? QString() : daily.error().message).toStdString());
    REQUIRE(daily.ok());
    REQUIRE(daily->made);
    CHECK(daily->backup.fileName == QLatin1String("loket-2026-11-23.dump"));
    CHECK(daily->monthlyPath.endsWith(QLatin1String("loket-2026-11-monthly.dump")));
    CHECK(QFileInfo(daily->backup.path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                          | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto checked = Backup::verify(daily->backup.path);
    REQUIRE(checked.ok());
    CHECK(checked->schemaVersion == Migrations::latestVersion());
    CHECK(daily->removed.contains(QStringLiteral("loket-2026-11-01.dump")));
    CHECK(daily->removed.contains(QStringLiteral("loket-2026-11-02.dump")));
    auto listed = Backup::list(folder.path());
    REQUIRE(listed.ok());
    CHECK(listed->size() == 2); // today's and the month's
    auto again = Backup::autoBackupIfDue(f.t.db(), f.clock, QDate(2026, 11, 23));
    REQUIRE(again.ok());
    CHECK_FALSE(again->made); // once a day, whichever PC asks

    const QByteArray office = test::fingerprint(*f.t.db());
    {
        EmptyServerDatabase target(f.t);
        auto restored = Backup::restore(target.url(), daily->backup.path, f.clock);
        INFO((restored ? QString() : restored.error().message).toStdString());
        REQUIRE(restored.ok());
        CHECK(restored->schemaVersion == Migrations::latestVersion());
        // Every row, ids and hashes included, once the restore's own mark is set aside.
        QSqlQuery q(restored->db->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM settings WHERE key = '%1'")
                           .arg(QLatin1String(SettingKey::AuditChainRestoredAt))));
        CHECK(test::fingerprint(*restored->db) == office);
        // The restored office goes on: the next ticket of the day follows the last one.
        QueueService queue(restored->db, f.clock);
        auto next = queue.issue(QueueService::kioskActor(), f.ktp);
        REQUIRE(next.ok());
        CHECK(next->number == QLatin1String("A-006"));

        // Never over an office: the same database again is refused, and nothing changes.
        const QByteArray before = test::fingerprint(*restored->db);
        auto refused = Backup::restore(target.url(), daily->backup.path, f.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(test::fingerprint(*restored->db) == before);
    }

    // A cut-off dump is refused before anything is written, in words.
    const QString cut = QDir(folder.path()).filePath(QStringLiteral("cut.dump"));
    {
        QFile whole(daily->backup.path), part(cut);
        REQUIRE(whole.open(QIODevice::ReadOnly));
        REQUIRE(part.open(QIODevice::WriteOnly));
        part.write(whole.read(whole.size() / 2));
    }
    {
        EmptyServerDatabase target(f.t);
        auto refused = Backup::restore(target.url(), cut, f.clock);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.contains(QStringLiteral("damaged")));
        ServerConnection peer(target.url());
        CHECK(peer.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                         "WHERE table_schema = 'public'")).toInt() == 0);
    }

    // loketctl, as the server PC's administrator would: into a new database, with the PCs' role's rights.
    {
        EmptyServerDatabase target(f.t);
        test::CliCall call;
        call.database = target.url();
        call.args = {QStringLiteral("--json"), QStringLiteral("restore"), daily->backup.path,
                     QStringLiteral("--app-role"), QStringLiteral("loket_app")};
        auto run = test::runLoketctl(call);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().value(QStringLiteral("schema_version")).toInt() == Migrations::latestVersion());
        QUrl asPcs(target.url());
        asPcs.setUserName(QStringLiteral("loket_app"));
        call.database = asPcs.toString();
        call.args = {QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("KTP")};
        auto issued = test::runLoketctl(call);
        INFO(issued.err.toStdString());
        CHECK(issued.exitCode == 0);
    }
}
