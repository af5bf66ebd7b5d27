// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The services behind the settings forms refuse names with a NUL, a control
// character or only a byte order mark, like the imports do.
#include "core/catalog/CounterCatalog.h"
#include "core/catalog/HolidayService.h"
#include "core/catalog/OfficeService.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/catalog/UnitCatalog.h"
#include "tests/core/catalog/CatalogTestActors.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using test::admin;

namespace {

const QStringList &badNames()
{
    static const QStringList names { QStringLiteral("Seksi\u0000Pelayanan"), QStringLiteral("Seksi\x07"),
        QStringLiteral("\x1b[2JLoket"), QStringLiteral("\uFEFF"), QStringLiteral("\uFEFFKTP-el") };
    return names;
}

int rows(const test::TempDatabase &t, const char *table)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

TEST_CASE("unit, service, counter and holiday names with control characters or only a BOM are refused")
{
    test::TempDatabase t;
    UnitCatalog units(t.db());
    ServiceCatalog services(t.db());
    CounterCatalog counters(t.db());
    HolidayService holidays(t.db());
    const int unitRows = rows(t, "units"), serviceRows = rows(t, "services"), counterRows = rows(t, "counters"),
              holidayRows = rows(t, "holidays");
    int number = 1;
    for (const QString &name : badNames()) {
        INFO(name.toUtf8().toHex().toStdString());
        auto unit = units.add(admin(), name);
        REQUIRE_FALSE(unit.ok());
        CHECK(unit.error().code == ErrorCode::InvalidInput);

        Service s;
        s.code = QStringLiteral("S%1").arg(number);
        s.prefix = QStringLiteral("A");
        s.name = name;
        auto service = services.add(admin(), s);
        REQUIRE_FALSE(service.ok());
        CHECK(service.error().code == ErrorCode::InvalidInput);

        auto counter = counters.add(admin(), Counter { 0, number, name, true, {} });
        REQUIRE_FALSE(counter.ok());
        CHECK(counter.error().code == ErrorCode::InvalidInput);

        auto holiday = holidays.add(admin(), Holiday { QDate(2026, 10, number), HolidayKind::LiburLokal, name });
        REQUIRE_FALSE(holiday.ok());
        CHECK(holiday.error().code == ErrorCode::InvalidInput);
        ++number;
    }
    CHECK(rows(t, "units") == unitRows);
    CHECK(rows(t, "services") == serviceRows);
    CHECK(rows(t, "counters") == counterRows);
    CHECK(rows(t, "holidays") == holidayRows);

    // A good name still goes in.
    CHECK(units.add(admin(), QStringLiteral("Seksi Pelayanan")).ok());
}

TEST_CASE("the office profile refuses a control character, and takes a multi-line address")
{
    OfficeProfile p;
    p.name = QStringLiteral("Kecamatan Cibinong");
    p.address = QStringLiteral("Jl. Raya Tegar Beriman No. 1\nCibinong");
    CHECK(OfficeService::validate(p).ok());
    p.headName = QStringLiteral("Drs. Hendra\u0000");
    CHECK_FALSE(OfficeService::validate(p).ok());
    p.headName.clear();
    p.name = QStringLiteral("\uFEFF");
    CHECK_FALSE(OfficeService::validate(p).ok());
}

TEST_CASE("a holiday file with a cut line or a control character imports nothing")
{
    test::TempDatabase t;
    HolidayService holidays(t.db());
    REQUIRE(holidays.importCsv(admin(), "date,kind,name\n2026-08-17,libur_nasional,Proklamasi\n").ok());
    const int before = rows(t, "holidays");
    for (const QByteArray &bytes : { QByteArray("date,kind,name\n2026-10-05,libur_lokal,Hari Jadi\n"
                                                "2026-12-25,libur_nasional,\"Langsun"),
             QByteArray("date,kind,name\n2026-10-05,libur_lokal,Hari Jadi\n2026-12-25,libur_nas\n"),
             QByteArray("date,kind,name\n2026-10-05,libur_lokal,Hari\x1b Jadi\n") }) {
        auto imported = holidays.importCsv(admin(), bytes);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(imported.error().message.contains(QChar(0x1b)));
        CHECK(rows(t, "holidays") == before);
    }
}
