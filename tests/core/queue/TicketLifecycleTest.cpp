// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {

void requireRefused(const Result<Ticket> &result, ErrorCode code, const QString &mentions)
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().code == code);
    CHECK(result.error().message.contains(mentions));
}

} // namespace

TEST_CASE("a ticket goes waiting, called, serving, done, with every step stored with time, counter and officer")
{
    test::QueueFixture f;
    const Ticket issued = f.issue(f.ktp);
    const QDateTime issuedAt = f.clock.nowUtc();

    f.clock.advanceSecs(7 * 60);
    const Ticket called = f.callNext(f.budi, f.loket2);
    CHECK(called.id == issued.id);
    CHECK(called.status == TicketStatus::Called);
    CHECK(called.counterId == f.loket2);
    CHECK(called.counterNumber == 2);
    CHECK(called.officerId == f.budi.userId);
    CHECK(called.firstCalledAt == f.clock.nowUtc());
    CHECK(called.lastCalledAt == f.clock.nowUtc());
    CHECK(called.callCount == 1);

    f.clock.advanceSecs(60);
    auto started = f.queue.start(f.budi, f.loket2, issued.id);
    REQUIRE(started.ok());
    CHECK(started->status == TicketStatus::Serving);
    CHECK(started->startedAt == f.clock.nowUtc());

    f.clock.advanceSecs(9 * 60);
    auto done = f.queue.finish(f.budi, f.loket2, issued.id, QStringLiteral("  KTP-el dicetak  "));
    REQUIRE(done.ok());
    CHECK(done->status == TicketStatus::Done);
    CHECK(done->finishedAt == f.clock.nowUtc());
    CHECK(done->note == QLatin1String("KTP-el dicetak"));
    CHECK(done->issuedAt == issuedAt);

    auto events = f.queue.events(issued.id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 4);
    CHECK(f.eventKinds(issued.id)
        == QStringList(
            { QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("finish") }));
    CHECK(events->at(0).counterId == 0);
    CHECK(events->at(0).officerId == 0); // the kiosk
    for (int i = 1; i < 4; ++i) {
        CHECK(events->at(i).counterNumber == 2);
        CHECK(events->at(i).officerId == f.budi.userId);
        CHECK(events->at(i).officerName == QLatin1String("Budi Santoso"));
    }
    CHECK(events->at(1).statusAfter == TicketStatus::Called);
    CHECK(events->at(2).statusAfter == TicketStatus::Serving);
    CHECK(events->at(3).statusAfter == TicketStatus::Done);
    CHECK(events->at(3).at == f.clock.nowUtc());
    CHECK(events->at(3).detail == QLatin1String("KTP-el dicetak"));
}

TEST_CASE("calling again keeps the first call time and counts the calls")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    const Ticket called = f.callNext(f.budi, f.loket2);
    const QDateTime firstCall = f.clock.nowUtc();
    f.clock.advanceSecs(45);
    auto again = f.queue.recall(f.budi, f.loket2, t.id);
    REQUIRE(again.ok());
    CHECK(again->status == TicketStatus::Called);
    CHECK(again->firstCalledAt == firstCall);
    CHECK(again->lastCalledAt == f.clock.nowUtc());
    CHECK(again->callCount == 2);
    CHECK(f.eventKinds(t.id).last() == QLatin1String("recall"));
    (void)called;
}

TEST_CASE("a called citizen who does not come is marked as not come")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    f.clock.advanceSecs(120);
    auto gone = f.queue.noShow(f.budi, f.loket2, t.id);
    REQUIRE(gone.ok());
    CHECK(gone->status == TicketStatus::NoShow);
    CHECK(gone->finishedAt == f.clock.nowUtc());
    // The counter is free again.
    f.issue(f.ktp);
    CHECK(f.queue.callNext(f.budi, f.loket2).ok());
}

