// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueRecords.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("queue records: the tickets of a day or a service, for the supervisor only", "[queue][records]")
{
    test::QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    const Ticket b1 = f.issue(f.kk);
    const Ticket a2 = f.issue(f.ktp);
    f.clock.advanceSecs(24 * 3600); // Tuesday 24 November
    const Ticket a3 = f.issue(f.ktp);
    QueueRecords records(f.t.db());
    const QDate monday(2026, 11, 23), tuesday(2026, 11, 24);

    auto ktpMonday = records.tickets(f.sari, monday, monday, f.ktp);
    REQUIRE(ktpMonday);
    REQUIRE(ktpMonday->size() == 2);
    CHECK(ktpMonday->at(0).id == a1.id);
    CHECK(ktpMonday->at(1).id == a2.id);

    auto monthKtp = records.tickets(f.sari, QDate(2026, 11, 1), QDate(2026, 11, 30), f.ktp);
    REQUIRE(monthKtp);
    CHECK(monthKtp->size() == 3);
    CHECK(monthKtp->last().id == a3.id);

    auto tuesdayAll = records.tickets(f.sari, tuesday, tuesday);
    REQUIRE(tuesdayAll);
    REQUIRE(tuesdayAll->size() == 1);
    CHECK(tuesdayAll->first().id == a3.id);

    auto mondayAll = records.tickets(f.sari, monday, monday);
    REQUIRE(mondayAll);
    CHECK(mondayAll->size() == 3);
    CHECK(mondayAll->at(1).id == b1.id);

    auto refused = records.tickets(f.siti, monday, monday);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);

    CHECK_FALSE(records.tickets(f.sari, tuesday, monday));
}
