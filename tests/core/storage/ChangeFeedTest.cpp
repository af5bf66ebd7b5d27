// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeFeed.h"
#include "core/storage/SqliteChangeFeed.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

using namespace loket;
using loket::test::TempDatabase;

namespace {

// Runs the event loop until the feed reports a change or the time is up;
// returns the number of changed() signals seen.
int waitForChanges(ChangeFeed &feed, int timeoutMs, bool stopAtFirst = true)
{
    int count = 0;
    QEventLoop loop;
    const auto connection = QObject::connect(&feed, &ChangeFeed::changed, &loop, [&] {
        ++count;
        if (stopAtFirst)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return count;
}

void commitSetting(const TempDatabase &t, const QString &value)
{
    t.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.language', '%1') "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value").arg(value));
}

} // namespace

TEST_CASE("a commit from another connection is reported")
{
    TempDatabase t;
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());
    CHECK(feed->isRunning());

    commitSetting(t, QStringLiteral("en")); // the database's own connection is not the feed's
    QElapsedTimer timer;
    timer.start();
    CHECK(waitForChanges(*feed, 2000) == 1);
    CHECK(timer.elapsed() < 1000);
}

TEST_CASE("a commit from another process is reported", "[file]")
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        WARN("sqlite3 is not installed: the cross-process case is not checked");
        return;
    }
    TempDatabase t;
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());

    QProcess writer;
    writer.start(
        sqlite3, { t.path(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.language', 'id');") });
    REQUIRE(writer.waitForFinished(10000));
    REQUIRE(writer.exitCode() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString()
        == QLatin1String("id"));
    CHECK(waitForChanges(*feed, 2000) == 1);
}

TEST_CASE("reads and idle time are not reported as changes")
{
    TempDatabase t;
    commitSetting(t, QStringLiteral("en"));
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());
    (void)t.scalar(QStringLiteral("SELECT count(*) FROM settings"));
    CHECK(waitForChanges(*feed, 300, false) == 0);
}

TEST_CASE("a stopped feed reports nothing and restarts from the current state")
{
    TempDatabase t;
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());
    feed->stop();
    CHECK_FALSE(feed->isRunning());
    commitSetting(t, QStringLiteral("en"));
    CHECK(waitForChanges(*feed, 200, false) == 0);

    REQUIRE(feed->start().ok());
    CHECK(waitForChanges(*feed, 200, false) == 0); // the change made while stopped is not replayed
    commitSetting(t, QStringLiteral("id"));
    CHECK(waitForChanges(*feed, 2000) == 1);
}

TEST_CASE("every separate commit is noticed")
{
    TempDatabase t;
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());
    for (int i = 0; i < 3; ++i) {
        commitSetting(t, i % 2 ? QStringLiteral("id") : QStringLiteral("en"));
        CHECK(waitForChanges(*feed, 2000) == 1);
    }
}

TEST_CASE("a change feed never waits for a writer that holds the lock", "[file]")
{
    TempDatabase t;
    auto feed = ChangeFeed::create(*t.db());
    REQUIRE(feed->start().ok());

    // Another connection takes the write lock and keeps it while the feed polls.
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(t.path());
        REQUIRE(holder.open());
        QSqlQuery q(holder);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.language', 'en')")));

        QElapsedTimer timer;
        timer.start();
        CHECK(waitForChanges(*feed, 300, false) == 0); // uncommitted work is not a change
        CHECK(timer.elapsed() < 1000); // and the polls did not block the event loop

        REQUIRE(q.exec(QStringLiteral("COMMIT")));
        CHECK(waitForChanges(*feed, 2000) == 1);
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("a change feed on a missing file says so", "[file]")
{
    TempDatabase t;
    SqliteChangeFeed feed(t.dir() + QStringLiteral("/gone.db"));
    const Status started = feed.start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().code == ErrorCode::NotFound);
    CHECK(started.error().message.contains(QStringLiteral("gone.db")));
    CHECK_FALSE(feed.isRunning());
}