TEST_CASE("a ticket on hold frees the counter and comes back to it when resumed")
{
    test::QueueFixture f;
    const Ticket first = f.issue(f.ktp);
    const Ticket second = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    REQUIRE(f.queue.start(f.budi, f.loket2, first.id).ok());
    auto held = f.queue.hold(f.budi, f.loket2, first.id, QStringLiteral("fotokopi KK"));
    REQUIRE(held.ok());
    CHECK(held->status == TicketStatus::Held);
    CHECK(held->counterId == f.loket2);

    // Meanwhile the counter serves the next citizen; resuming waits until it is free.
    CHECK(f.callNext(f.budi, f.loket2).id == second.id);
    requireRefused(f.queue.resume(f.budi, f.loket2, first.id), ErrorCode::InvalidState, QStringLiteral("A-002"));
    REQUIRE(f.queue.start(f.budi, f.loket2, second.id).ok());
    REQUIRE(f.queue.finish(f.budi, f.loket2, second.id).ok());

    f.clock.advanceSecs(600);
    auto resumed = f.queue.resume(f.budi, f.loket2, first.id);
    REQUIRE(resumed.ok());
    CHECK(resumed->status == TicketStatus::Called);
    CHECK(resumed->callCount == 2);
    CHECK(resumed->lastCalledAt == f.clock.nowUtc());
    auto again = f.queue.start(f.budi, f.loket2, first.id);
    REQUIRE(again.ok());
    CHECK(again->startedAt < f.clock.nowUtc()); // the service began before the hold
    CHECK(f.eventKinds(first.id)
        == QStringList({ QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("start"),
            QStringLiteral("hold"), QStringLiteral("resume"), QStringLiteral("start") }));
}

TEST_CASE("a transfer to another service keeps the arrival time and the ticket waits for that service")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    f.clock.advanceSecs(20 * 60);
    f.issue(f.kk); // arrived later than the transferred ticket
    f.callNext(f.budi, f.loket2);
    REQUIRE(f.queue.start(f.budi, f.loket2, t.id).ok());

    auto moved = f.queue.transfer(f.budi, f.loket2, t.id, TransferTarget { f.kk, 0 });
    REQUIRE(moved.ok());
    CHECK(moved->status == TicketStatus::Waiting);
    CHECK(moved->serviceId == f.kk);
    CHECK(moved->issuedServiceId == f.ktp);
    CHECK(moved->issuedAt == t.issuedAt);
    CHECK(moved->counterId == 0);
    CHECK(f.eventKinds(t.id).last() == QLatin1String("transfer"));

    // Loket 2 serves only KTP: nothing left for it.
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::Nothing, QStringLiteral("loket 2"));
    // Loket 1 serves KK: the transferred ticket arrived first, so it goes first.
    f.clock.advanceSecs(60);
    const Ticket next = f.callNext(f.siti, f.loket1);
    CHECK(next.id == t.id);
    CHECK(next.firstCalledAt < next.lastCalledAt);
}

TEST_CASE("a transfer to one counter lets only that counter call the ticket")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    auto moved = f.queue.transfer(f.budi, f.loket2, t.id, TransferTarget { 0, f.loket1 });
    REQUIRE(moved.ok());
    CHECK(moved->targetCounterId == f.loket1);
    CHECK(moved->serviceId == f.ktp);
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::Nothing, QStringLiteral("No ticket"));
    requireRefused(f.queue.callTicket(f.budi, f.loket2, t.id, QStringLiteral("lansia")), ErrorCode::InvalidState,
        QStringLiteral("loket 1"));
    CHECK(f.callNext(f.siti, f.loket1).id == t.id);
}

TEST_CASE("a transfer to a counter that does not serve the service is refused")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    requireRefused(f.queue.transfer(f.budi, f.loket2, t.id, TransferTarget { 0, f.loket3 }), ErrorCode::InvalidState,
        QStringLiteral("Loket 3 does not serve KTP-el"));
    requireRefused(f.queue.transfer(f.budi, f.loket2, t.id, TransferTarget { f.iumk, 0 }), ErrorCode::InvalidState,
        QStringLiteral("not offered"));
    requireRefused(f.queue.transfer(f.budi, f.loket2, t.id, TransferTarget {}), ErrorCode::InvalidInput,
        QStringLiteral("Choose the service or the counter"));
    CHECK(f.reload(t).status == TicketStatus::Called);
}

