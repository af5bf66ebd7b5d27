// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One key per citizen (finish and call the next), taking a no-show back, and
// what an officer is told when signing in: out of hours, another window.
#include "tests/core/queue/QueueFixture.h"

#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSysInfo>

using namespace loket;

namespace {

// The ticket_events rows without their ids: what a step leaves behind.
QStringList eventRows(const test::QueueFixture &f)
{
    QSqlQuery q(f.t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT t.number, e.at, e.kind, e.status_after, coalesce(e.counter_id, 0), "
                                  "coalesce(e.officer_id, 0), e.detail FROM ticket_events e "
                                  "JOIN tickets t ON t.id = e.ticket_id ORDER BY e.id")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// Two waiting KTP tickets; the first called and served at loket 1 for five minutes.
Ticket serveFirstOfTwo(test::QueueFixture &f)
{
    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    const Ticket first = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.start(f.siti, f.loket1, first.id).ok());
    f.clock.advanceSecs(5 * 60);
    return first;
}

void setStartOnCall(test::QueueFixture &f, bool on)
{
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::QueueStartOnCall), on).ok());
}

} // namespace

TEST_CASE("finishing and calling the next leaves exactly the events of a finish followed by a call")
{
    test::QueueFixture apart;
    const Ticket a = serveFirstOfTwo(apart);
    REQUIRE(apart.queue.finish(apart.siti, apart.loket1, a.id, QStringLiteral("KTP-el dicetak")).ok());
    REQUIRE(apart.queue.callNext(apart.siti, apart.loket1).ok());

    test::QueueFixture together;
    const Ticket b = serveFirstOfTwo(together);
    auto both
        = together.queue.finishAndCallNext(together.siti, together.loket1, b.id, QStringLiteral("KTP-el dicetak"));
    REQUIRE(both.ok());
    CHECK(both->finished.number == QLatin1String("A-001"));
    CHECK(both->finished.status == TicketStatus::Done);
    CHECK(both->finished.note == QLatin1String("KTP-el dicetak"));
    REQUIRE(both->called.has_value());
    CHECK(both->called->number == QLatin1String("A-002"));
    CHECK(both->called->status == TicketStatus::Called);
    CHECK(both->called->counterId == together.loket1);
    CHECK(both->notCalled.isEmpty());

    CHECK(eventRows(together) == eventRows(apart));
    CHECK(together.eventKinds(b.id)
        == QStringList {
            QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("finish") });
}

TEST_CASE("finishing and calling the next with nobody waiting finishes the citizen and says the line is empty")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    const Ticket only = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.start(f.siti, f.loket1, only.id).ok());
    f.issue(f.ktp);
    REQUIRE(f.queue.callNext(f.budi, f.loket2).ok()); // loket 2 takes the other one

    auto both = f.queue.finishAndCallNext(f.siti, f.loket1, only.id);
    REQUIRE(both.ok());
    CHECK(both->finished.status == TicketStatus::Done);
    CHECK_FALSE(both->called.has_value());
    CHECK(both->notCalled.contains(QStringLiteral("No ticket is waiting for loket 1")));
    CHECK(f.reload(only).status == TicketStatus::Done);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE counter_id = %1 AND status IN "
                                 "('called', 'serving')")
                      .arg(f.loket1))
        == 0);
}

TEST_CASE("finishing and calling the next is refused whole for a ticket that is only called or not at the counter")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.kk);
    const Ticket called = f.callNext(f.siti, f.loket1);

    auto early = f.queue.finishAndCallNext(f.siti, f.loket1, called.id);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("has not started")));
    CHECK(f.reload(called).status == TicketStatus::Called);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'waiting'")) == 1);

    // Budi cannot finish Siti's ticket from loket 2.
    REQUIRE(f.queue.start(f.siti, f.loket1, called.id).ok());
    auto elsewhere = f.queue.finishAndCallNext(f.budi, f.loket2, called.id);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(f.reload(called).status == TicketStatus::Serving);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'waiting'")) == 1);
}

