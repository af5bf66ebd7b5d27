// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/OrderingPolicy.h"
#include "core/storage/SettingsStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <algorithm>
#include <bit>

using namespace loket;

namespace {

// 23 November 2026, 10.00 WIB.
const qint64 kNow = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;

// A ticket that arrived `ago` milliseconds before kNow.
WaitingTicket normal(qint64 id, qint64 ago)
{
    return WaitingTicket { id, kNow - ago, false };
}
WaitingTicket prio(qint64 id, qint64 ago)
{
    return WaitingTicket { id, kNow - ago, true };
}

// "PPN": the counter's last three calls, most recent first: priority, priority, normal.
CounterHistory history(const char *recent)
{
    CounterHistory h;
    for (const char *c = recent; *c; ++c)
        h.recentCallsPriority << (*c == 'P');
    return h;
}

struct Case {
    const char *name;
    int maxInRow;
    int starvationMinutes;
    QList<WaitingTicket> waiting;
    const char *recent;
    qint64 expectedId;
    OrderingReason expectedReason;
};

} // namespace

TEST_CASE("the ordering policy picks the ticket the rule says, case by case")
{
    const QList<Case> cases = {
        { "first come first served without priority", 3, 30, { normal(1, 9 * kMinute), normal(2, 5 * kMinute) }, "", 1,
            OrderingReason::Arrival },
        { "arrival order is by issue time, not by id", 3, 30, { normal(1, 2 * kMinute), normal(2, 8 * kMinute) }, "", 2,
            OrderingReason::Arrival },
        { "a priority ticket goes before an older normal one", 3, 30, { normal(1, 20 * kMinute), prio(2, kMinute) }, "",
            2, OrderingReason::Priority },
        { "the older of two priority tickets goes first", 3, 30,
            { prio(1, 2 * kMinute), prio(2, 6 * kMinute), normal(3, 10 * kMinute) }, "", 2, OrderingReason::Priority },
        { "two priority calls in a row still allow a third", 3, 30, { normal(1, 10 * kMinute), prio(2, kMinute) }, "PP",
            2, OrderingReason::Priority },
        { "after three priority calls in a row a normal ticket gets its turn", 3, 30,
            { normal(1, 10 * kMinute), normal(2, 5 * kMinute), prio(3, kMinute) }, "PPP", 1,
            OrderingReason::PriorityLimit },
        { "an older normal call further back does not break the run", 3, 30,
            { normal(1, 10 * kMinute), prio(2, kMinute) }, "PPPN", 1, OrderingReason::PriorityLimit },
        { "a normal call inside the last three resets the run", 3, 30, { normal(1, 10 * kMinute), prio(2, kMinute) },
            "PPNP", 2, OrderingReason::Priority },
        { "with no normal ticket waiting the limit does not hold priority back", 3, 30,
            { prio(1, kMinute), prio(2, 2 * kMinute) }, "PPPPP", 2, OrderingReason::Priority },
        { "a limit of one alternates priority and normal", 1, 30, { normal(1, 3 * kMinute), prio(2, kMinute) }, "P", 1,
            OrderingReason::PriorityLimit },
        { "a limit of 0 means no limit", 0, 30, { normal(1, 10 * kMinute), prio(2, kMinute) }, "PPPPPPPP", 2,
            OrderingReason::Priority },
        { "a normal ticket waiting longer than 30 minutes goes before priority", 3, 30,
            { normal(1, 31 * kMinute), prio(2, kMinute) }, "", 1, OrderingReason::WaitedTooLong },
        { "exactly 30 minutes is not longer than 30 minutes", 3, 30, { normal(1, 30 * kMinute), prio(2, kMinute) }, "",
            2, OrderingReason::Priority },
        { "one millisecond past 30 minutes is", 3, 30, { normal(1, 30 * kMinute + 1), prio(2, kMinute) }, "", 1,
            OrderingReason::WaitedTooLong },
        { "among long waiters the oldest goes first whatever its priority", 3, 30,
            { prio(1, 35 * kMinute), normal(2, 40 * kMinute), prio(3, kMinute) }, "", 2,
            OrderingReason::WaitedTooLong },
        { "a long-waiting priority ticket goes before a younger long-waiting normal one", 3, 30,
            { normal(1, 31 * kMinute), prio(2, 45 * kMinute) }, "PPP", 2, OrderingReason::WaitedTooLong },
        { "the waiting limit follows the setting", 3, 10, { normal(1, 11 * kMinute), prio(2, kMinute) }, "", 1,
            OrderingReason::WaitedTooLong },
        { "a waiting limit of 0 switches the rule off", 3, 0, { normal(1, 180 * kMinute), prio(2, kMinute) }, "", 2,
            OrderingReason::Priority },
        { "equal issue times are broken by id", 3, 30, { normal(7, 5 * kMinute), normal(4, 5 * kMinute) }, "", 4,
            OrderingReason::Arrival },
        { "equal issue times among priority tickets too", 3, 30, { prio(9, 5 * kMinute), prio(8, 5 * kMinute) }, "", 8,
            OrderingReason::Priority },
        { "a ticket stamped in the future (another PC's clock) is not a long waiter", 3, 30,
            { normal(1, -5 * kMinute), normal(2, 5 * kMinute) }, "", 2, OrderingReason::Arrival },
        { "a single ticket is called", 3, 30, { prio(5, 0) }, "PPP", 5, OrderingReason::Priority },
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const OrderingPolicy policy(OrderingSettings { c.maxInRow, c.starvationMinutes });
            const auto choice = policy.next(c.waiting, history(c.recent), kNow);
            REQUIRE(choice.has_value());
            CHECK(choice->ticketId == c.expectedId);
            CHECK(choice->reason == c.expectedReason);
        }
    }
}