TEST_CASE("a walk-in citizen gets the next number and is served at once")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    auto walkIn = f.queue.serveWalkIn(f.budi, f.loket2, f.ktp);
    REQUIRE(walkIn.ok());
    CHECK(walkIn->number == QLatin1String("A-002"));
    CHECK(walkIn->channel == TicketChannel::WalkIn);
    CHECK(walkIn->status == TicketStatus::Serving);
    CHECK(walkIn->startedAt == f.clock.nowUtc());
    CHECK(walkIn->counterId == f.loket2);
    CHECK(walkIn->officerId == f.budi.userId);
    CHECK(f.eventKinds(walkIn->id) == QStringList { QStringLiteral("walkin") });
    // The counter is busy with the walk-in now.
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::InvalidState, QStringLiteral("A-002"));
    requireRefused(f.queue.serveWalkIn(f.budi, f.loket2, f.ktp), ErrorCode::InvalidState, QStringLiteral("busy"));
    REQUIRE(f.queue.finish(f.budi, f.loket2, walkIn->id).ok());
    requireRefused(f.queue.serveWalkIn(f.budi, f.loket2, f.kk), ErrorCode::InvalidState,
        QStringLiteral("does not serve Kartu Keluarga"));
}

TEST_CASE("an officer issues a ticket for a citizen from the counter and it joins the line")
{
    test::QueueFixture f;
    f.issue(f.kk);
    auto paper = f.queue.issueAtCounter(f.siti, f.loket1, f.kk, f.lansia);
    REQUIRE(paper.ok());
    CHECK(paper->number == QLatin1String("B-002"));
    CHECK(paper->channel == TicketChannel::Counter);
    CHECK(paper->status == TicketStatus::Waiting);
    CHECK(paper->isPriority());
    auto events = f.queue.events(paper->id);
    REQUIRE(events.ok());
    CHECK(events->first().counterId == f.loket1);
    CHECK(events->first().officerId == f.siti.userId);
    // Priority: called before the older B-001.
    CHECK(f.callNext(f.siti, f.loket1).id == paper->id);
}

TEST_CASE("an officer calls a ticket out of its turn only with a reason, and it is audited")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    const Ticket third = [&] {
        f.issue(f.ktp);
        return f.issue(f.ktp);
    }();
    requireRefused(f.queue.callTicket(f.budi, f.loket2, third.id, QStringLiteral("   ")), ErrorCode::InvalidInput,
        QStringLiteral("reason"));
    auto called = f.queue.callTicket(f.budi, f.loket2, third.id, QStringLiteral("ibu hamil, lupa pilih prioritas"));
    REQUIRE(called.ok());
    CHECK(called->id == third.id);
    CHECK(called->status == TicketStatus::Called);
    auto events = f.queue.events(third.id);
    REQUIRE(events.ok());
    CHECK(events->last().kind == QLatin1String("call_specific"));
    CHECK(events->last().detail == QLatin1String("ibu hamil, lupa pilih prioritas"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'queue.call_out_of_turn' AND "
                                 "entity_id = 'A-003' AND username = 'budi' AND detail LIKE '%ibu hamil%'"))
        == 1);
    // A ticket the counter does not serve cannot be called there.
    const Ticket kk = f.issue(f.kk);
    REQUIRE(f.queue.noShow(f.budi, f.loket2, third.id).ok());
    requireRefused(f.queue.callTicket(f.budi, f.loket2, kk.id, QStringLiteral("x")), ErrorCode::InvalidState,
        QStringLiteral("Loket 2 does not serve Kartu Keluarga"));
}