TEST_CASE("with queue.start_on_call the call starts the service, so one key serves each citizen")
{
    test::QueueFixture f;
    CHECK_FALSE(SettingsStore(f.t.db()).boolValue(QLatin1String(SettingKey::QueueStartOnCall))); // off by default
    setStartOnCall(f, true);
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.ktp);

    const Ticket first = f.callNext(f.siti, f.loket1);
    CHECK(first.status == TicketStatus::Serving);
    CHECK(first.startedAt == f.clock.nowUtc());
    CHECK(f.eventKinds(first.id)
        == QStringList { QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("start") });
    auto events = f.queue.events(first.id);
    REQUIRE(events.ok());
    CHECK(events->last().detail == QLatin1String("auto"));

    f.clock.advanceSecs(4 * 60);
    auto next = f.queue.finishAndCallNext(f.siti, f.loket1, first.id);
    REQUIRE(next.ok());
    CHECK(next->finished.status == TicketStatus::Done);
    CHECK(next->finished.finishedAt.toSecsSinceEpoch() - next->finished.startedAt.toSecsSinceEpoch() == 4 * 60);
    REQUIRE(next->called.has_value());
    CHECK(next->called->status == TicketStatus::Serving);

    // Nobody has come since the call: it can still be called again or marked as not come.
    f.clock.advanceSecs(30);
    auto again = f.queue.recall(f.siti, f.loket1, next->called->id);
    REQUIRE(again.ok());
    CHECK(again->callCount == 2);
    CHECK(f.queue.noShow(f.siti, f.loket1, next->called->id).ok());

    // An officer who started by hand has seen the citizen: no no-show then.
    setStartOnCall(f, false);
    const Ticket third = f.callNext(f.siti, f.loket1);
    f.clock.advanceSecs(20);
    REQUIRE(f.queue.start(f.siti, f.loket1, third.id).ok());
    CHECK_FALSE(f.queue.noShow(f.siti, f.loket1, third.id).ok());
}

TEST_CASE("a no-show is taken back within a minute by its officer, and both steps stay in the events")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    const Ticket called = f.callNext(f.siti, f.loket1);
    f.clock.advanceSecs(1);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, called.id).ok());

    f.clock.advanceSecs(5);
    auto back = f.queue.undoNoShow(f.siti, f.loket1, called.id);
    REQUIRE(back.ok());
    CHECK(back->status == TicketStatus::Called);
    CHECK(back->counterId == f.loket1);
    CHECK_FALSE(back->finishedAt.isValid());
    CHECK(f.eventKinds(called.id)
        == QStringList { QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("no_show"),
            QStringLiteral("undo_no_show") });
    // It is the counter's ticket again: the service goes on as usual.
    REQUIRE(f.queue.start(f.siti, f.loket1, called.id).ok());
    CHECK(f.queue.finish(f.siti, f.loket1, called.id).ok());

    SECTION("not after the minute")
    {
        const Ticket second = f.callNext(f.siti, f.loket1);
        REQUIRE(f.queue.noShow(f.siti, f.loket1, second.id).ok());
        f.clock.advanceSecs(QueueService::kNoShowUndoSeconds + 1);
        auto late = f.queue.undoNoShow(f.siti, f.loket1, second.id);
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().message.contains(QStringLiteral("can no longer be taken back")));
        CHECK(f.reload(second).status == TicketStatus::NoShow);
    }
    SECTION("not once the counter has called someone else")
    {
        const Ticket second = f.callNext(f.siti, f.loket1);
        REQUIRE(f.queue.noShow(f.siti, f.loket1, second.id).ok());
        f.issue(f.ktp);
        const Ticket third = f.callNext(f.siti, f.loket1);
        auto busy = f.queue.undoNoShow(f.siti, f.loket1, second.id);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().message.contains(QStringLiteral("still busy with ticket %1").arg(third.number)));
        CHECK(f.reload(second).status == TicketStatus::NoShow);
    }
    SECTION("not a ticket that was not a no-show, nor from another counter")
    {
        const Ticket second = f.callNext(f.siti, f.loket1);
        CHECK_FALSE(f.queue.undoNoShow(f.siti, f.loket1, second.id).ok());
        REQUIRE(f.queue.noShow(f.siti, f.loket1, second.id).ok());
        CHECK_FALSE(f.queue.undoNoShow(f.budi, f.loket2, second.id).ok());
        CHECK(f.reload(second).status == TicketStatus::NoShow);
    }
}

