// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CounterCatalog.h"
#include "core/catalog/ServiceCatalog.h"
#include "tests/core/catalog/CatalogTestActors.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using test::admin;
using test::officer;

namespace {

struct Catalog {
    qint64 ktp = 0;
    qint64 kk = 0;
};

Catalog addServices(const test::TempDatabase &t)
{
    ServiceCatalog services(t.db());
    Service ktp { 0, QStringLiteral("KTP"), QStringLiteral("A"), QStringLiteral("Perekaman KTP-el"), 0, true, 10, 1 };
    Service kk { 0, QStringLiteral("KK"), QStringLiteral("B"), QStringLiteral("Kartu Keluarga"), 0, true, 15, 2 };
    auto a = services.add(admin(), ktp);
    auto b = services.add(admin(), kk);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    return Catalog { a->id, b->id };
}

} // namespace

TEST_CASE("a counter is added with the services it serves and a default name")
{
    test::TempDatabase t;
    const Catalog c = addServices(t);
    CounterCatalog counters(t.db());
    auto added = counters.add(admin(), Counter { 0, 2, QString(), true, { c.kk, c.ktp, c.kk } });
    REQUIRE(added.ok());
    CHECK(added->name == QLatin1String("Loket 2"));
    auto found = counters.findByNumber(2);
    REQUIRE(found.ok());
    CHECK(found->serviceIds == QList<qint64> { c.ktp, c.kk });

    REQUIRE(counters.add(admin(), Counter { 0, 1, QStringLiteral("Loket Prioritas"), true, { c.ktp } }).ok());
    auto list = counters.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).number == 1);
    CHECK(list->at(0).serviceIds == QList<qint64> { c.ktp });
    CHECK(list->at(1).number == 2);
}

TEST_CASE("a counter number must be positive and unique")
{
    test::TempDatabase t;
    CounterCatalog counters(t.db());
    REQUIRE(counters.add(admin(), Counter { 0, 1, QStringLiteral("Loket 1"), true, {} }).ok());
    auto dup = counters.add(admin(), Counter { 0, 1, QStringLiteral("Loket Satu"), true, {} });
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("Counter number 1 is already used by \"Loket 1\"")));
    auto zero = counters.add(admin(), Counter { 0, 0, QStringLiteral("Loket Nol"), true, {} });
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().message.contains(QStringLiteral("between 1 and 999 (it is 0)")));
    auto unknownService = counters.add(admin(), Counter { 0, 3, QString(), true, { 4242 } });
    REQUIRE_FALSE(unknownService.ok());
    CHECK(unknownService.error().message.contains(QStringLiteral("does not exist")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM counters")).toInt() == 1);
}

TEST_CASE("updating a counter replaces its services and keeps other counters' numbers apart")
{
    test::TempDatabase t;
    const Catalog c = addServices(t);
    CounterCatalog counters(t.db());
    auto one = counters.add(admin(), Counter { 0, 1, QString(), true, { c.ktp } });
    auto two = counters.add(admin(), Counter { 0, 2, QString(), true, { c.ktp } });
    REQUIRE(one.ok());
    REQUIRE(two.ok());
    Counter changed = two.value();
    changed.serviceIds = { c.kk };
    changed.name = QStringLiteral("Loket KK");
    REQUIRE(counters.update(admin(), changed).ok());
    CHECK(counters.find(two->id)->serviceIds == QList<qint64> { c.kk });
    CHECK(counters.find(two->id)->name == QLatin1String("Loket KK"));
    CHECK(counters.find(one->id)->serviceIds == QList<qint64> { c.ktp });

    changed.number = 1;
    CHECK(counters.update(admin(), changed).error().code == ErrorCode::Conflict);
}

TEST_CASE("an open counter cannot be deactivated until it is closed")
{
    test::TempDatabase t;
    CounterCatalog counters(t.db());
    auto added = counters.add(admin(), Counter { 0, 1, QString(), true, {} });
    REQUIRE(added.ok());
    t.exec(QStringLiteral("UPDATE counters SET state = 'open' WHERE id = %1").arg(added->id));
    Counter off = added.value();
    off.active = false;
    Status st = counters.update(admin(), off);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidState);
    CHECK(st.error().message.contains(QStringLiteral("Close it at the counter first")));
    t.exec(QStringLiteral("UPDATE counters SET state = 'closed' WHERE id = %1").arg(added->id));
    REQUIRE(counters.update(admin(), off).ok());
    CHECK(counters.list()->isEmpty());
    CHECK(counters.list(true)->size() == 1);
}

TEST_CASE("an officer cannot add or change counters and the attempts are audited")
{
    test::TempDatabase t;
    CounterCatalog counters(t.db());
    auto added = counters.add(admin(), Counter { 0, 1, QString(), true, {} });
    REQUIRE(added.ok());
    CHECK(counters.add(officer(), Counter { 0, 2, QString(), true, {} }).error().code == ErrorCode::PermissionDenied);
    Counter renamed = added.value();
    renamed.name = QStringLiteral("Loket Saya");
    CHECK(counters.update(officer(), renamed).error().code == ErrorCode::PermissionDenied);
    CHECK(counters.find(added->id)->name == QLatin1String("Loket 1"));
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND action LIKE 'counter.%'"))
            .toInt()
        == 2);
}