TEST_CASE("a counter cannot call while a ticket is still called or served there")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    const Ticket first = f.callNext(f.budi, f.loket2);
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::InvalidState,
        QStringLiteral("Loket 2 is still busy with ticket A-001"));
    REQUIRE(f.queue.start(f.budi, f.loket2, first.id).ok());
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::InvalidState, QStringLiteral("A-001"));
    REQUIRE(f.queue.hold(f.budi, f.loket2, first.id).ok());
    CHECK(f.queue.callNext(f.budi, f.loket2).ok());
}

TEST_CASE("illegal steps are refused with a message that says what to do")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    requireRefused(f.queue.start(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("not at loket 2"));
    requireRefused(f.queue.finish(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("not at loket 2"));
    requireRefused(f.queue.resume(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("not on hold"));

    f.callNext(f.budi, f.loket2);
    requireRefused(f.queue.finish(f.budi, f.loket2, t.id), ErrorCode::InvalidState,
        QStringLiteral("start serving it before finishing it"));
    // Another counter cannot touch it.
    requireRefused(f.queue.start(f.siti, f.loket1, t.id), ErrorCode::InvalidState,
        QStringLiteral("Ticket A-001 is at loket 2, not at loket 1"));
    REQUIRE(f.queue.start(f.budi, f.loket2, t.id).ok());
    requireRefused(
        f.queue.start(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("already being served"));
    requireRefused(f.queue.noShow(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("being served"));
    requireRefused(f.queue.recall(f.budi, f.loket2, t.id), ErrorCode::InvalidState,
        QStringLiteral("only a called ticket can be called again"));
    REQUIRE(f.queue.finish(f.budi, f.loket2, t.id).ok());

    // A finished ticket never changes again.
    requireRefused(f.queue.finish(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("done"));
    requireRefused(f.queue.hold(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("done"));
    requireRefused(
        f.queue.cancel(f.budi, f.loket2, t.id), ErrorCode::InvalidState, QStringLiteral("can no longer be cancelled"));
    requireRefused(f.queue.transfer(f.sari, 0, t.id, TransferTarget { f.kk, 0 }), ErrorCode::InvalidState,
        QStringLiteral("can no longer be transferred"));
    CHECK(f.reload(t).status == TicketStatus::Done);
    CHECK(f.eventKinds(t.id).size() == 4);
}

TEST_CASE("nothing waiting is its own answer, not an error")
{
    test::QueueFixture f;
    auto none = f.queue.callNext(f.budi, f.loket2);
    requireRefused(none, ErrorCode::Nothing, QStringLiteral("No ticket is waiting for loket 2"));
    // Tickets of other services do not count.
    f.issue(f.kk);
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::Nothing, QStringLiteral("loket 2"));
}

TEST_CASE("a closed or paused counter cannot call, and an officer works only at the counter they signed in at")
{
    test::QueueFixture f;
    f.issue(f.kk);
    // Loket 3 is closed and nobody is signed in.
    requireRefused(
        f.queue.callNext(f.ani, f.loket3), ErrorCode::InvalidState, QStringLiteral("Nobody is signed in at loket 3"));
    REQUIRE(f.counters.signIn(f.ani, f.loket3).ok());
    requireRefused(f.queue.callNext(f.ani, f.loket3), ErrorCode::InvalidState, QStringLiteral("Loket 3 is closed"));
    REQUIRE(f.counters.open(f.ani, f.loket3).ok());
    REQUIRE(f.counters.pause(f.ani, f.loket3, QStringLiteral("istirahat sholat")).ok());
    requireRefused(f.queue.callNext(f.ani, f.loket3), ErrorCode::InvalidState,
        QStringLiteral("Loket 3 is paused (istirahat sholat)"));
    // Budi may not call at Siti's counter.
    requireRefused(f.queue.callNext(f.budi, f.loket1), ErrorCode::InvalidState,
        QStringLiteral("Loket 1 is staffed by Siti Rahma"));
    REQUIRE(f.counters.open(f.ani, f.loket3).ok());
    CHECK(f.queue.callNext(f.ani, f.loket3).ok());
}

TEST_CASE("a user without the permission is refused and the refusal is audited")
{
    test::QueueFixture f;
    const Actor followUp = f.addUser(QStringLiteral("tono"), QStringLiteral("Tono"), Role::FollowUp);
    const Ticket t = f.issue(f.ktp);
    requireRefused(f.queue.callNext(followUp, f.loket2), ErrorCode::PermissionDenied, QStringLiteral("Tono"));
    requireRefused(f.queue.issue(followUp, f.ktp), ErrorCode::PermissionDenied, QStringLiteral("not allowed"));
    // An officer may not move or cancel tickets as a supervisor does.
    requireRefused(f.queue.cancel(f.budi, 0, t.id), ErrorCode::PermissionDenied, QStringLiteral("Budi"));
    requireRefused(f.queue.transfer(f.budi, 0, t.id, TransferTarget { f.kk, 0 }), ErrorCode::PermissionDenied,
        QStringLiteral("Budi"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND action = 'queue.call' "
                                 "AND username = 'tono'"))
        == 1);
    CHECK(
        f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND username = 'budi'")) == 2);
    CHECK(f.reload(t).status == TicketStatus::Waiting);
}

TEST_CASE("a supervisor moves or cancels any ticket, and it is audited")
{
    test::QueueFixture f;
    const Ticket a = f.issue(f.ktp);
    const Ticket b = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);

    // A called ticket goes back to waiting for another service; loket 2 is free again.
    auto moved = f.queue.transfer(f.sari, 0, a.id, TransferTarget { f.kk, f.loket1 });
    REQUIRE(moved.ok());
    CHECK(moved->status == TicketStatus::Waiting);
    CHECK(moved->serviceId == f.kk);
    CHECK(moved->targetCounterId == f.loket1);
    auto events = f.queue.events(a.id);
    REQUIRE(events.ok());
    CHECK(events->last().counterId == f.loket2); // where it was taken from
    CHECK(events->last().officerId == f.sari.userId);
    CHECK(f.callNext(f.budi, f.loket2).id == b.id);

    auto cancelled = f.queue.cancel(f.sari, 0, a.id, QStringLiteral("dobel ambil nomor"));
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == TicketStatus::Cancelled);
    CHECK(cancelled->finishedAt == f.clock.nowUtc());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'sari' AND outcome = 'ok' AND "
                                 "action IN ('queue.transfer', 'queue.cancel') AND entity_id = 'A-001'"))
        == 2);
}

