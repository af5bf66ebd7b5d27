// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WaitText.h"
#include "core/queue/WaitEstimator.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

namespace {

// One KTP citizen served at loket 2 for `minutes`; the clock moves on by that.
void serve(test::QueueFixture &f, qint64 service, double minutes)
{
    f.issue(service);
    const Ticket called = f.callNext(f.budi, f.loket2);
    REQUIRE(f.queue.start(f.budi, f.loket2, called.id).ok());
    f.clock.advanceMs(qint64(minutes * kMinute));
    REQUIRE(f.queue.finish(f.budi, f.loket2, called.id).ok());
}

// 08.00 WIB on `day`.
void morningOf(test::QueueFixture &f, QDate day)
{
    f.clock.set(QDateTime(day, QTime(1, 0), Qt::UTC));
}

} // namespace

TEST_CASE("the typical service time is the median, and the target fills in while there are few services")
{
    CHECK(WaitEstimator::typicalMinutes({}, 15) == Approx(15));
    // One fast service does not make the estimate: four places are still the target's.
    CHECK(WaitEstimator::typicalMinutes({ 1 * kMinute }, 30) == Approx(30));
    CHECK(WaitEstimator::typicalMinutes({ 4 * kMinute, 6 * kMinute }, 15) == Approx(15));
    // Three fast services are evidence: the median moves.
    CHECK(WaitEstimator::typicalMinutes({ kMinute, kMinute, kMinute }, 30) == Approx(1));
    const QList<qint64> five { 9 * kMinute, 3 * kMinute, 5 * kMinute, 4 * kMinute, 6 * kMinute };
    CHECK(WaitEstimator::typicalMinutes(five, 60) == Approx(5));
    // An even count takes the middle two: (4 + 6) / 2.
    CHECK(WaitEstimator::typicalMinutes(
              { 2 * kMinute, 6 * kMinute, 4 * kMinute, 30 * kMinute, 3 * kMinute, 8 * kMinute }, 15)
        == Approx(5));
    // One citizen who took an hour does not drag the estimate up.
    CHECK(WaitEstimator::typicalMinutes({ 5 * kMinute, 5 * kMinute, 5 * kMinute, 5 * kMinute, 60 * kMinute }, 15)
        == Approx(5));
}

TEST_CASE("waits are told in steps a person can plan with, never about 0 minutes")
{
    CHECK(roundWaitMinutes(0) == 0);
    CHECK(roundWaitMinutes(-3) == 0);
    CHECK(roundWaitMinutes(4.9) == 0);
    CHECK(roundWaitMinutes(5) == 5);
    CHECK(roundWaitMinutes(7.4) == 5);
    CHECK(roundWaitMinutes(7.6) == 10);
    CHECK(roundWaitMinutes(58) == 60);
    CHECK(roundWaitMinutes(66) == 70);
    CHECK(roundWaitMinutes(124) == 120);
    CHECK(roundWaitMinutes(140) == 150);
    CHECK(waitText(0) == QStringLiteral("less than 5 min."));
    CHECK(waitText(25) == QStringLiteral("about 25 min."));
    CHECK(waitText(90) == QStringLiteral("about 1 hr 30 min."));
    CHECK(waitText(120).startsWith(QStringLiteral("about 2 hour")));
    for (double m : { 0.0, 0.4, 1.0, 2.5, 4.99 })
        CHECK_FALSE(waitText(roundWaitMinutes(m)).contains(QLatin1Char('0')));
}

TEST_CASE("the estimated wait shares the people ahead among the open counters, rounded to steps")
{
    WaitEstimate e = WaitEstimator::estimate(0, 10, 2);
    CHECK(e.position == 1);
    CHECK(e.peopleAhead == 0);
    CHECK(e.minutes == 0);
    CHECK(e.text() == QStringLiteral("less than 5 min."));

    e = WaitEstimator::estimate(4, 10, 2);
    CHECK(e.position == 5);
    CHECK(e.exactMinutes == Approx(20));
    CHECK(e.minutes == 20);

    CHECK(WaitEstimator::estimate(3, 10, 2).minutes == 15);
    CHECK(WaitEstimator::estimate(1, 7.5, 2).minutes == 0); // 3.75: less than 5 minutes
    CHECK(WaitEstimator::estimate(3, 7, 1).minutes == 20); // 21
    CHECK(WaitEstimator::estimate(6, 0.1, 3).text() == QStringLiteral("less than 5 min."));
}

TEST_CASE("without an open counter for the service there is a position but no wait estimate")
{
    const WaitEstimate e = WaitEstimator::estimate(7, 10, 0);
    CHECK(e.position == 8);
    CHECK_FALSE(e.minutes.has_value());
    CHECK(e.text().isEmpty());
}

