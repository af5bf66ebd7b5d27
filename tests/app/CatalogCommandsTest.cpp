// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the built loketctl on a database file, as an operator's script would.
#include "core/auth/UserService.h"
#include "core/catalog/HolidayService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace loket;

namespace {

const QString kAdminPassword = QStringLiteral("budi-kecamatan-2026");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

using Run = test::CliRun;

Run loketctl(const test::TempDatabase &t, const QString &user, const QStringList &args)
{
    return test::runLoketctl({ .database = t.path(), .args = args, .user = user,
        .password = user == QLatin1String("budi") ? kAdminPassword : kOfficerPassword });
}

void addUsers(const test::TempDatabase &t)
{
    UserService users(t.db());
    auto admin = users.createFirstAdmin(
        NewUser { QStringLiteral("budi"), QStringLiteral("Budi Santoso"), QString(), Role::Admin, kAdminPassword });
    REQUIRE(admin.ok());
    REQUIRE(users
                .addUser(admin->actor(),
                    NewUser { QStringLiteral("siti"), QStringLiteral("Siti Rahma"), QString(), Role::Officer,
                        kOfficerPassword })
                .ok());
}

QString writeFile(const test::TempDatabase &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("loketctl office set works for an administrator and refuses an officer with exit code 4")
{
    test::TempDatabase t;
    addUsers(t);
    Run set = loketctl(t, QStringLiteral("budi"),
        { QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--name"),
            QStringLiteral("Kecamatan Cibinong"), QStringLiteral("--time-zone"), QStringLiteral("wita"),
            QStringLiteral("--hours"), QStringLiteral("mon-fri 07:30-16:00, sat 08:00-12:00") });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);

    Run show = loketctl(
        t, QStringLiteral("siti"), { QStringLiteral("--json"), QStringLiteral("office"), QStringLiteral("show") });
    REQUIRE(show.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("name")).toString() == QLatin1String("Kecamatan Cibinong"));
    CHECK(o.value(QStringLiteral("time_zone")).toString() == QLatin1String("WITA"));
    CHECK(o.value(QStringLiteral("hours")).toString() == QLatin1String("mon-fri 07:30-16:00, sat 08:00-12:00"));

    Run refused = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--name"),
            QStringLiteral("Kecamatan Lain") });
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("not allowed")));
    CHECK(t.scalar(QStringLiteral("SELECT name FROM office")).toString() == QLatin1String("Kecamatan Cibinong"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.office' AND outcome = "
                                  "'refused' AND username = 'siti'"))
              .toInt()
        == 1);

    Run badZone = loketctl(t, QStringLiteral("budi"),
        { QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--time-zone"), QStringLiteral("UTC") });
    CHECK(badZone.exitCode == 1);
}

TEST_CASE("loketctl adds services and a counter that serves them by code")
{
    test::TempDatabase t;
    addUsers(t);
    const QString admin = QStringLiteral("budi");
    REQUIRE(loketctl(t, admin, { QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("Seksi Pelayanan") })
                .exitCode
        == 0);
    REQUIRE(loketctl(t, admin,
                { QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("KTP"), QStringLiteral("--prefix"),
                    QStringLiteral("A"), QStringLiteral("--name"), QStringLiteral("Perekaman KTP-el"),
                    QStringLiteral("--unit"), QStringLiteral("Seksi Pelayanan"), QStringLiteral("--target-minutes"),
                    QStringLiteral("10") })
                .exitCode
        == 0);
    REQUIRE(loketctl(t, admin,
                { QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("KK"), QStringLiteral("--prefix"),
                    QStringLiteral("B"), QStringLiteral("--name"), QStringLiteral("Kartu Keluarga") })
                .exitCode
        == 0);
    Run dup = loketctl(t, admin,
        { QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("KIA"), QStringLiteral("--prefix"),
            QStringLiteral("A"), QStringLiteral("--name"), QStringLiteral("KIA") });
    CHECK(dup.exitCode == 2);
    CHECK(dup.err.contains(QStringLiteral("prefix A is already used")));

    REQUIRE(loketctl(t, admin,
                { QStringLiteral("counter"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--services"),
                    QStringLiteral("KTP,KK") })
                .exitCode
        == 0);
    Run list = loketctl(t, admin, { QStringLiteral("--json"), QStringLiteral("counter"), QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray counters = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(counters.size() == 1);
    CHECK(counters.at(0).toObject().value(QStringLiteral("name")).toString() == QLatin1String("Loket 1"));
    CHECK(counters.at(0).toObject().value(QStringLiteral("services")).toArray()
        == QJsonArray { QStringLiteral("KTP"), QStringLiteral("KK") });

    Run officer = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("service"), QStringLiteral("update"), QStringLiteral("KTP"), QStringLiteral("--active"),
            QStringLiteral("no") });
    CHECK(officer.exitCode == 4);
    CHECK(t.scalar(QStringLiteral("SELECT active FROM services WHERE code = 'KTP'")).toInt() == 1);
}

TEST_CASE("loketctl holiday import of a file with a mistake exits 2 and imports nothing")
{
    test::TempDatabase t;
    addUsers(t);
    const QString bad = writeFile(t, QStringLiteral("libur-2027.csv"),
        "date,kind,name\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n"
        "2027-01-01,cuti_bersama,Dobel\n");
    Run refused = loketctl(t, QStringLiteral("budi"), { QStringLiteral("holiday"), QStringLiteral("import"), bad });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Line 3, field \"date\"")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM holidays")).toInt() == 0);

    const QString good = writeFile(t, QStringLiteral("libur-2026.csv"), HolidayService::bundledCsv());
    Run imported = loketctl(t, QStringLiteral("budi"),
        { QStringLiteral("--json"), QStringLiteral("holiday"), QStringLiteral("import"), good });
    REQUIRE(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out.toUtf8()).object().value(QStringLiteral("added")).toInt() == 25);
}

