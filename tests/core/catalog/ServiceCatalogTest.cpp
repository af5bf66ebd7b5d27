// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/ServiceCatalog.h"
#include "core/catalog/UnitCatalog.h"
#include "tests/core/catalog/CatalogTestActors.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using test::admin;
using test::officer;
using test::supervisor;

namespace {

Service ktp()
{
    Service s;
    s.code = QStringLiteral("KTP");
    s.prefix = QStringLiteral("A");
    s.name = QStringLiteral("Perekaman KTP-el");
    s.targetMinutes = 10;
    s.sortOrder = 1;
    return s;
}

Service kk()
{
    Service s;
    s.code = QStringLiteral("KK");
    s.prefix = QStringLiteral("B");
    s.name = QStringLiteral("Kartu Keluarga");
    s.targetMinutes = 15;
    s.sortOrder = 2;
    return s;
}

} // namespace

TEST_CASE("units are added, listed by name, renamed and deactivated")
{
    test::TempDatabase t;
    UnitCatalog units(t.db());
    auto pelayanan = units.add(admin(), QStringLiteral("  Seksi   Pelayanan "));
    REQUIRE(pelayanan.ok());
    CHECK(pelayanan->name == QLatin1String("Seksi Pelayanan"));
    REQUIRE(units.add(admin(), QStringLiteral("Seksi Kependudukan")).ok());

    auto dup = units.add(admin(), QStringLiteral("seksi pelayanan"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("already exists")));
    CHECK_FALSE(units.add(admin(), QStringLiteral("")).ok());

    REQUIRE(units.rename(admin(), pelayanan->id, QStringLiteral("Seksi Pelayanan Umum")).ok());
    REQUIRE(units.setActive(admin(), pelayanan->id, false).ok());
    auto active = units.list();
    REQUIRE(active.ok());
    REQUIRE(active->size() == 1);
    CHECK(active->at(0).name == QLatin1String("Seksi Kependudukan"));
    auto all = units.list(true);
    REQUIRE(all->size() == 2);
    CHECK(all->at(1).name == QLatin1String("Seksi Pelayanan Umum"));
    CHECK_FALSE(all->at(1).active);
    CHECK(units.findByName(QStringLiteral("SEKSI KEPENDUDUKAN")).ok());
}

TEST_CASE("services are added with code and prefix in capitals and listed in their order")
{
    test::TempDatabase t;
    UnitCatalog units(t.db());
    auto unit = units.add(admin(), QStringLiteral("Seksi Pelayanan"));
    REQUIRE(unit.ok());
    ServiceCatalog services(t.db());
    Service s = kk();
    s.code = QStringLiteral("kk");
    s.prefix = QStringLiteral("b");
    s.unitId = unit->id;
    auto added = services.add(admin(), s);
    REQUIRE(added.ok());
    CHECK(added->code == QLatin1String("KK"));
    CHECK(added->prefix == QLatin1String("B"));
    REQUIRE(services.add(admin(), ktp()).ok());

    auto list = services.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).code == QLatin1String("KTP")); // sort order 1 before 2
    CHECK(list->at(1).unitId == unit->id);
    CHECK(list->at(1).targetMinutes == 15);
    CHECK(services.findByCode(QStringLiteral("ktp"))->name == QLatin1String("Perekaman KTP-el"));
}

TEST_CASE("a service code or ticket prefix used by another service is refused")
{
    test::TempDatabase t;
    ServiceCatalog services(t.db());
    REQUIRE(services.add(admin(), ktp()).ok());
    Service sameCode = kk();
    sameCode.code = QStringLiteral("KTP");
    auto a = services.add(admin(), sameCode);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == ErrorCode::Conflict);
    CHECK(
        a.error().message.contains(QStringLiteral("The code KTP is already used by the service \"Perekaman KTP-el\"")));

    Service samePrefix = kk();
    samePrefix.prefix = QStringLiteral("a");
    auto b = services.add(admin(), samePrefix);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().message.contains(QStringLiteral("ticket prefix A is already used")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM services")).toInt() == 1);

    // Changing a service to another's prefix is refused too, keeping its own is fine.
    auto kkAdded = services.add(admin(), kk());
    REQUIRE(kkAdded.ok());
    Service changed = kkAdded.value();
    changed.prefix = QStringLiteral("A");
    CHECK(services.update(admin(), changed).error().code == ErrorCode::Conflict);
    changed.prefix = QStringLiteral("B");
    changed.name = QStringLiteral("Kartu Keluarga (baru/perubahan)");
    CHECK(services.update(admin(), changed).ok());
}

TEST_CASE("a service with invalid fields is refused with every problem named")
{
    test::TempDatabase t;
    ServiceCatalog services(t.db());
    Service s;
    s.code = QStringLiteral("KTP EL");
    s.prefix = QStringLiteral("A1");
    s.name = QStringLiteral(" ");
    s.targetMinutes = 0;
    auto added = services.add(admin(), s);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::InvalidInput);
    const QString m = added.error().message;
    CHECK(m.contains(QStringLiteral("The service code \"KTP EL\" may hold only capital letters")));
    CHECK(m.contains(QStringLiteral("The ticket prefix \"A1\" must be one or two capital letters")));
    CHECK(m.contains(QStringLiteral("The service name is empty")));
    CHECK(m.contains(QStringLiteral("between 1 and 1440 minutes (it is 0)")));

    Service tooLong = ktp();
    tooLong.prefix = QStringLiteral("ABC");
    CHECK_FALSE(ServiceCatalog::validate(tooLong).ok());
    Service noUnit = ktp();
    noUnit.unitId = 99;
    auto missingUnit = services.add(admin(), noUnit);
    REQUIRE_FALSE(missingUnit.ok());
    CHECK(missingUnit.error().message.contains(QStringLiteral("unit chosen for the service does not exist")));
}

TEST_CASE("a deactivated service leaves the list but keeps its record")
{
    test::TempDatabase t;
    ServiceCatalog services(t.db());
    auto s = services.add(admin(), ktp());
    REQUIRE(s.ok());
    REQUIRE(services.setActive(admin(), s->id, false).ok());
    CHECK(services.list()->isEmpty());
    REQUIRE(services.list(true)->size() == 1);
    CHECK_FALSE(services.find(s->id)->active);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'service.active'")).toInt() == 1);
}

TEST_CASE("an officer or a supervisor cannot change services and each attempt is audited")
{
    test::TempDatabase t;
    ServiceCatalog services(t.db());
    auto s = services.add(admin(), ktp());
    REQUIRE(s.ok());

    auto added = services.add(officer(), kk());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::PermissionDenied);
    Service renamed = s.value();
    renamed.name = QStringLiteral("KTP");
    CHECK(services.update(officer(), renamed).error().code == ErrorCode::PermissionDenied);
    CHECK(services.setActive(supervisor(), s->id, false).error().code == ErrorCode::PermissionDenied);
    CHECK(UnitCatalog(t.db()).add(officer(), QStringLiteral("Seksi Umum")).error().code == ErrorCode::PermissionDenied);

    CHECK(services.find(s->id)->name == QLatin1String("Perekaman KTP-el"));
    CHECK(services.find(s->id)->active);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM services")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND action IN "
                                  "('service.add', 'service.update', 'service.active', 'unit.add')"))
              .toInt()
        == 4);
}
