// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl ticket, counter, queue and day, driven as a process the way an
// operator's script would.
#include "core/auth/UserService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace loket;

namespace {

const QString kPassword = QStringLiteral("kecamatan-loket-2026");

using Run = test::CliRun;

// user empty: no --user (the kiosk).
Run loketctl(const test::TempDatabase &t, const QString &user, const QStringList &args)
{
    return test::runLoketctl({ .database = t.path(), .args = args, .user = user, .password = kPassword });
}

// An office with KTP and KK, loket 1 (both) and loket 2 (KTP), an officer
// "siti" and a supervisor "sari"; nothing open yet.
void setUp(const test::TempDatabase &t)
{
    UserService users(t.db());
    NewUser admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Administrator");
    admin.password = kPassword;
    auto created = users.createFirstAdmin(admin);
    REQUIRE(created.ok());
    for (auto [name, full, role] : { std::tuple { "siti", "Siti Rahma", Role::Officer },
             std::tuple { "sari", "Sari Wulandari", Role::Supervisor } }) {
        NewUser u;
        u.username = QString::fromLatin1(name);
        u.fullName = QString::fromLatin1(full);
        u.role = role;
        u.password = kPassword;
        REQUIRE(users.addUser(created->actor(), u).ok());
    }
    t.exec(QStringLiteral("INSERT INTO services (id, code, prefix, name) VALUES (1, 'KTP', 'A', 'KTP-el'), "
                          "(2, 'KK', 'B', 'Kartu Keluarga')"));
    t.exec(QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1, 1, 'Loket 1'), (2, 2, 'Loket 2')"));
    t.exec(QStringLiteral("INSERT INTO counter_services VALUES (1, 1), (1, 2), (2, 1)"));
}

} // namespace

TEST_CASE("loketctl: a kiosk ticket, called, served and finished at a counter, as JSON")
{
    test::TempDatabase t;
    setUp(t);
    const Run issued = loketctl(t, {},
        { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"),
            QStringLiteral("ktp"), QStringLiteral("--priority"), QStringLiteral("lansia") });
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QJsonObject ticket = issued.json();
    CHECK(ticket.value(QStringLiteral("number")).toString() == QLatin1String("A-001"));
    CHECK(ticket.value(QStringLiteral("service")).toString() == QLatin1String("KTP"));
    CHECK(ticket.value(QStringLiteral("status")).toString() == QLatin1String("waiting"));
    CHECK(ticket.value(QStringLiteral("priority")).toString() == QLatin1String("lansia"));
    CHECK(ticket.value(QStringLiteral("channel")).toString() == QLatin1String("kiosk"));
    CHECK(ticket.value(QStringLiteral("counter")).isNull());
    CHECK(ticket.value(QStringLiteral("called_at")).isNull());
    CHECK(ticket.value(QStringLiteral("position")).toInt() == 1);
    const QDateTime issuedAt = QDateTime::fromString(ticket.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
    CHECK(issuedAt.isValid());
    CHECK(issuedAt.timeSpec() == Qt::UTC);
    CHECK(qAbs(issuedAt.secsTo(test::defaultTestMoment())) < 60);

    // Nobody is at loket 1 yet.
    const Run early = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("--counter"), QStringLiteral("1") });
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("Nobody is signed in at loket 1")));

    REQUIRE(
        loketctl(t, QStringLiteral("siti"), { QStringLiteral("counter"), QStringLiteral("open"), QStringLiteral("1") })
            .exitCode
        == 0);
    const Run called = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("--counter"),
            QStringLiteral("1") });
    REQUIRE(called.exitCode == 0);
    CHECK(called.json().value(QStringLiteral("status")).toString() == QLatin1String("called"));
    CHECK(called.json().value(QStringLiteral("counter")).toInt() == 1);
    CHECK(called.json().value(QStringLiteral("called_at")).isString());

    // The officer's own counter is found from the sign-in; the ticket by today's number.
    REQUIRE(loketctl(
                t, QStringLiteral("siti"), { QStringLiteral("ticket"), QStringLiteral("start"), QStringLiteral("a-1") })
                .exitCode
        == 0);
    const Run finished = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("finish"), QStringLiteral("A-001"),
            QStringLiteral("--note"), QStringLiteral("KTP-el dicetak") });
    REQUIRE(finished.exitCode == 0);
    CHECK(finished.json().value(QStringLiteral("status")).toString() == QLatin1String("done"));
    CHECK(finished.json().value(QStringLiteral("started_at")).isString());
    CHECK(finished.json().value(QStringLiteral("finished_at")).isString());
    CHECK(finished.json().value(QStringLiteral("note")).toString() == QLatin1String("KTP-el dicetak"));

    const Run shown = loketctl(
        t, {}, { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("A-001") });
    REQUIRE(shown.exitCode == 0);
    QStringList kinds;
    for (const QJsonValue &e : shown.json().value(QStringLiteral("events")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    CHECK(kinds
        == QStringList(
            { QStringLiteral("issue"), QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("finish") }));

    // Nothing left: exit code 3.
    const Run none = loketctl(t, QStringLiteral("siti"),
        { QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("--counter"), QStringLiteral("1") });
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("No ticket is waiting for loket 1")));
}