TEST_CASE("the ordering policy calls nobody when nobody waits")
{
    CHECK_FALSE(OrderingPolicy().next({}, history("PPP"), kNow).has_value());
    CHECK(OrderingPolicy().order({}, {}, kNow).isEmpty());
}

TEST_CASE("the whole line: three priority tickets, then one normal, and so on")
{
    // Normal tickets 1–3 arrived first (but under 30 minutes ago), priority 11–15 after.
    const QList<WaitingTicket> waiting
        = { normal(1, 20 * kMinute), normal(2, 19 * kMinute), normal(3, 18 * kMinute), prio(11, 10 * kMinute),
              prio(12, 9 * kMinute), prio(13, 8 * kMinute), prio(14, 7 * kMinute), prio(15, 6 * kMinute) };
    CHECK(OrderingPolicy().order(waiting, {}, kNow) == QList<qint64> { 11, 12, 13, 1, 14, 15, 2, 3 });
    // A counter that has just made two priority calls has one left before a normal ticket.
    CHECK(OrderingPolicy().order(waiting, history("PP"), kNow) == QList<qint64> { 11, 1, 12, 13, 14, 2, 15, 3 });
    // Long waiters first, oldest first, then the usual rule.
    const QList<WaitingTicket> late = { normal(1, 50 * kMinute), prio(2, 40 * kMinute), normal(3, 31 * kMinute),
        normal(4, 2 * kMinute), prio(5, kMinute) };
    CHECK(OrderingPolicy().order(late, {}, kNow) == QList<qint64> { 1, 2, 3, 5, 4 });
}

TEST_CASE("for every mix of priority and normal tickets the line keeps the promises")
{
    // Eight tickets arriving one minute apart (none waited 30 minutes); every
    // one of the 256 priority patterns, and every starting run of 0–4 priority calls.
    for (int limit : { 1, 2, 3, 4 }) {
        const OrderingPolicy policy(OrderingSettings { limit, 30 });
        for (int mask = 0; mask < 256; ++mask) {
            QList<WaitingTicket> waiting;
            for (int i = 0; i < 8; ++i)
                waiting << WaitingTicket { i + 1, kNow - (20 - i) * kMinute, bool(mask & (1 << i)) };
            for (int run = 0; run <= 4; ++run) {
                CounterHistory h;
                for (int r = 0; r < run; ++r)
                    h.recentCallsPriority << true;
                const QList<qint64> line = policy.order(waiting, h, kNow);
                INFO("limit " << limit << ", pattern " << mask << ", run " << run);

                // Everyone is called exactly once.
                QList<qint64> sorted = line;
                std::sort(sorted.begin(), sorted.end());
                REQUIRE(sorted == QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8 });

                // First come, first served within each group.
                qint64 lastPriority = 0, lastNormal = 0;
                int inRow = run;
                int normalsLeft = 8 - std::popcount(unsigned(mask));
                int prioritiesLeft = 8 - normalsLeft;
                for (qint64 id : line) {
                    const bool isPriority = mask & (1 << (id - 1));
                    if (isPriority) {
                        CHECK(id > lastPriority);
                        lastPriority = id;
                        // Never more than `limit` priority calls in a row while a normal ticket waits.
                        CHECK((normalsLeft == 0 || inRow < limit));
                        ++inRow;
                        --prioritiesLeft;
                    } else {
                        CHECK(id > lastNormal);
                        lastNormal = id;
                        // A normal ticket goes only when no priority ticket waits or the run is full.
                        CHECK((prioritiesLeft == 0 || inRow >= limit));
                        inRow = 0;
                        --normalsLeft;
                    }
                }
            }
        }
    }
}

TEST_CASE("the ordering settings are read from the settings table with their defaults")
{
    test::TempDatabase t;
    SettingsStore store(t.db());
    OrderingSettings s = OrderingSettings::load(store);
    CHECK(s.maxPriorityInRow == 3);
    CHECK(s.starvationMinutes == 30);
    REQUIRE(store.setValue(QLatin1String(SettingKey::QueueMaxPriorityInRow), 2).ok());
    REQUIRE(store.setValue(QLatin1String(SettingKey::QueueStarvationMinutes), 45).ok());
    s = OrderingSettings::load(store);
    CHECK(s.maxPriorityInRow == 2);
    CHECK(s.starvationMinutes == 45);
}