TEST_CASE("loketctl calendar add-days prints the date N working days later")
{
    test::TempDatabase t;
    addUsers(t);
    REQUIRE(HolidayService(t.db()).loadBundledHolidays().ok());
    const QString user = QStringLiteral("siti");
    Run plain = loketctl(t, user,
        { QStringLiteral("calendar"), QStringLiteral("add-days"), QStringLiteral("2026-03-17"), QStringLiteral("1") });
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.trimmed() == QLatin1String("2026-03-25"));
    Run late = loketctl(t, user,
        { QStringLiteral("calendar"), QStringLiteral("add-days"), QStringLiteral("2026-03-17"), QStringLiteral("1"),
            QStringLiteral("--at"), QStringLiteral("16:30") });
    REQUIRE(late.exitCode == 0);
    CHECK(late.out.trimmed() == QLatin1String("2026-03-26"));
    Run bad = loketctl(t, user,
        { QStringLiteral("calendar"), QStringLiteral("add-days"), QStringLiteral("17-03-2026"), QStringLiteral("1") });
    CHECK(bad.exitCode == 1);
}

TEST_CASE("loketctl never shows SQLite's own text, except with --verbose")
{
    test::TempDatabase t;
    addUsers(t);
    // A rule only the database knows refuses the holiday.
    t.schema(QStringLiteral("CREATE TRIGGER no_holiday BEFORE INSERT ON holidays "
                          "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: kind'); END"));
    const QString file = writeFile(t, QStringLiteral("libur.csv"),
        "date,kind,name\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n");
    const QStringList import { QStringLiteral("holiday"), QStringLiteral("import"), file };
    Run plain = loketctl(t, QStringLiteral("budi"), import);
    CHECK(plain.exitCode == 2);
    CHECK(plain.err.contains(QStringLiteral("breaks one of the database's rules")));
    CHECK_FALSE(plain.err.contains(QStringLiteral("constraint")));
    CHECK_FALSE(plain.err.contains(QStringLiteral("SQLite")));

    Run verbose = loketctl(t, QStringLiteral("budi"), QStringList { QStringLiteral("--verbose") } + import);
    CHECK(verbose.exitCode == 2);
    CHECK(verbose.err.contains(QStringLiteral("CHECK constraint failed: kind")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM holidays")).toInt() == 0);
}
