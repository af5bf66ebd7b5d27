// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

// One ticket in each unfinished state, and one done, at `counter` staffed by `officer`.
struct DayTickets {
    Ticket waiting, called, serving, held, done;
};

DayTickets makeDay(test::QueueFixture &f, const Actor &officer, qint64 counter)
{
    DayTickets d;
    d.done = f.issue(f.ktp);
    d.held = f.issue(f.ktp);
    d.serving = f.issue(f.ktp);
    d.called = f.issue(f.ktp);
    d.waiting = f.issue(f.ktp);
    REQUIRE(f.callNext(officer, counter).id == d.done.id);
    REQUIRE(f.queue.start(officer, counter, d.done.id).ok());
    REQUIRE(f.queue.finish(officer, counter, d.done.id).ok());
    REQUIRE(f.callNext(officer, counter).id == d.held.id);
    REQUIRE(f.queue.hold(officer, counter, d.held.id).ok());
    REQUIRE(f.callNext(officer, counter).id == d.serving.id);
    REQUIRE(f.queue.start(officer, counter, d.serving.id).ok());
    REQUIRE(f.queue.hold(officer, counter, d.serving.id).ok()); // free the counter for one more call
    REQUIRE(f.queue.resume(officer, counter, d.serving.id).ok());
    REQUIRE(f.queue.start(officer, counter, d.serving.id).ok());
    return d;
}

} // namespace

TEST_CASE("closing the day expires every unfinished ticket of earlier days")
{
    test::QueueFixture f;
    // Friday 20 November 2026, 10.00 WIB.
    f.clock.set(QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC));
    DayTickets friday = makeDay(f, f.budi, f.loket2);
    // The called one is called at loket 1 (loket 2 is busy serving).
    REQUIRE(f.callNext(f.siti, f.loket1).id == friday.called.id);

    // Monday morning, before opening.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC));
    const Ticket monday = f.issue(f.ktp);
    auto expired = f.queue.closeDay(Actor::system());
    REQUIRE(expired.ok());
    CHECK(expired.value() == 4);
    for (const Ticket &t : { friday.waiting, friday.called, friday.serving, friday.held }) {
        const Ticket now = f.reload(t);
        INFO(t.number.toStdString());
        CHECK(now.status == TicketStatus::Expired);
        CHECK(now.finishedAt == f.clock.nowUtc());
        CHECK(f.eventKinds(t.id).last() == QLatin1String("expire"));
    }
    CHECK(f.reload(friday.done).status == TicketStatus::Done);
    CHECK(f.reload(monday).status == TicketStatus::Waiting);
    // The counters are free again for today.
    CHECK(f.queue.callNext(f.budi, f.loket2).ok());
}

TEST_CASE("after closing time today's waiting and parked tickets expire, those at a desk are left to finish")
{
    test::QueueFixture f;
    DayTickets today = makeDay(f, f.budi, f.loket2);
    REQUIRE(f.callNext(f.siti, f.loket1).id == today.called.id);

    // 15.59 WIB: still open, nothing expires.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 59), Qt::UTC));
    auto early = f.queue.closeDay(Actor::system());
    REQUIRE(early.ok());
    CHECK(early.value() == 0);

    // 16.00 WIB: closed.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto closing = f.queue.closeDay(Actor::system());
    REQUIRE(closing.ok());
    CHECK(closing.value() == 2);
    CHECK(f.reload(today.waiting).status == TicketStatus::Expired);
    CHECK(f.reload(today.held).status == TicketStatus::Expired);
    CHECK(f.reload(today.serving).status == TicketStatus::Serving);
    CHECK(f.reload(today.called).status == TicketStatus::Called);
    // The officer still finishes the citizen at the desk.
    CHECK(f.queue.finish(f.budi, f.loket2, today.serving.id).ok());

    // Next morning the one left over expires too.
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
    auto nextDay = f.queue.closeDay(Actor::system());
    REQUIRE(nextDay.ok());
    CHECK(nextDay.value() == 1);
    CHECK(f.reload(today.called).status == TicketStatus::Expired);
}

TEST_CASE("closing the day twice changes nothing the second time")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.kk);
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)); // 17.00 WIB
    auto first = f.queue.closeDay(f.sari);
    REQUIRE(first.ok());
    CHECK(first.value() == 2);
    const int events = f.count(QStringLiteral("SELECT count(*) FROM ticket_events"));
    const int audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'queue.close_day'"));
    CHECK(audit == 1);
    f.clock.advanceSecs(60);
    auto second = f.queue.closeDay(f.sari);
    REQUIRE(second.ok());
    CHECK(second.value() == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_events")) == events);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'queue.close_day'")) == audit);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'expire' AND officer_id = %1")
                      .arg(f.sari.userId))
        == 2);
}

TEST_CASE("on a day without office hours nothing of today expires before midnight")
{
    test::QueueFixture f;
    // Saturday 28 November 2026, 20.00 WIB: the office keeps no Saturday hours.
    f.clock.set(QDateTime(QDate(2026, 11, 28), QTime(13, 0), Qt::UTC));
    const Ticket t = f.issue(f.ktp);
    auto closed = f.queue.closeDay(Actor::system());
    REQUIRE(closed.ok());
    CHECK(closed.value() == 0);
    CHECK(f.reload(t).status == TicketStatus::Waiting);
}

TEST_CASE("an officer may not close the day")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC));
    auto refused = f.queue.closeDay(f.budi);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'expired'")) == 0);
}