TEST_CASE("loketctl: counters pause with a reason, the queue status shows it, and the day is closed by a supervisor")
{
    test::TempDatabase t;
    setUp(t);
    REQUIRE(loketctl(
                t, QStringLiteral("siti"), { QStringLiteral("counter"), QStringLiteral("signin"), QStringLiteral("2") })
                .exitCode
        == 0);
    REQUIRE(
        loketctl(t, QStringLiteral("siti"), { QStringLiteral("counter"), QStringLiteral("open"), QStringLiteral("2") })
            .exitCode
        == 0);
    const Run noReason = loketctl(
        t, QStringLiteral("siti"), { QStringLiteral("counter"), QStringLiteral("pause"), QStringLiteral("2") });
    CHECK(noReason.exitCode == 1);
    REQUIRE(loketctl(t, QStringLiteral("siti"),
                { QStringLiteral("counter"), QStringLiteral("pause"), QStringLiteral("2"), QStringLiteral("--reason"),
                    QStringLiteral("istirahat sholat") })
                .exitCode
        == 0);
    REQUIRE(
        loketctl(t, {},
            { QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("KK") })
            .exitCode
        == 0);

    const Run status = loketctl(t, {}, { QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("status") });
    REQUIRE(status.exitCode == 0);
    const QJsonObject s = status.json();
    const QJsonArray counters = s.value(QStringLiteral("counters")).toArray();
    REQUIRE(counters.size() == 2);
    const QJsonObject two = counters.at(1).toObject();
    CHECK(two.value(QStringLiteral("number")).toInt() == 2);
    CHECK(two.value(QStringLiteral("state")).toString() == QLatin1String("paused"));
    CHECK(two.value(QStringLiteral("reason")).toString() == QLatin1String("istirahat sholat"));
    CHECK(two.value(QStringLiteral("officer")).toString() == QLatin1String("Siti Rahma"));
    QJsonObject kk;
    for (const QJsonValue &v : s.value(QStringLiteral("services")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("KK"))
            kk = v.toObject();
    }
    CHECK(kk.value(QStringLiteral("name")).toString() == QLatin1String("Kartu Keluarga"));
    CHECK(kk.value(QStringLiteral("waiting")).toInt() == 1);

    // The catalog's own counter subcommands still work beside the queue's.
    CHECK(loketctl(t, {}, { QStringLiteral("counter"), QStringLiteral("list") }).exitCode == 0);

    const Run officer = loketctl(t, QStringLiteral("siti"), { QStringLiteral("day"), QStringLiteral("close") });
    CHECK(officer.exitCode == 4);
    const Run supervisor = loketctl(
        t, QStringLiteral("sari"), { QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("close") });
    CHECK(supervisor.exitCode == 0);
    CHECK(supervisor.json().value(QStringLiteral("expired")).isDouble());
}

TEST_CASE("loketctl: wrong arguments are usage errors and cost no password")
{
    test::TempDatabase t;
    setUp(t);
    CHECK(loketctl(t, {}, { QStringLiteral("ticket"), QStringLiteral("issue") }).exitCode == 1);
    CHECK(loketctl(t, {}, { QStringLiteral("ticket"), QStringLiteral("fly") }).exitCode == 1);
    CHECK(loketctl(t, QStringLiteral("siti"), { QStringLiteral("ticket"), QStringLiteral("call") }).exitCode == 1);
    CHECK(loketctl(t, QStringLiteral("siti"),
              { QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("--counter"), QStringLiteral("1"),
                  QStringLiteral("--ticket"), QStringLiteral("A-001") })
              .exitCode
        == 1);
    const Run unknown = loketctl(t, {},
        { QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("XYZ") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("XYZ")));
    // Failed sign-ins would lock the account: none of the above tried one.
    CHECK(t.scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'siti'")).toInt() == 0);
}