TEST_CASE("taking back the no-show of a service started by the call restores the service")
{
    test::QueueFixture f;
    setStartOnCall(f, true);
    f.issue(f.ktp);
    const Ticket called = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, called.id).ok());
    auto back = f.queue.undoNoShow(f.siti, f.loket1, called.id);
    REQUIRE(back.ok());
    CHECK(back->status == TicketStatus::Serving);
    CHECK(back->startedAt == called.startedAt);
}

TEST_CASE("signing in outside opening hours, on a closed weekday or a holiday says when the office is open")
{
    test::QueueFixture f; // Monday 23 November 2026, 08.00 WIB; Mon–Fri 07.30–16.00
    auto within = f.counters.outOfHours();
    REQUIRE(within.ok());
    CHECK_FALSE(within->has_value());

    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(23, 50), Qt::UTC).addDays(-1)); // 06.50 WIB
    auto early = f.counters.outOfHours();
    REQUIRE(early.ok());
    REQUIRE(early->has_value());
    CHECK(early->value().contains(QStringLiteral("opens at 07.30 today; it is 06.50 now")));

    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 15), Qt::UTC)); // 16.15 WIB
    auto late = f.counters.outOfHours();
    REQUIRE(late.ok());
    REQUIRE(late->has_value());
    CHECK(late->value().contains(QStringLiteral("closed at 16.00 today")));
    CHECK(late->value().contains(QStringLiteral("at 07.30")));

    f.clock.set(QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC)); // Saturday 09.00 WIB
    auto saturday = f.counters.outOfHours();
    REQUIRE(saturday.ok());
    REQUIRE(saturday->has_value());
    CHECK(saturday->value().contains(QStringLiteral("closed on")));

    f.t.exec(QStringLiteral("INSERT INTO holidays VALUES ('2026-11-24', 'libur_lokal', 'Hari Jadi Kota')"));
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC)); // Tuesday 09.00 WIB
    auto holiday = f.counters.outOfHours();
    REQUIRE(holiday.ok());
    REQUIRE(holiday->has_value());
    CHECK(holiday->value().contains(QStringLiteral("Hari Jadi Kota")));
}

TEST_CASE("an officer working at a counter in a second window is told of the first until it closes")
{
    test::QueueFixture f;
    const OfficerWindow first = CounterService::thisWindow();
    const OfficerWindow second = CounterService::thisWindow();
    CHECK(first.token != second.token);

    auto alone = f.counters.claimWindow(f.siti, f.loket1, first);
    REQUIRE(alone.ok());
    CHECK_FALSE(alone->has_value());
    auto twice = f.counters.claimWindow(f.siti, f.loket1, second);
    REQUIRE(twice.ok());
    REQUIRE(twice->has_value());
    CHECK(twice->value().token == first.token);
    CHECK(twice->value().counterNumber == 1);
    // Budi at loket 2 is not concerned.
    auto budi = f.counters.claimWindow(f.budi, f.loket2, CounterService::thisWindow());
    REQUIRE(budi.ok());
    CHECK_FALSE(budi->has_value());

    REQUIRE(f.counters.releaseWindow(f.siti, first).ok());
    auto after = f.counters.otherWindow(f.siti, second);
    REQUIRE(after.ok());
    CHECK_FALSE(after->has_value());

    SECTION("a window on another PC counts; one of a process that ended on this PC does not")
    {
        OfficerWindow gone = CounterService::thisWindow();
        gone.pid = 999999999;
        REQUIRE(f.counters.claimWindow(f.siti, f.loket1, gone).ok());
        auto ignored = f.counters.otherWindow(f.siti, second);
        REQUIRE(ignored.ok());
        CHECK_FALSE(ignored->has_value());

        OfficerWindow remote = CounterService::thisWindow();
        remote.host = QSysInfo::machineHostName() + QStringLiteral("-loket-pc");
        remote.pid = 999999999;
        REQUIRE(f.counters.claimWindow(f.siti, f.loket1, remote).ok());
        auto seen = f.counters.otherWindow(f.siti, second);
        REQUIRE(seen.ok());
        REQUIRE(seen->has_value());
        CHECK(seen->value().host == remote.host);

        // A PC that crashed yesterday does not warn today.
        f.clock.advanceSecs(15 * 3600);
        auto forgotten = f.counters.otherWindow(f.siti, second);
        REQUIRE(forgotten.ok());
        CHECK_FALSE(forgotten->has_value());
    }
}