TEST_CASE("an officer cancels the ticket of a citizen who leaves, if the counter serves it")
{
    test::QueueFixture f;
    const Ticket ktp = f.issue(f.ktp);
    const Ticket kk = f.issue(f.kk);
    auto cancelled = f.queue.cancel(f.budi, f.loket2, ktp.id, QStringLiteral("warga pulang"));
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == TicketStatus::Cancelled);
    requireRefused(f.queue.cancel(f.budi, f.loket2, kk.id), ErrorCode::InvalidState,
        QStringLiteral("does not serve Kartu Keluarga"));
    // Nor a ticket another counter is serving.
    const Ticket other = f.issue(f.ktp);
    f.callNext(f.siti, f.loket1);
    (void)other;
    const Ticket atLoket1 = [&] {
        auto cur = f.queue.reader().currentTicket(f.loket1);
        REQUIRE(cur.ok());
        REQUIRE(cur->has_value());
        return **cur;
    }();
    requireRefused(f.queue.cancel(f.budi, f.loket2, atLoket1.id), ErrorCode::InvalidState, QStringLiteral("loket 1"));
}

TEST_CASE("tickets for an inactive service or with a retired priority reason are refused")
{
    test::QueueFixture f;
    requireRefused(f.queue.issue(QueueService::kioskActor(), f.iumk), ErrorCode::InvalidState,
        QStringLiteral("IUMK is not offered"));
    requireRefused(
        f.queue.issue(QueueService::kioskActor(), 4242), ErrorCode::NotFound, QStringLiteral("does not exist"));
    f.t.exec(QStringLiteral("UPDATE priority_reasons SET active = FALSE WHERE code = 'lansia'"));
    requireRefused(f.queue.issue(QueueService::kioskActor(), f.ktp, f.lansia), ErrorCode::InvalidInput,
        QStringLiteral("no longer used"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 0);
}

TEST_CASE("a ticket of an earlier day can no longer be called or moved")
{
    test::QueueFixture f;
    f.clock.set(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC)); // Friday 15.00 WIB
    const Ticket friday = f.issue(f.ktp);
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    requireRefused(f.queue.callNext(f.budi, f.loket2), ErrorCode::Nothing, QStringLiteral("No ticket"));
    requireRefused(f.queue.callTicket(f.budi, f.loket2, friday.id, QStringLiteral("x")), ErrorCode::InvalidState,
        QStringLiteral("2026-11-20"));
}

