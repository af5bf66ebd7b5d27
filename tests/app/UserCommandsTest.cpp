// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the built loketctl as a separate process on a shared database file,
// the way an operator's script would.
#include "core/auth/UserService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace loket;

namespace {

const QString kAdminPassword = QStringLiteral("budi-kecamatan-2026");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

using Run = test::CliRun;

Run loketctl(const test::TempDatabase &t, const QString &user, const QString &password, const QStringList &args,
             const QString &newPassword = {})
{
    test::CliCall call { .database = t.path(), .args = args, .user = user, .password = password };
    if (!newPassword.isEmpty())
        call.env << qMakePair(QStringLiteral("LOKET_NEW_PASSWORD"), newPassword);
    return test::runLoketctl(call);
}

int auditCount(const test::TempDatabase &t, const QString &action, const QString &outcome, const QString &username)
{
    QSqlQuery q(t.db()->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ? AND username = ?"));
    q.addBindValue(action);
    q.addBindValue(outcome);
    q.addBindValue(username);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void setUpOffice(const test::TempDatabase &t)
{
    UserService users(t.db());
    NewUser admin;
    admin.username = QStringLiteral("budi");
    admin.fullName = QStringLiteral("Budi Santoso");
    admin.password = kAdminPassword;
    auto created = users.createFirstAdmin(admin);
    REQUIRE(created.ok());
    NewUser officer;
    officer.username = QStringLiteral("siti");
    officer.fullName = QStringLiteral("Siti Rahma");
    officer.role = Role::Officer;
    officer.password = kOfficerPassword;
    REQUIRE(users.addUser(created->actor(), officer).ok());
}

} // namespace

TEST_CASE("loketctl user add by a front-desk officer exits with 4 and the refusal is audited")
{
    test::TempDatabase t;
    setUpOffice(t);
    Run r = loketctl(t, QStringLiteral("siti"), kOfficerPassword,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("rudi"), QStringLiteral("--name"),
                      QStringLiteral("Rudi Hartono"), QStringLiteral("--role"), QStringLiteral("admin")},
                     QStringLiteral("rudi-jadi-admin"));
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QLatin1String("not allowed")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'rudi'")).toInt() == 0);
    CHECK(auditCount(t, QStringLiteral("user.add"), QStringLiteral("refused"), QStringLiteral("siti")) == 1);
}

TEST_CASE("loketctl user with a wrong password exits with 4 and changes nothing")
{
    test::TempDatabase t;
    setUpOffice(t);
    Run r = loketctl(t, QStringLiteral("budi"), QStringLiteral("bukan-sandi-budi"),
                     {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("siti")});
    CHECK(r.exitCode == 4);
    CHECK(t.scalar(QStringLiteral("SELECT active FROM users WHERE username = 'siti'")).toInt() == 1);
    CHECK(auditCount(t, QStringLiteral("login"), QStringLiteral("failed"), QStringLiteral("budi")) == 1);
}

TEST_CASE("an administrator adds lists and disables users with loketctl")
{
    test::TempDatabase t;
    setUpOffice(t);
    const QString budi = QStringLiteral("budi");

    Run added = loketctl(t, budi, kAdminPassword,
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ani"), QStringLiteral("--name"),
                          QStringLiteral("Ani Susanti"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                          QStringLiteral("--nip"), QStringLiteral("199001012015012003")},
                         QStringLiteral("ani-susanti-26"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(auditCount(t, QStringLiteral("user.add"), QStringLiteral("ok"), budi) == 2);

    // Without LOKET_NEW_PASSWORD and without a terminal there is no password to set.
    Run noPassword = loketctl(t, budi, kAdminPassword,
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eko"),
                               QStringLiteral("--name"), QStringLiteral("Eko Prasetyo"), QStringLiteral("--role"),
                               QStringLiteral("officer")});
    CHECK(noPassword.exitCode == 2);
    CHECK(noPassword.err.contains(QLatin1String("LOKET_NEW_PASSWORD")));

    Run listed = loketctl(t, budi, kAdminPassword, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(users.size() == 3);
    const QJsonObject ani = users.at(0).toObject();
    CHECK(ani.value(QStringLiteral("username")).toString() == QLatin1String("ani"));
    CHECK(ani.value(QStringLiteral("role")).toString() == QLatin1String("supervisor"));
    CHECK(ani.value(QStringLiteral("nip")).toString() == QLatin1String("199001012015012003"));
    CHECK(ani.value(QStringLiteral("active")).toBool());
    CHECK_FALSE(listed.out.contains(QLatin1String("argon2")));

    Run disabled = loketctl(t, budi, kAdminPassword, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ani")});
    CHECK(disabled.exitCode == 0);
    CHECK(t.scalar(QStringLiteral("SELECT active FROM users WHERE username = 'ani'")).toInt() == 0);
    Run again = loketctl(t, budi, kAdminPassword, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ani")});
    CHECK(again.exitCode == 3);
}
