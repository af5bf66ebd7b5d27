// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What only a database server has: other PCs' connections, a network that
// fails, roles, and an office moved onto it. Runs on the tests' throwaway
// cluster only (LOKET_TEST_PG; tests/CMakeLists.txt: loket_pg_test).
#include "core/auth/AuditLog.h"
#include "core/backup/Backup.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/DatabaseCopy.h"
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
#include <QTimer>

using namespace loket;
using loket::test::QueueFixture;
using loket::test::ServerConnection;
using loket::test::TempDatabase;

namespace {

// Runs the event loop until `done` or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

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

TEST_CASE("a server's daily backup is a checked Loket file, and copied onto a new database it is the office again")
{
    REQUIRE(test::onServer());
    QueueFixture f;
    for (int i = 0; i < 5; ++i)
        f.issue(f.ktp);
    f.callNext(f.siti, f.loket1);
    QTemporaryDir folder;
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BackupFolder), folder.path()).ok());

    auto daily = Backup::autoBackupIfDue(f.t.db(), f.clock, QDate(2026, 11, 23));
    INFO((daily ? QString() : daily.error().message).toStdString());
    REQUIRE(daily.ok());
    REQUIRE(daily->made);
    CHECK(daily->backup.path.startsWith(folder.path()));
    CHECK(Backup::verify(daily->backup.path).ok());
    CHECK(Backup::list(folder.path())->size() >= 1);
    auto again = Backup::autoBackupIfDue(f.t.db(), f.clock, QDate(2026, 11, 23));
    REQUIRE(again.ok());
    CHECK_FALSE(again->made); // once a day, whichever PC asks

    const QByteArray office = test::fingerprint(*f.t.db());
    {
        auto file = Database::open(daily->backup.path);
        REQUIRE(file.ok());
        CHECK(test::fingerprint(*file.value()) == office);
        // Back onto the server: a new, empty database, then the copy.
        TempDatabase restored;
        auto copied = DatabaseCopy::copy(*file.value(), *restored.db());
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        CHECK(test::fingerprint(*restored.db()) == office);
    }
    // Put in place of the server's database it is not: that is a file's restore.
    auto refused = Backup::restore(f.t.path(), daily->backup.path, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("db copy")));
}
