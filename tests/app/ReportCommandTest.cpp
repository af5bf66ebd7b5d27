// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "loketctl report monthly" run as a process on a database with hand-made
// tickets in November 2026, October 2026 and November 2025.
#include "core/auth/UserService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace loket;

namespace {

const QString kSupervisorPassword = QStringLiteral("camat-sukamaju-26");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

test::CliRun loketctl(const test::TempDatabase &t, const QString &user, const QString &password, const QStringList &args)
{
    return test::runLoketctl({.database = t.path(), .args = args, .user = user, .password = password});
}

qint64 wib(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600).toMSecsSinceEpoch();
}

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
    REQUIRE(users.addUser(admin->actor(), siti).ok());

    t.exec(QStringLiteral("INSERT INTO services (id, code, prefix, name, target_minutes) VALUES (1, 'ktp', 'A', 'KTP-el', 10)"));
    t.exec(QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1, 1, 'Loket 1')"));
    int seq = 0;
    // status, day, issued (h, m), wait, service minutes (-1: not called / not served), priority
    auto ticket = [&](const char *status, QDate day, int h, int m, int wait, int service, bool priority) {
        ++seq;
        const qint64 issued = wib(day, h, m);
        const qint64 called = issued + wait * 60000LL;
        const qint64 started = called + 60000;
        t.exec(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, "
                              "priority_reason_id, issued_at, first_called_at, started_at, finished_at, counter_id) "
                              "VALUES ('%1', 1, %2, 'A-%2', 1, '%3', %4, %5, %6, %7, %8, %9)")
                   .arg(day.toString(Qt::ISODate))
                   .arg(seq)
                   .arg(QLatin1String(status), priority ? QStringLiteral("1") : QStringLiteral("NULL"))
                   .arg(issued)
                   .arg(wait < 0 ? QStringLiteral("NULL") : QString::number(called))
                   .arg(service < 0 ? QStringLiteral("NULL") : QString::number(started))
                   .arg(service < 0 ? QStringLiteral("NULL") : QString::number(started + service * 60000LL))
                   .arg(wait < 0 ? QStringLiteral("NULL") : QStringLiteral("1")));
    };
    const QDate monday(2026, 11, 23);
    ticket("done", monday, 8, 0, 5, 8, true);   // within the 10 minutes
    ticket("done", monday, 8, 10, 15, 12, false); // not within
    ticket("expired", monday, 15, 50, -1, -1, false);
    ticket("done", QDate(2026, 10, 15), 9, 0, 3, 5, false);
    ticket("done", QDate(2025, 11, 10), 9, 0, 3, 5, false);
    ticket("no_show", QDate(2025, 11, 10), 9, 30, 4, -1, false);
}

} // namespace

TEST_CASE("loketctl report monthly --json gives the month with last month and last year")
{
    test::TempDatabase t;
    setUp(t);
    const auto r = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11"),
            QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("month")).toString() == QLatin1String("2026-11"));
    // The fixture's moment is 23 November 2026: the month so far.
    CHECK(o.value(QStringLiteral("last_day")).toString() == QLatin1String("2026-11-23"));
    const QJsonObject tickets = o.value(QStringLiteral("tickets")).toObject();
    CHECK(tickets.value(QStringLiteral("issued")).toInt() == 3);
    CHECK(tickets.value(QStringLiteral("served")).toInt() == 2);
    CHECK(tickets.value(QStringLiteral("no_show")).toInt() == 0);
    CHECK(tickets.value(QStringLiteral("priority")).toInt() == 1);
    const QJsonArray reasons = tickets.value(QStringLiteral("priority_by_reason")).toArray();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).toObject().value(QStringLiteral("code")).toString() == QLatin1String("lansia"));
    const QJsonArray services = o.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 1);
    const QJsonObject ktp = services.at(0).toObject();
    CHECK(ktp.value(QStringLiteral("code")).toString() == QLatin1String("ktp"));
    CHECK(ktp.value(QStringLiteral("issued")).toInt() == 3);
    CHECK(ktp.value(QStringLiteral("served")).toInt() == 2);
    CHECK(ktp.value(QStringLiteral("median_wait_minutes")).toDouble() == Approx(5.0));
    CHECK(ktp.value(QStringLiteral("p90_wait_minutes")).toDouble() == Approx(15.0));
    CHECK(ktp.value(QStringLiteral("target_minutes")).toInt() == 10);
    CHECK(ktp.value(QStringLiteral("within_standard_percent")).toDouble() == Approx(50.0));
    // Monday 08.00: row 0 (Monday), column 8.
    const QJsonArray heat = o.value(QStringLiteral("hourly_load")).toObject().value(QStringLiteral("issued")).toArray();
    REQUIRE(heat.size() == 7);
    CHECK(heat.at(0).toArray().at(8).toInt() == 2);
    CHECK(heat.at(0).toArray().at(15).toInt() == 1);

    const QJsonObject previous = o.value(QStringLiteral("previous_month")).toObject();
    CHECK(previous.value(QStringLiteral("month")).toString() == QLatin1String("2026-10"));
    CHECK(previous.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("issued")).toInt() == 1);
    const QJsonObject lastYear = o.value(QStringLiteral("last_year")).toObject();
    CHECK(lastYear.value(QStringLiteral("month")).toString() == QLatin1String("2025-11"));
    CHECK(lastYear.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("issued")).toInt() == 2);
    CHECK(lastYear.value(QStringLiteral("tickets")).toObject().value(QStringLiteral("no_show")).toInt() == 1);
    CHECK(o.contains(QStringLiteral("complaints")));
    CHECK(o.contains(QStringLiteral("suggestions")));
    CHECK(o.contains(QStringLiteral("ikm_trend")));
}

