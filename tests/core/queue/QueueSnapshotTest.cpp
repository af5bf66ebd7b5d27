// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {

const CounterView &viewOf(const QueueSnapshot &s, int number)
{
    for (const CounterView &v : s.counters) {
        if (v.counter.number == number)
            return v;
    }
    FAIL("no counter " << number << " in the snapshot");
    return s.counters.first();
}

const ServiceQueue &serviceOf(const QueueSnapshot &s, const QString &code)
{
    for (const ServiceQueue &q : s.services) {
        if (q.service.code == code)
            return q;
    }
    FAIL("no service " << code.toStdString() << " in the snapshot");
    return s.services.first();
}

} // namespace

TEST_CASE("the snapshot shows each counter's state, its current and parked tickets, and what it may call")
{
    test::QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    const Ticket a2 = f.issue(f.ktp);
    const Ticket b1 = f.issue(f.kk, f.lansia);
    f.issue(f.ktp);
    f.issue(f.kk);
    REQUIRE(f.callNext(f.budi, f.loket2).id == a1.id);
    REQUIRE(f.queue.hold(f.budi, f.loket2, a1.id).ok());
    REQUIRE(f.callNext(f.budi, f.loket2).id == a2.id);
    REQUIRE(f.queue.start(f.budi, f.loket2, a2.id).ok());
    REQUIRE(f.counters.pause(f.siti, f.loket1, QStringLiteral("istirahat")).ok());

    auto snap = f.queue.snapshot();
    REQUIRE(snap.ok());
    CHECK(snap->day == QDate(2026, 11, 23));
    CHECK(snap->at == f.clock.nowUtc());
    REQUIRE(snap->counters.size() == 3);

    const CounterView &one = viewOf(snap.value(), 1);
    CHECK(one.counter.state == CounterState::Paused);
    CHECK(one.counter.stateReason == QLatin1String("istirahat"));
    CHECK_FALSE(one.current.has_value());
    CHECK(one.waiting == 3); // A-003, B-001, B-002

    const CounterView &two = viewOf(snap.value(), 2);
    CHECK(two.counter.state == CounterState::Open);
    CHECK(two.counter.officerName == QLatin1String("Budi Santoso"));
    REQUIRE(two.current.has_value());
    CHECK(two.current->number == QLatin1String("A-002"));
    CHECK(two.current->status == TicketStatus::Serving);
    REQUIRE(two.held.size() == 1);
    CHECK(two.held.first().number == QLatin1String("A-001"));
    CHECK(two.waiting == 1);

    const CounterView &three = viewOf(snap.value(), 3);
    CHECK(three.counter.state == CounterState::Closed);
    CHECK(three.waiting == 2);

    const ServiceQueue &ktp = serviceOf(snap.value(), QStringLiteral("KTP"));
    CHECK(ktp.waiting == 1);
    CHECK(ktp.priorityWaiting == 0);
    CHECK(ktp.openCounters == 1); // loket 1 is paused
    const ServiceQueue &kk = serviceOf(snap.value(), QStringLiteral("KK"));
    CHECK(kk.waiting == 2);
    CHECK(kk.priorityWaiting == 1);
    CHECK(kk.openCounters == 0);
    CHECK(snap->services.size() == 2); // IUMK is not offered
    (void)b1;
}

