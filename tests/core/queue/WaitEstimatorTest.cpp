// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/WaitEstimator.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

TEST_CASE("the typical service time is the median of the durations, or the target before any")
{
    CHECK(WaitEstimator::typicalMinutes({}, 15) == Approx(15));
    CHECK(WaitEstimator::typicalMinutes({ 4 * kMinute }, 15) == Approx(4));
    CHECK(WaitEstimator::typicalMinutes({ 9 * kMinute, 3 * kMinute, 5 * kMinute }, 15) == Approx(5));
    // An even count takes the middle two: (4 + 6) / 2.
    CHECK(WaitEstimator::typicalMinutes({ 2 * kMinute, 6 * kMinute, 4 * kMinute, 30 * kMinute }, 15) == Approx(5));
    // One citizen who took an hour does not drag the estimate up.
    CHECK(WaitEstimator::typicalMinutes({ 5 * kMinute, 5 * kMinute, 60 * kMinute }, 15) == Approx(5));
}

TEST_CASE("the estimated wait shares the people ahead among the open counters, rounded up")
{
    WaitEstimate e = WaitEstimator::estimate(0, 10, 2);
    CHECK(e.position == 1);
    CHECK(e.peopleAhead == 0);
    CHECK(e.minutes == 0);

    e = WaitEstimator::estimate(4, 10, 2);
    CHECK(e.position == 5);
    CHECK(e.minutes == 20);

    CHECK(WaitEstimator::estimate(3, 10, 2).minutes == 15);
    CHECK(WaitEstimator::estimate(1, 7.5, 2).minutes == 4); // 3.75 → 4
    CHECK(WaitEstimator::estimate(3, 5, 1).minutes == 15);
    CHECK(WaitEstimator::estimate(6, 0.1, 3).minutes == 1); // 0.2 → 1, never "0 minutes" with people ahead
}

TEST_CASE("without an open counter for the service there is a position but no wait estimate")
{
    const WaitEstimate e = WaitEstimator::estimate(7, 10, 0);
    CHECK(e.position == 8);
    CHECK_FALSE(e.minutes.has_value());
}

TEST_CASE("a waiting ticket's estimate uses today's median service time and the open counters")
{
    test::QueueFixture f;
    // Three KTP services today took 4, 6 and 20 minutes: the median is 6.
    for (int minutes : { 4, 6, 20 }) {
        f.issue(f.ktp);
        const Ticket called = f.callNext(f.budi, f.loket2);
        REQUIRE(f.queue.start(f.budi, f.loket2, called.id).ok());
        f.clock.advanceSecs(minutes * 60);
        REQUIRE(f.queue.finish(f.budi, f.loket2, called.id).ok());
    }
    const Ticket a = f.issue(f.ktp);
    const Ticket b = f.issue(f.ktp);
    const Ticket c = f.issue(f.ktp);
    const Ticket d = f.issue(f.ktp);
    f.issue(f.kk); // another service's line does not count

    auto first = f.queue.reader().estimate(a.id);
    REQUIRE(first.ok());
    CHECK(first->position == 1);
    CHECK(first->minutes == 0);

    auto fourth = f.queue.reader().estimate(d.id);
    REQUIRE(fourth.ok());
    CHECK(fourth->position == 4);
    CHECK(fourth->peopleAhead == 3);
    CHECK(fourth->fromToday);
    CHECK(fourth->serviceMinutes == Approx(6));
    CHECK(fourth->openCounters == 2); // loket 1 and 2 serve KTP
    CHECK(fourth->minutes == 9); // 3 × 6 / 2

    // A priority ticket taken now stands first in line.
    const Ticket p = f.issue(f.ktp, f.lansia);
    auto priority = f.queue.reader().estimate(p.id);
    REQUIRE(priority.ok());
    CHECK(priority->position == 1);
    auto pushedBack = f.queue.reader().estimate(d.id);
    REQUIRE(pushedBack.ok());
    CHECK(pushedBack->position == 5);

    // One counter closes: the same people take twice as long.
    REQUIRE(f.counters.close(f.siti, f.loket1).ok());
    auto slower = f.queue.reader().estimate(d.id);
    REQUIRE(slower.ok());
    CHECK(slower->openCounters == 1);
    CHECK(slower->minutes == 24); // 4 × 6 / 1
    (void)b;
    (void)c;
}

TEST_CASE("before any service has finished today the estimate uses the service's target time")
{
    test::QueueFixture f;
    // Yesterday's services do not count.
    f.clock.set(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
    f.issue(f.kk);
    const Ticket y = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.start(f.siti, f.loket1, y.id).ok());
    f.clock.advanceSecs(2 * 60);
    REQUIRE(f.queue.finish(f.siti, f.loket1, y.id).ok());

    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    f.issue(f.kk);
    const Ticket second = f.issue(f.kk);
    auto e = f.queue.reader().estimate(second.id);
    REQUIRE(e.ok());
    CHECK_FALSE(e->fromToday);
    CHECK(e->serviceMinutes == Approx(20));
    CHECK(e->openCounters == 1); // only loket 1 of the KK counters is open
    CHECK(e->minutes == 20);

    auto fresh = f.queue.reader().estimateForNewTicket(f.kk);
    REQUIRE(fresh.ok());
    CHECK(fresh->position == 3);
    CHECK(fresh->minutes == 40);
}

TEST_CASE("a ticket that no longer waits has no place in the line")
{
    test::QueueFixture f;
    const Ticket a = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    auto e = f.queue.reader().estimate(a.id);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == ErrorCode::InvalidState);
    CHECK(e.error().message.contains(QStringLiteral("A-001")));
}