TEST_CASE("loketctl report monthly prints the month beside last month and last year")
{
    test::TempDatabase t;
    setUp(t);
    const auto r = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2026-11")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("2026-10")));
    CHECK(r.out.contains(QLatin1String("2025-11")));
    CHECK(r.out.contains(QLatin1String("KTP-el")));
    CHECK(r.out.contains(QLatin1String("+200")));  // 3 tickets against 1 in October
    CHECK(r.out.contains(QLatin1String("+50")));   // and against 2 a year ago
}

TEST_CASE("loketctl report monthly refuses an officer, a month not begun and a wrong month")
{
    test::TempDatabase t;
    setUp(t);
    const QStringList monthly {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month")};
    const auto officer = loketctl(t, QStringLiteral("siti"), kOfficerPassword, monthly + QStringList {QStringLiteral("2026-11")});
    CHECK(officer.exitCode == 4);
    CHECK(officer.out.isEmpty());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.monthly' AND outcome = 'refused'")).toInt() == 1);
    const auto future = loketctl(t, QStringLiteral("camat"), kSupervisorPassword, monthly + QStringList {QStringLiteral("2026-12")});
    CHECK(future.exitCode == 2);
    CHECK_FALSE(future.err.isEmpty());
    const auto wrong = loketctl(t, QStringLiteral("camat"), kSupervisorPassword, monthly + QStringList {QStringLiteral("2026-13")});
    CHECK(wrong.exitCode == 1);
    const auto help = loketctl(t, QString(), QString(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.out.contains(QLatin1String("--pdf")));
}

TEST_CASE("loketctl report evaluation lists each point with its evidence")
{
    test::TempDatabase t;
    setUp(t);
    const auto r = loketctl(t, QStringLiteral("camat"), kSupervisorPassword,
        {QStringLiteral("report"), QStringLiteral("evaluation"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("date")).toString() == QLatin1String("2026-11-23"));
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 15);
    QMap<QString, QString> states;
    for (const QJsonValue &p : points)
        states.insert(p.toObject().value(QStringLiteral("code")).toString(), p.toObject().value(QStringLiteral("state")).toString());
    // Three tickets in the last 30 days, one lansia served; no standard, survey or complaint recorded.
    CHECK(states.value(QStringLiteral("queue_system")) == QLatin1String("met"));
    CHECK(states.value(QStringLiteral("priority_service")) == QLatin1String("met"));
    CHECK(states.value(QStringLiteral("standards_components")) == QLatin1String("missing"));
    CHECK(states.value(QStringLiteral("skm_done")) == QLatin1String("missing"));
    CHECK(o.value(QStringLiteral("met")).toInt() + o.value(QStringLiteral("partly")).toInt()
              + o.value(QStringLiteral("missing")).toInt() == 15);
    const auto officer = loketctl(t, QStringLiteral("siti"), kOfficerPassword, {QStringLiteral("report"), QStringLiteral("evaluation")});
    CHECK(officer.exitCode == 4);
}
