// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

void requireRefused(const Result<QueueCounter> &result, ErrorCode code, const QString &mentions)
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().code == code);
    CHECK(result.error().message.contains(mentions));
}

} // namespace

TEST_CASE("a counter is opened, paused with a reason, opened again and closed")
{
    test::QueueFixture f;
    REQUIRE(f.counters.signIn(f.ani, f.loket3).ok());
    auto opened = f.counters.open(f.ani, f.loket3);
    REQUIRE(opened.ok());
    CHECK(opened->state == CounterState::Open);
    CHECK(opened->officerId == f.ani.userId);
    CHECK(opened->officerName == QLatin1String("Ani Lestari"));
    CHECK(opened->stateChangedAt == f.clock.nowUtc());
    CHECK(opened->serviceIds == QList<qint64> { f.kk });

    requireRefused(
        f.counters.pause(f.ani, f.loket3, QStringLiteral(" ")), ErrorCode::InvalidInput, QStringLiteral("reason"));
    f.clock.advanceSecs(3600);
    auto paused = f.counters.pause(f.ani, f.loket3, QStringLiteral("istirahat"));
    REQUIRE(paused.ok());
    CHECK(paused->state == CounterState::Paused);
    CHECK(paused->stateReason == QLatin1String("istirahat"));
    CHECK(paused->stateChangedAt == f.clock.nowUtc());
    requireRefused(f.counters.pause(f.ani, f.loket3, QStringLiteral("lagi")), ErrorCode::InvalidState,
        QStringLiteral("already paused"));

    auto reopened = f.counters.open(f.ani, f.loket3);
    REQUIRE(reopened.ok());
    CHECK(reopened->state == CounterState::Open);
    CHECK(reopened->stateReason.isEmpty());
    requireRefused(f.counters.open(f.ani, f.loket3), ErrorCode::InvalidState, QStringLiteral("already open"));

    auto closed = f.counters.close(f.ani, f.loket3);
    REQUIRE(closed.ok());
    CHECK(closed->state == CounterState::Closed);
    CHECK(closed->officerId == 0); // closing signs the officer out
    requireRefused(f.counters.close(f.ani, f.loket3), ErrorCode::InvalidState, QStringLiteral("already closed"));
    requireRefused(
        f.counters.pause(f.ani, f.loket3, QStringLiteral("x")), ErrorCode::InvalidState, QStringLiteral("closed"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'counter' AND entity_id = '3' AND "
                                 "outcome = 'ok' AND username = 'ani'"))
        == 5); // sign-in, open, pause, open, close
}

TEST_CASE("an officer who opens a free counter is signed in at it")
{
    test::QueueFixture f;
    auto opened = f.counters.open(f.ani, f.loket3);
    REQUIRE(opened.ok());
    CHECK(opened->officerId == f.ani.userId);
    auto mine = f.counters.counterOf(f.ani.userId);
    REQUIRE(mine.ok());
    REQUIRE(mine->has_value());
    CHECK((*mine)->number == 3);
}

TEST_CASE("a busy counter cannot be paused or closed")
{
    test::QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    f.callNext(f.budi, f.loket2);
    requireRefused(f.counters.pause(f.budi, f.loket2, QStringLiteral("istirahat")), ErrorCode::InvalidState,
        QStringLiteral("still busy with ticket A-001"));
    requireRefused(f.counters.close(f.budi, f.loket2), ErrorCode::InvalidState, QStringLiteral("A-001"));
    REQUIRE(f.queue.hold(f.budi, f.loket2, t.id).ok());
    CHECK(f.counters.pause(f.budi, f.loket2, QStringLiteral("istirahat")).ok());
}

TEST_CASE("an officer is signed in at one counter at a time, and cannot take over another's")
{
    test::QueueFixture f;
    requireRefused(
        f.counters.signIn(f.siti, f.loket3), ErrorCode::InvalidState, QStringLiteral("You are signed in at loket 1"));
    requireRefused(f.counters.signIn(f.ani, f.loket1), ErrorCode::InvalidState,
        QStringLiteral("Siti Rahma is signed in at loket 1"));
    requireRefused(f.counters.pause(f.ani, f.loket1, QStringLiteral("x")), ErrorCode::InvalidState,
        QStringLiteral("staffed by Siti Rahma"));
    requireRefused(f.counters.close(f.ani, f.loket1), ErrorCode::InvalidState, QStringLiteral("staffed by Siti Rahma"));
    // After closing loket 1 Siti may move.
    REQUIRE(f.counters.close(f.siti, f.loket1).ok());
    CHECK(f.counters.signIn(f.siti, f.loket3).ok());
    // Signing in again where one already is changes nothing.
    CHECK(f.counters.signIn(f.siti, f.loket3).ok());
}

TEST_CASE("a supervisor may pause, close or take over any counter")
{
    test::QueueFixture f;
    CHECK(f.counters.pause(f.sari, f.loket1, QStringLiteral("rapat")).ok());
    auto takenOver = f.counters.signIn(f.sari, f.loket1);
    REQUIRE(takenOver.ok());
    CHECK(takenOver->officerId == f.sari.userId);
    CHECK(f.counters.close(f.sari, f.loket1).ok());
}

TEST_CASE("Loket itself cannot sign in, and a user without counter rights changes nothing")
{
    test::QueueFixture f;
    requireRefused(
        f.counters.signIn(Actor::system(), f.loket3), ErrorCode::InvalidInput, QStringLiteral("Only a person"));
    const Actor tono = f.addUser(QStringLiteral("tono"), QStringLiteral("Tono"), Role::FollowUp);
    requireRefused(f.counters.open(tono, f.loket3), ErrorCode::PermissionDenied, QStringLiteral("not allowed"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'counter.open' AND "
                                 "outcome = 'refused'"))
        == 1);
}

TEST_CASE("an inactive or unknown counter is refused")
{
    test::QueueFixture f;
    f.t.exec(QStringLiteral("UPDATE counters SET active = FALSE WHERE number = 3"));
    requireRefused(f.counters.open(f.ani, f.loket3), ErrorCode::InvalidState, QStringLiteral("no longer in use"));
    requireRefused(f.counters.counterByNumber(9), ErrorCode::NotFound, QStringLiteral("no loket 9"));
    auto list = f.counters.counters();
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
}
