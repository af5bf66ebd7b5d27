// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "loketctl audit list" run as a process, the way an auditor's script would.
// The entries are written on a fixture clock in 2001, so the sign-in of the
// loketctl process itself (on the real clock) never falls in the period asked for.
#include "core/auth/AuditText.h"
#include "core/auth/Authenticator.h"
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

const QString kAdminPassword = QStringLiteral("budi-kecamatan-2026");
const QString kSupervisorPassword = QStringLiteral("camat-sukamaju-26");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

using Run = test::CliRun;

// On the shared test moment (2026), so the command's own sign-in never falls in 2001.
Run loketctl(const test::TempDatabase &t, const QString &user, const QString &password, const QStringList &args)
{
    return test::runLoketctl({ .database = t.path(), .args = args, .user = user, .password = password });
}

// budi (admin), camat (supervisor), siti (officer); on 7 May 2001 siti types a
// wrong password and is refused a setting, and Loket imports the holidays.
struct Office {
    test::TempDatabase t;
    ManualClock clock { QDateTime(QDate(2001, 5, 7), QTime(2, 0), Qt::UTC) }; // 09.00 WIB

    Office()
    {
        UserService users(t.db(), clock);
        NewUser budi { .username = QStringLiteral("budi"), .fullName = QStringLiteral("Budi Santoso"),
            .password = kAdminPassword };
        auto admin = users.createFirstAdmin(budi);
        REQUIRE(admin.ok());
        NewUser camat { .username = QStringLiteral("camat"), .fullName = QStringLiteral("Drs. Hendra Wijaya"),
            .role = Role::Supervisor, .password = kSupervisorPassword };
        REQUIRE(users.addUser(admin->actor(), camat).ok());
        NewUser siti { .username = QStringLiteral("siti"), .fullName = QStringLiteral("Siti Rahma"),
            .role = Role::Officer, .password = kOfficerPassword };
        auto officer = users.addUser(admin->actor(), siti);
        REQUIRE(officer.ok());
        clock.advanceSecs(3600);
        REQUIRE_FALSE(Authenticator(t.db(), clock).authenticate(QStringLiteral("siti"), QStringLiteral("salah")).ok());
        REQUIRE_FALSE(AuditLog(t.db(), clock)
                          .require(officer->actor(), Permission::ManageSettings, QStringLiteral("settings.office"))
                          .ok());
        REQUIRE(AuditLog(t.db(), clock)
                    .record(Actor::system(), QStringLiteral("holiday.import"), QStringLiteral("holiday"), {},
                        QStringLiteral("bundled list: 16 added"))
                    .ok());
        // The next day: outside a period of 7 May only.
        clock.advanceSecs(24 * 3600);
        REQUIRE(AuditLog(t.db(), clock).record(Actor::system(), QStringLiteral("queue.close_day")).ok());
    }
};

} // namespace

TEST_CASE("loketctl audit list --json gives a period's entries with their stable codes")
{
    Office o;
    const Run r = loketctl(o.t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2001-05-07"),
            QStringLiteral("--to"), QStringLiteral("2001-05-07"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue &v : entries)
        actions << v.toObject().value(QStringLiteral("action")).toString();
    // Newest first; the day closing of 8 May is outside the period.
    CHECK(actions
        == QStringList { QStringLiteral("holiday.import"), QStringLiteral("settings.office"), QStringLiteral("login"),
            QStringLiteral("user.add"), QStringLiteral("user.add"), QStringLiteral("user.add") });
    const QJsonObject login = entries.at(2).toObject();
    CHECK(login.value(QStringLiteral("username")).toString() == QLatin1String("siti"));
    CHECK(login.value(QStringLiteral("outcome")).toString() == QLatin1String("failed"));
    CHECK(login.value(QStringLiteral("at")).toString() == QLatin1String("2001-05-07T03:00:00.000Z"));
    // The tests' loketctl speaks English.
    CHECK(login.value(QStringLiteral("detail_text")).toString() == QLatin1String("wrong password (1 of 5)"));

    const Run onlySiti = loketctl(o.t, QStringLiteral("camat"), kSupervisorPassword,
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("siti"),
            QStringLiteral("--action"), QStringLiteral("settings."), QStringLiteral("--json") });
    REQUIRE(onlySiti.exitCode == 0);
    const QJsonArray refused = QJsonDocument::fromJson(onlySiti.out.toUtf8()).array();
    REQUIRE(refused.size() == 1);
    CHECK(refused.at(0).toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("refused"));
}

TEST_CASE("loketctl audit list reads in Indonesian, with no raw code")
{
    Office o;
    const Run siti = loketctl(o.t, QStringLiteral("budi"), kAdminPassword,
        { QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--user"), QStringLiteral("siti") });
    INFO(siti.err.toStdString());
    REQUIRE(siti.exitCode == 0);
    INFO(siti.out.toStdString());
    CHECK(siti.out.contains(QLatin1String("WAKTU")));
    CHECK(siti.out.contains(QLatin1String("07 Mei 2001 10.00.00")));
    CHECK(siti.out.contains(QLatin1String("kata sandi salah (1 dari 5)")));
    CHECK(siti.out.contains(QLatin1String("tidak berhak mengubah pengaturan")));
    CHECK(siti.out.contains(QLatin1String("ditolak")));
    CHECK_FALSE(siti.out.contains(QLatin1String("settings.office")));
    CHECK_FALSE(siti.out.contains(QLatin1String("manage_settings")));

    const Run loket = loketctl(o.t, QStringLiteral("budi"), kAdminPassword,
        { QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--user"), QStringLiteral("system") });
    REQUIRE(loket.exitCode == 0);
    CHECK(loket.out.contains(QLatin1String("Sistem Loket")));
    CHECK(loket.out.contains(QLatin1String("Hari libur diimpor")));
    CHECK(loket.out.contains(QLatin1String("daftar bawaan: 16 ditambahkan")));
    CHECK_FALSE(loket.out.contains(QLatin1String("system")));
}

TEST_CASE("loketctl audit list refuses a front-desk officer and records the refusal")
{
    Office o;
    const Run r = loketctl(o.t, QStringLiteral("siti"), kOfficerPassword,
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QLatin1String("not allowed")));
    CHECK_FALSE(r.out.contains(QLatin1String("holiday.import")));
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.read' "
                                    "AND outcome = 'refused' AND username = 'siti'"))
              .toInt()
        == 1);
}

TEST_CASE("loketctl audit list says what is wrong with its options before asking for a password")
{
    Office o;
    const Run badDate = loketctl(o.t, QStringLiteral("camat"), QStringLiteral("not-asked"),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("7-5-2001") });
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains(QLatin1String("YYYY-MM-DD")));
    const Run backwards = loketctl(o.t, QStringLiteral("camat"), QStringLiteral("not-asked"),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2001-05-08"),
            QStringLiteral("--to"), QStringLiteral("2001-05-07") });
    CHECK(backwards.exitCode == 1);
    // No sign-in was tried.
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND username = 'camat'"))
              .toInt()
        == 0);
}
