// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/OfficeService.h"
#include "core/catalog/CalendarRepository.h"
#include "tests/core/catalog/CatalogTestActors.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using test::admin;
using test::officer;

namespace {

OfficeProfile cibinong()
{
    OfficeProfile p;
    p.name = QStringLiteral("Kecamatan Cibinong");
    p.parentAgency = QStringLiteral("Pemerintah Kabupaten Bogor");
    p.address = QStringLiteral("Jl. Raya Tegar Beriman No. 1");
    p.city = QStringLiteral("Bogor");
    p.province = QStringLiteral("Jawa Barat");
    p.postalCode = QStringLiteral("16914");
    p.phone = QStringLiteral("(021) 8753 1234");
    p.email = QStringLiteral("kec.cibinong@bogorkab.go.id");
    p.website = QStringLiteral("https://cibinong.bogorkab.go.id");
    p.headName = QStringLiteral("Drs. Hendra Gunawan, M.Si");
    p.headTitle = QStringLiteral("Camat Cibinong");
    p.headNip = QStringLiteral("19751203 199803 1 004");
    return p;
}

QByteArray tinyPng()
{
    // A 1×1 PNG; only its signature matters to the office profile.
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

int auditCount(const test::TempDatabase &t, const QString &action, const QString &outcome)
{
    return t
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND outcome = '%2'")
                    .arg(action, outcome))
        .toInt();
}

} // namespace

TEST_CASE("an office that is not set up says so")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    CHECK_FALSE(office.isSetUp());
    auto got = office.get();
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == ErrorCode::NotFound);
    CHECK(got.error().message.contains(QStringLiteral("not been set up")));
}

TEST_CASE("the office profile is saved and read back with logo, time zone and hours")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    OfficeProfile p = cibinong();
    p.logoPng = tinyPng();
    p.timeZone = OfficeTimeZone::WITA;
    auto hours
        = WorkingCalendar::parseSchedule(QStringLiteral("mon-thu 07:30-16:00, fri 07:30-16:30, sat 08:00-12:00"));
    REQUIRE(hours.ok());
    p.hours = hours.value();
    REQUIRE(office.save(admin(), p).ok());

    auto got = office.get();
    REQUIRE(got.ok());
    CHECK(got->name == QLatin1String("Kecamatan Cibinong"));
    CHECK(got->headNip == QLatin1String("197512031998031004")); // the spaces typed are removed
    CHECK(got->logoPng == tinyPng());
    CHECK(got->timeZone == OfficeTimeZone::WITA);
    CHECK(got->hours == hours.value());
    CHECK(auditCount(t, QStringLiteral("settings.office"), QStringLiteral("ok")) == 1);

    auto zone = CalendarRepository(t.db()).officeTime();
    REQUIRE(zone.ok());
    CHECK(zone->zone() == OfficeTimeZone::WITA);
}

TEST_CASE("changing the office records which fields changed")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    REQUIRE(office.save(admin(), cibinong()).ok());
    OfficeProfile p = cibinong();
    p.headName = QStringLiteral("Rina Marlina, S.STP");
    p.timeZone = OfficeTimeZone::WIB;
    REQUIRE(office.save(admin(), p).ok());
    CHECK(t.scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'settings.office' ORDER BY id DESC"))
              .toString()
        == QLatin1String("changed: head_name"));
    CHECK(office.get()->headName == QLatin1String("Rina Marlina, S.STP"));
}

TEST_CASE("an office profile with mistakes is refused with every problem named")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    OfficeProfile p = cibinong();
    p.name = QStringLiteral("   ");
    p.email = QStringLiteral("kecamatan at bogorkab");
    p.postalCode = QStringLiteral("169");
    p.headNip = QStringLiteral("1975");
    p.logoPng = QByteArray("GIF89a....");
    p.hours.day(Qt::Monday) = DayHours { QTime(16, 0), QTime(7, 30) };
    Status st = office.save(admin(), p);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidInput);
    const QString m = st.error().message;
    CHECK(m.contains(QStringLiteral("office name is empty")));
    CHECK(m.contains(QStringLiteral("\"kecamatan at bogorkab\" is not an e-mail address")));
    CHECK(m.contains(QStringLiteral("postal code \"169\" must be 5 digits")));
    CHECK(m.contains(QStringLiteral("18 digits (it has 4)")));
    CHECK(m.contains(QStringLiteral("not a PNG image")));
    CHECK(m.contains(QStringLiteral("On Monday the opening time 16:00 is not before the closing time 07:30")));
    CHECK_FALSE(office.isSetUp());
}

TEST_CASE("an office closed every day, or with an unknown time zone, is refused")
{
    OfficeProfile closed = cibinong();
    closed.hours = WeeklySchedule {};
    CHECK(OfficeService::validate(closed).error().message.contains(QStringLiteral("closed every day")));
    OfficeProfile badZone = cibinong();
    badZone.timeZone = static_cast<OfficeTimeZone>(42);
    CHECK(OfficeService::validate(badZone).error().message.contains(QStringLiteral("Choose WIB, WITA or WIT")));
    CHECK(OfficeService::validate(cibinong()).ok());
}

TEST_CASE("an officer cannot change the office and the attempt is audited")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    REQUIRE(office.save(admin(), cibinong()).ok());
    OfficeProfile p = cibinong();
    p.name = QStringLiteral("Kecamatan Lain");
    Status st = office.save(officer(), p);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::PermissionDenied);
    CHECK(office.get()->name == QLatin1String("Kecamatan Cibinong"));
    CHECK(auditCount(t, QStringLiteral("settings.office"), QStringLiteral("refused")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT username FROM audit_log WHERE outcome = 'refused'")).toString()
        == QLatin1String("siti"));
}

TEST_CASE("first-run setup creates the office without a user and loads the 2026 holidays, once")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    REQUIRE(office.setupOffice(cibinong()).ok());
    CHECK(office.isSetUp());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM holidays")).toInt() == 25);
    CHECK(t.scalar(QStringLiteral("SELECT username FROM audit_log WHERE action = 'settings.office'")).toString()
        == QLatin1String("system"));

    // Once the office exists the wizard path is closed: changes need an administrator.
    OfficeProfile p = cibinong();
    p.name = QStringLiteral("Kecamatan Palsu");
    Status again = office.setupOffice(p);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(office.get()->name == QLatin1String("Kecamatan Cibinong"));
}

TEST_CASE("first-run setup with an invalid profile creates nothing")
{
    test::TempDatabase t;
    OfficeService office(t.db());
    OfficeProfile p = cibinong();
    p.name.clear();
    REQUIRE_FALSE(office.setupOffice(p).ok());
    CHECK_FALSE(office.isSetUp());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM holidays")).toInt() == 0);
}
