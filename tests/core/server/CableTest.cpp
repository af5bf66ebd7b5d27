// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A pulled cable between a PC and the server (tests/support/CableProxy): the
// socket stays open and nothing answers, so nothing fails by itself for
// seconds (a real cable: until the TCP timeouts) or ever (a hung server).
// What a PC must do then: say so within seconds, keep its screens running,
// refuse at once what needs the server, and come back by itself.
#include "core/queue/QueueService.h"
#include "core/storage/PostgresChangeFeed.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/core/server/ServerFixture.h"
#include "tests/support/CableProxy.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

using namespace loket;
using loket::test::CableProxy;
using loket::test::QueueFixture;
using loket::test::waitUntil;

namespace {

// The longest time this thread's event loop went without running a 20 ms
// timer: what a screen's clock would have stood still.
class StallMeter {
public:
    StallMeter()
    {
        m_since.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_since.restart());
        });
        m_timer.start(20);
    }
    qint64 longestMs() const { return std::max(m_longest, m_since.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

// The office on the server (the other PCs: f) and this PC, on the same
// database through a cable the test pulls.
struct BehindCable {
    QueueFixture f;
    CableProxy cable;
    DatabasePtr pc;
    BehindCable()
        : cable(QUrl(f.t.path()).host(), static_cast<quint16>(QUrl(f.t.path()).port(5432)))
    {
        auto opened = Database::open(cable.through(f.t.path()));
        REQUIRE(opened.ok());
        pc = opened.value();
    }
    ~BehindCable() { pc->closeThreadConnection(); }
};

struct FeedCounts {
    int lost = 0, restored = 0, changes = 0;
    explicit FeedCounts(ChangeFeed &feed)
    {
        QObject::connect(&feed, &ChangeFeed::connectionLost, [this] { ++lost; });
        QObject::connect(&feed, &ChangeFeed::connectionRestored, [this] { ++restored; });
        QObject::connect(&feed, &ChangeFeed::changed, [this] { ++changes; });
    }
};

} // namespace

TEST_CASE("a pulled cable is seen within seconds without holding the screens, what needs the server is refused at "
          "once, and all comes back when the cable is in again")
{
    REQUIRE(test::onServer());
    BehindCable office; // f: the other PCs, on the server directly; pc: this one, behind the cable
    QueueFixture &f = office.f;
    CableProxy &cable = office.cable;
    const DatabasePtr &pc = office.pc;
    QueueService queue(pc, f.clock);
    PostgresChangeFeed feed(*pc, 200, 1000);
    FeedCounts seen(feed);
    REQUIRE(feed.start().ok());
    StallMeter stalls;

    auto first = queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE(first.ok());
    CHECK(first->number == QStringLiteral("A-001"));
    CHECK(waitUntil([&] { return seen.changes > 0; }, 2000));

    cable.pull();
    QElapsedTimer pulled;
    pulled.start();
    REQUIRE(waitUntil([&] { return seen.lost == 1; }, 5000));
    CHECK(pulled.elapsed() < 2500); // a check every 200 ms, answered within 1 s or the server counts as gone
    CHECK(feed.serverAway());
    CHECK(Database::serverAway(pc->path()));

    // A kiosk tap and a read while the cable is out: refused at once, in words, nothing issued.
    QElapsedTimer tap;
    tap.start();
    auto refused = queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Unreachable);
    CHECK(refused.error().message.contains(QStringLiteral("Nothing of this step was saved")));
    {
        QSqlQuery q(pc->connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM tickets")));
    }
    CHECK(tap.elapsed() < 300);

    // The other PCs go on; this one stays away while the cable is out.
    CHECK(f.issue(f.ktp).number == QStringLiteral("A-002"));
    waitUntil([] { return false; }, 1500);
    CHECK(seen.restored == 0);

    seen.changes = 0;
    cable.plugIn();
    QElapsedTimer back;
    back.start();
    REQUIRE(waitUntil([&] { return seen.restored == 1; }, 8000));
    CHECK(back.elapsed() < 3000);
    CHECK(seen.changes >= 1); // what the others saved meanwhile is read again
    CHECK_FALSE(feed.serverAway());
    CHECK_FALSE(Database::serverAway(pc->path()));

    auto third = queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE(third.ok());
    CHECK(third->number == QStringLiteral("A-003"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 3);
    seen.changes = 0;
    f.issue(f.ktp);
    CHECK(waitUntil([&] { return seen.changes > 0; }, 2000)); // listening again through the cable
    CHECK(seen.lost == 1);
    CHECK(stalls.longestMs() < 400);
}

TEST_CASE("a change feed started while the cable is out does not hold the screen, says so, and follows once it is in")
{
    REQUIRE(test::onServer());
    BehindCable office;
    QueueFixture &f = office.f;
    CableProxy &cable = office.cable;
    const DatabasePtr &pc = office.pc;
    cable.pull();

    StallMeter stalls;
    PostgresChangeFeed feed(*pc, 200, 1000);
    FeedCounts seen(feed);
    QElapsedTimer started;
    started.start();
    CHECK(feed.start().ok()); // not known yet: followed when the server answers
    CHECK(started.elapsed() < PostgresChangeFeed::kStartWaitMs + 500);
    CHECK(waitUntil([&] { return seen.lost == 1; }, 4000));
    CHECK(feed.serverAway());

    cable.plugIn();
    CHECK(waitUntil([&] { return seen.restored == 1; }, 10000));
    CHECK(seen.changes >= 1);
    seen.changes = 0;
    f.issue(f.ktp);
    CHECK(waitUntil([&] { return seen.changes > 0; }, 2000));
    // start() itself waited for the first answer; after it, nothing stood still.
    CHECK(stalls.longestMs() < PostgresChangeFeed::kStartWaitMs + 500);
}

TEST_CASE("a feed stopped while it says the server is away no longer refuses this process's changes")
{
    REQUIRE(test::onServer());
    BehindCable office;
    QueueFixture &f = office.f;
    CableProxy &cable = office.cable;
    const DatabasePtr &pc = office.pc;
    {
        PostgresChangeFeed feed(*pc, 100, 300);
        FeedCounts seen(feed);
        REQUIRE(feed.start().ok());
        cable.pull();
        REQUIRE(waitUntil([&] { return seen.lost == 1; }, 3000));
        CHECK(Database::serverAway(pc->path()));
        QElapsedTimer stopping;
        stopping.start();
        feed.stop(); // its thread still waits on the cable
        CHECK(stopping.elapsed() < 1500);
    }
    CHECK_FALSE(Database::serverAway(pc->path()));
    cable.plugIn();
    QueueService queue(pc, f.clock);
    auto issued = queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE(issued.ok());
    CHECK(issued->number == QStringLiteral("A-001"));
}