TEST_CASE("tickets are found by id or by today's number, however it is typed")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    const Ticket a2 = f.issue(f.ktp);
    for (const char *typed : { "A-002", "a-002", "A002", "a2", " A-2 " }) {
        auto found = f.queue.findTicket(QString::fromLatin1(typed));
        INFO(typed);
        REQUIRE(found.ok());
        CHECK(found->id == a2.id);
    }
    auto byId = f.queue.findTicket(QString::number(a2.id));
    REQUIRE(byId.ok());
    CHECK(byId->number == QLatin1String("A-002"));
    requireRefused(f.queue.findTicket(QStringLiteral("A-009")), ErrorCode::NotFound, QStringLiteral("A-009"));
    requireRefused(f.queue.findTicket(QStringLiteral("loket")), ErrorCode::InvalidInput, QStringLiteral("A-001"));
    // Tomorrow "A-002" is another ticket (or none yet).
    f.clock.advanceSecs(24 * 3600);
    requireRefused(f.queue.findTicket(QStringLiteral("A-002")), ErrorCode::NotFound, QStringLiteral("today"));
}

TEST_CASE("the ticket handed back on issue is the ticket stored, for the kiosk, a counter and a walk-in")
{
    test::QueueFixture f;
    auto same = [&](const Ticket &a) {
        const Ticket b = f.reload(a);
        CHECK(a.id == b.id);
        CHECK(a.number == b.number);
        CHECK(a.serviceDay == b.serviceDay);
        CHECK(a.seq == b.seq);
        CHECK(a.serviceId == b.serviceId);
        CHECK(a.serviceCode == b.serviceCode);
        CHECK(a.serviceName == b.serviceName);
        CHECK(a.status == b.status);
        CHECK(a.priorityReasonId == b.priorityReasonId);
        CHECK(a.priorityReasonCode == b.priorityReasonCode);
        CHECK(a.priorityReasonName == b.priorityReasonName);
        CHECK(a.channel == b.channel);
        CHECK(a.issuedAt == b.issuedAt);
        CHECK(a.startedAt == b.startedAt);
        CHECK(a.counterId == b.counterId);
        CHECK(a.counterNumber == b.counterNumber);
        CHECK(a.officerId == b.officerId);
    };
    same(f.issue(f.ktp));
    same(f.issue(f.kk, f.lansia));
    REQUIRE(f.counters.signIn(f.budi, f.loket2).ok());
    auto atCounter = f.queue.issueAtCounter(f.budi, f.loket2, f.ktp, f.lansia);
    REQUIRE(atCounter.ok());
    same(atCounter.value());
    auto walkIn = f.queue.serveWalkIn(f.budi, f.loket2, f.ktp);
    REQUIRE(walkIn.ok());
    same(walkIn.value());
}