TEST_CASE("the board's last calls are newest first, with the counter, and a recall shows again")
{
    test::QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.kk);
    f.callNext(f.budi, f.loket2); // A-001 at 2
    f.clock.advanceSecs(10);
    f.callNext(f.siti, f.loket1); // A-002 at 1
    f.clock.advanceSecs(10);
    REQUIRE(f.queue.recall(f.budi, f.loket2, a1.id).ok());

    auto calls = f.queue.reader().recentCalls(5);
    REQUIRE(calls.ok());
    REQUIRE(calls->size() == 3);
    CHECK(calls->at(0).number == QLatin1String("A-001"));
    CHECK(calls->at(0).counterNumber == 2);
    CHECK(calls->at(0).repeated);
    CHECK(calls->at(0).at == f.clock.nowUtc());
    CHECK(calls->at(1).number == QLatin1String("A-002"));
    CHECK(calls->at(1).counterNumber == 1);
    CHECK(calls->at(1).counterName == QLatin1String("Loket 1"));
    CHECK(calls->at(1).serviceName == QLatin1String("KTP-el"));
    CHECK_FALSE(calls->at(1).repeated);
    CHECK(calls->at(2).number == QLatin1String("A-001"));

    auto two = f.queue.reader().recentCalls(2);
    REQUIRE(two.ok());
    CHECK(two->size() == 2);

    // Yesterday's calls are not on today's board.
    f.clock.advanceSecs(24 * 3600);
    auto tomorrow = f.queue.reader().recentCalls(5);
    REQUIRE(tomorrow.ok());
    CHECK(tomorrow->isEmpty());
}

TEST_CASE("a counter's line is listed in the order it will be called")
{
    test::QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    f.clock.advanceSecs(60);
    const Ticket b1 = f.issue(f.kk);
    f.clock.advanceSecs(60);
    const Ticket a2 = f.issue(f.ktp, f.lansia);
    f.clock.advanceSecs(60);
    const Ticket b2 = f.issue(f.kk, f.lansia);

    QueueSnapshotOptions options;
    options.counterId = f.loket1;
    auto snap = f.queue.snapshot(options);
    REQUIRE(snap.ok());
    QStringList line;
    for (const Ticket &t : snap->waitingForCounter)
        line << t.number;
    CHECK(line == QStringList({ a2.number, b2.number, a1.number, b1.number }));

    auto two = f.queue.reader().waitingFor(f.loket2);
    REQUIRE(two.ok());
    REQUIRE(two->size() == 2);
    CHECK(two->at(0).number == a2.number);
    CHECK(two->at(1).number == a1.number);

    // The first call takes the head of the line.
    CHECK(f.callNext(f.siti, f.loket1).id == a2.id);
}

TEST_CASE("the snapshot can carry the wait a new ticket would have")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    QueueSnapshotOptions options;
    options.estimates = true;
    auto snap = f.queue.snapshot(options);
    REQUIRE(snap.ok());
    const ServiceQueue &ktp = serviceOf(snap.value(), QStringLiteral("KTP"));
    REQUIRE(ktp.newTicket.has_value());
    CHECK(ktp.newTicket->position == 3);
    CHECK(ktp.newTicket->minutes == 15); // 2 × 15 / 2 counters
    const ServiceQueue &kk = serviceOf(snap.value(), QStringLiteral("KK"));
    REQUIRE(kk.newTicket.has_value());
    CHECK(kk.newTicket->minutes == 0);
}

TEST_CASE("the screens' queries use indexes, not a scan of every ticket ever issued", "[file]")
{
    test::QueueFixture f;
    auto plan = [&](const QString &sql) {
        QSqlQuery q(f.t.db()->connection());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QLatin1Char('\n'));
    };
    // The current ticket of a counter, a ticket by its number, the counter's recent calls,
    // and the unfinished tickets when the day closes.
    CHECK(plan(QStringLiteral("SELECT id FROM tickets t WHERE t.counter_id = 1 AND t.service_day = '2026-11-23' "
                              "AND t.status IN ('called', 'serving')"))
              .contains(QStringLiteral("USING INDEX")));
    CHECK(plan(QStringLiteral("SELECT id FROM tickets t WHERE t.service_day = '2026-11-23' AND t.number = 'A-001'"))
              .contains(QStringLiteral("tickets_day_number")));
    CHECK(plan(QStringLiteral("SELECT e.id FROM ticket_events e WHERE e.counter_id = 1 AND e.id >= 5 "
                              "ORDER BY e.id DESC LIMIT 3"))
              .contains(QStringLiteral("ticket_events_counter")));
    CHECK(plan(QStringLiteral("SELECT id FROM tickets WHERE status IN ('waiting', 'called', 'serving', 'held') "
                              "AND service_day < '2026-11-23'"))
              .contains(QStringLiteral("tickets_status_day")));
}