TEST_CASE("a waiting ticket's estimate uses recent days' median service time and the open counters")
{
    test::QueueFixture f;
    // Last Thursday and Friday: KTP services of 4, 6, 20, 6 and 8 minutes. Median 6.
    morningOf(f, QDate(2026, 11, 19));
    for (int minutes : { 4, 6, 20 })
        serve(f, f.ktp, minutes);
    morningOf(f, QDate(2026, 11, 20));
    for (int minutes : { 6, 8 })
        serve(f, f.ktp, minutes);
    morningOf(f, QDate(2026, 11, 23));
    const Ticket a = f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.ktp);
    const Ticket last = f.issue(f.ktp);
    f.issue(f.kk); // another service's line does not count

    auto first = f.queue.reader().estimate(a.id);
    REQUIRE(first.ok());
    CHECK(first->position == 1);
    CHECK(first->minutes == 0);
    CHECK(first->text() == QStringLiteral("less than 5 min."));

    auto sixth = f.queue.reader().estimate(last.id);
    REQUIRE(sixth.ok());
    CHECK(sixth->position == 6);
    CHECK(sixth->fromHistory);
    CHECK(sixth->samples == 5);
    CHECK(sixth->serviceMinutes == Approx(6));
    CHECK(sixth->openCounters == 2); // loket 1 and 2 serve KTP
    CHECK(sixth->minutes == 15); // 5 × 6 / 2

    // One counter closes: the same people take twice as long.
    REQUIRE(f.counters.close(f.siti, f.loket1).ok());
    auto slower = f.queue.reader().estimate(last.id);
    REQUIRE(slower.ok());
    CHECK(slower->openCounters == 1);
    CHECK(slower->minutes == 30); // 5 × 6 / 1
}

TEST_CASE("one fast service does not turn a long wait into a short one")
{
    test::QueueFixture f;
    // Before any service: 10 waiting for KK at one open counter, target 20 minutes.
    for (int i = 0; i < 10; ++i)
        f.issue(f.kk);
    auto before = f.queue.reader().estimateForNewTicket(f.kk);
    REQUIRE(before.ok());
    CHECK_FALSE(before->fromHistory);
    CHECK(before->serviceMinutes == Approx(20));
    CHECK(before->minutes == 210); // 10 × 20 / 1 = 200, to the nearest half hour

    // The first citizen is done in one minute.
    const Ticket quick = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.start(f.siti, f.loket1, quick.id).ok());
    f.clock.advanceSecs(60);
    REQUIRE(f.queue.finish(f.siti, f.loket1, quick.id).ok());
    auto after = f.queue.reader().estimateForNewTicket(f.kk);
    REQUIRE(after.ok());
    CHECK(after->samples == 1);
    CHECK(after->serviceMinutes == Approx(20)); // median of 1, 20, 20, 20, 20
    CHECK(after->minutes == 180); // 9 ahead × 20, not 9 × 1
}

TEST_CASE("the history is the last ten days with services, within eight weeks")
{
    test::QueueFixture f;
    // Eight weeks and more ago: slow services that no longer count.
    morningOf(f, QDate(2026, 9, 21));
    for (int i = 0; i < 6; ++i)
        serve(f, f.ktp, 40);
    // Eleven working days with one service each, the oldest slow.
    QList<QDate> days;
    for (QDate d(2026, 11, 6); d < QDate(2026, 11, 23); d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days << d;
    }
    REQUIRE(days.size() == 11);
    for (qsizetype i = 0; i < days.size(); ++i) {
        morningOf(f, days.at(i));
        serve(f, f.ktp, i == 0 ? 50 : 8);
    }
    auto recent = WaitEstimator::recentDurations(*f.t.db(), f.ktp, QDate(2026, 11, 23));
    REQUIRE(recent.ok());
    CHECK(recent->size() == WaitEstimator::historyDays); // the oldest of the eleven days is left out
    for (qint64 ms : recent.value())
        CHECK(ms == 8 * kMinute);
    // Further back than eight weeks nothing counts, however few services there are.
    auto sparse = WaitEstimator::recentDurations(*f.t.db(), f.ktp, QDate(2026, 11, 17));
    REQUIRE(sparse.ok());
    CHECK(sparse->size() == 8); // 6 … 17 November; nothing from September
}

TEST_CASE("reading the history walks the service's day index and never sorts the whole table", "[file]")
{
    test::QueueFixture f;
    QStringList plan;
    QSqlQuery q(f.t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString(WaitEstimator::recentDurationsSql())
                       .replace(QStringLiteral("?"), QStringLiteral("1"))));
    while (q.next())
        plan << q.value(3).toString();
    INFO(plan.join(QStringLiteral(" | ")).toStdString());
    CHECK(plan.join(QLatin1Char(' ')).contains(QStringLiteral("tickets_service_day_status")));
    CHECK_FALSE(plan.join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));
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
