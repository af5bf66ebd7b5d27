// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/PriorityReasonService.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("the four legal priority groups are there from the start")
{
    test::QueueFixture f;
    PriorityReasonService reasons(f.t.db(), f.clock);
    auto list = reasons.list();
    REQUIRE(list.ok());
    QStringList codes;
    for (const PriorityReason &r : list.value())
        codes << r.code;
    CHECK(codes
        == QStringList({ QStringLiteral("lansia"), QStringLiteral("disabilitas"), QStringLiteral("ibu_hamil"),
            QStringLiteral("ibu_anak") }));
}

TEST_CASE("an administrator adds a priority reason and can retire it, keeping old tickets readable")
{
    test::QueueFixture f;
    PriorityReasonService reasons(f.t.db(), f.clock);
    auto added = reasons.add(f.admin, QStringLiteral(" Veteran "), QStringLiteral("Veteran RI"));
    REQUIRE(added.ok());
    CHECK(added->code == QLatin1String("veteran"));
    CHECK(added->name == QLatin1String("Veteran RI"));
    CHECK(added->active);
    CHECK(added->sortOrder == 5);

    const Ticket t = f.issue(f.ktp, added->id);
    CHECK(t.priorityReasonCode == QLatin1String("veteran"));

    REQUIRE(reasons.setActive(f.admin, added->id, false).ok());
    auto active = reasons.list();
    REQUIRE(active.ok());
    CHECK(active->size() == 4);
    auto all = reasons.list(true);
    REQUIRE(all.ok());
    CHECK(all->size() == 5);
    CHECK(f.reload(t).priorityReasonName == QLatin1String("Veteran RI"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'priority_reason.%' AND "
                                 "outcome = 'ok'"))
        == 2);
}

TEST_CASE("priority reasons are checked before they are added")
{
    test::QueueFixture f;
    PriorityReasonService reasons(f.t.db(), f.clock);
    auto dup = reasons.add(f.admin, QStringLiteral("LANSIA"), QStringLiteral("Lansia"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    auto badCode = reasons.add(f.admin, QStringLiteral("ibu menyusui"), QStringLiteral("Ibu menyusui"));
    REQUIRE_FALSE(badCode.ok());
    CHECK(badCode.error().code == ErrorCode::InvalidInput);
    CHECK(badCode.error().message.contains(QStringLiteral("ibu_menyusui")));
    auto noName = reasons.add(f.admin, QStringLiteral("ibu_menyusui"), QStringLiteral("  "));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an officer may not change the priority reasons")
{
    test::QueueFixture f;
    PriorityReasonService reasons(f.t.db(), f.clock);
    auto refused = reasons.add(f.siti, QStringLiteral("veteran"), QStringLiteral("Veteran"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(reasons.setActive(f.siti, f.lansia, false).ok());
    auto list = reasons.list();
    REQUIRE(list.ok());
    CHECK(list->size() == 4);
}

TEST_CASE("the ordering settings are changed by an administrator and used by the next call")
{
    test::QueueFixture f;
    CHECK_FALSE(f.queue.setOrderingSettings(f.siti, OrderingSettings { 1, 30 }).ok());
    CHECK_FALSE(f.queue.setOrderingSettings(f.admin, OrderingSettings { -1, 30 }).ok());
    CHECK_FALSE(f.queue.setOrderingSettings(f.admin, OrderingSettings { 3, 1000 }).ok());
    REQUIRE(f.queue.setOrderingSettings(f.admin, OrderingSettings { 1, 30 }).ok());
    CHECK(f.queue.orderingSettings().maxPriorityInRow == 1);

    const Ticket n1 = f.issue(f.ktp);
    const Ticket p1 = f.issue(f.ktp, f.lansia);
    const Ticket p2 = f.issue(f.ktp, f.lansia);
    // One priority call, then a normal ticket's turn, then priority again.
    for (const Ticket &expected : { p1, n1, p2 }) {
        const Ticket called = f.callNext(f.budi, f.loket2);
        CHECK(called.number == expected.number);
        REQUIRE(f.queue.noShow(f.budi, f.loket2, called.id).ok());
    }
}
