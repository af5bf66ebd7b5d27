// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "loketctl stats" run as a process on a database with hand-made tickets.
#include "core/auth/UserService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace loket;

namespace {

const QString kSupervisorPassword = QStringLiteral("camat-sukamaju-26");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

using Run = test::CliRun;

Run loketctl(const test::TempDatabase &t, const QString &user, const QString &password, const QStringList &args)
{
    return test::runLoketctl({ .database = t.path(), .args = args, .user = user, .password = password });
}

qint64 wib(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600).toMSecsSinceEpoch();
}

// A supervisor and an officer; three KTP-el tickets on Monday 23 November 2026:
// waits 5 and 15 minutes and one never called; services of 8 and 12 minutes (target 10).
void setUp(const test::TempDatabase &t)
{
    UserService users(t.db());
    NewUser camat;
    camat.username = QStringLiteral("camat");
    camat.fullName = QStringLiteral("Drs. Hendra Wijaya");
    camat.password = kSupervisorPassword;
    auto admin = users.createFirstAdmin(camat);
    REQUIRE(admin.ok());
    NewUser siti;
    siti.username = QStringLiteral("siti");
    siti.fullName = QStringLiteral("Siti Rahma");
    siti.role = Role::Officer;
    siti.password = kOfficerPassword;
    auto officer = users.addUser(admin->actor(), siti);
    REQUIRE(officer.ok());

    t.exec(QStringLiteral(
        "INSERT INTO services (id, code, prefix, name, target_minutes) VALUES (1, 'ktp', 'A', 'KTP-el', 10)"));
    t.exec(QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1, 1, 'Loket 1')"));
    const QString insert = QStringLiteral(
        "INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, issued_at, "
        "first_called_at, started_at, finished_at, counter_id, officer_id) VALUES ('2026-11-23', 1, %1, 'A-00%1', 1, "
        "'%2', %3, %4, %5, %6, %7, %8)");
    const QString officerId = QString::number(officer->id);
    t.exec(insert.arg(1)
               .arg(QStringLiteral("done"))
               .arg(wib(23, 8, 0))
               .arg(wib(23, 8, 5))
               .arg(wib(23, 8, 6))
               .arg(wib(23, 8, 14))
               .arg(1)
               .arg(officerId));
    t.exec(insert.arg(2)
               .arg(QStringLiteral("done"))
               .arg(wib(23, 8, 10))
               .arg(wib(23, 8, 25))
               .arg(wib(23, 8, 26))
               .arg(wib(23, 8, 38))
               .arg(1)
               .arg(officerId));
    t.exec(insert.arg(3)
               .arg(QStringLiteral("expired"))
               .arg(wib(23, 15, 50))
               .arg(QStringLiteral("NULL"))
               .arg(QStringLiteral("NULL"))
               .arg(QStringLiteral("NULL"))
               .arg(QStringLiteral("NULL"))
               .arg(QStringLiteral("NULL")));
}

} // namespace

TEST_CASE("loketctl stats --json gives the figures of the period")
{
    test::TempDatabase t;
    setUp(t);
    const Run r = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-23"), QStringLiteral("--to"),
            QStringLiteral("2026-11-23"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("percentile_method")).toString() == QLatin1String("nearest-rank"));
    const QJsonObject overall = o.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("issued")).toInt() == 3);
    CHECK(overall.value(QStringLiteral("served")).toInt() == 2);
    CHECK(overall.value(QStringLiteral("expired")).toInt() == 1);
    CHECK(overall.value(QStringLiteral("within_target")).toInt() == 1);
    CHECK(overall.value(QStringLiteral("within_target_share")).toDouble() == Approx(0.5));
    const QJsonObject wait = overall.value(QStringLiteral("wait")).toObject();
    CHECK(wait.value(QStringLiteral("count")).toInt() == 2);
    CHECK(wait.value(QStringLiteral("median_ms")).toInteger() == 5 * 60000);
    CHECK(wait.value(QStringLiteral("p90_ms")).toInteger() == 15 * 60000);
    const QJsonArray byOfficer = o.value(QStringLiteral("by_officer")).toArray();
    REQUIRE(byOfficer.size() == 1);
    CHECK(byOfficer.at(0).toObject().value(QStringLiteral("label")).toString() == QLatin1String("Siti Rahma"));
    CHECK(o.value(QStringLiteral("by_hour")).toArray().size() == 2); // 08 and 15
}

TEST_CASE("loketctl stats prints tables for people")
{
    test::TempDatabase t;
    setUp(t);
    const Run r = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
            QStringLiteral("2026-11-30"), QStringLiteral("--by"), QStringLiteral("service,day") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("Tickets issued 3, served 2")));
    CHECK(r.out.contains(QLatin1String("1 of 2 (50.0 %)")));
    CHECK(r.out.contains(QLatin1String("KTP-el")));
    CHECK(r.out.contains(QLatin1String("2026-11-23")));
    CHECK_FALSE(r.out.contains(QLatin1String("By counter")));
}

TEST_CASE("loketctl stats writes Indonesian numbers in Indonesian and dot decimals in JSON")
{
    test::TempDatabase t;
    setUp(t);
    const QStringList period { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-23"),
        QStringLiteral("--to"), QStringLiteral("2026-11-23") };
    const Run id = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        QStringList { QStringLiteral("--lang"), QStringLiteral("id") } + period);
    INFO(id.err.toStdString());
    REQUIRE(id.exitCode == 0);
    INFO(id.out.toStdString());
    CHECK(id.out.contains(QLatin1String("1 dari 2 (50,0 %)")));
    CHECK(id.out.contains(QLatin1String("15,0"))); // the p90 wait: 15 minutes
    CHECK_FALSE(id.out.contains(QLatin1String("50.0")));
    const Run json = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        QStringList { QStringLiteral("--lang"), QStringLiteral("id") } + period + QStringList { QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QLatin1String("\"within_target_share\": 0.5")));
}

TEST_CASE("loketctl stats refuses officers and wrong dates")
{
    test::TempDatabase t;
    setUp(t);
    const QStringList period { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30") };
    const Run officer = loketctl(t, QStringLiteral("siti"), kOfficerPassword, period);
    CHECK(officer.exitCode == 4);
    CHECK(officer.out.isEmpty());

    const Run badDate = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("23-11-2026"), QStringLiteral("--to"),
            QStringLiteral("2026-11-30") });
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains(QLatin1String("YYYY-MM-DD")));

    const Run missing = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-01") });
    CHECK(missing.exitCode == 1);

    const Run backwards = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
            QStringLiteral("2026-11-01") });
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QLatin1String("Swap")));
}
