// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordHasher.h"
#include "core/auth/UserService.h"
#include "core/common/TextCheck.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlText.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {

const QString kAdminPassword = QStringLiteral("budi-kecamatan-2026");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

NewUser newUser(const QString &username, const QString &fullName, Role role, const QString &password)
{
    NewUser u;
    u.username = username;
    u.fullName = fullName;
    u.role = role;
    u.password = password;
    return u;
}

// A small office: the first administrator (budi) and one front-desk officer
// (siti), at 08.00 WIB on Monday 23 November 2026.
struct Office {
    test::TempDatabase t;
    ManualClock clock { QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC) };
    UserService users { t.db(), clock };
    Actor admin;
    Actor officer;

    Office()
    {
        NewUser first = newUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), Role::Admin, kAdminPassword);
        first.nip = QStringLiteral("198503122010011001");
        auto a = users.createFirstAdmin(first);
        REQUIRE(a.ok());
        admin = a->actor();
        auto o = users.addUser(admin, newUser(QStringLiteral("siti"), QStringLiteral("Siti Rahma"), Role::Officer,
                                              kOfficerPassword));
        REQUIRE(o.ok());
        officer = o->actor();
    }

    int audit(const QString &action, const QString &outcome, const QString &username = {}) const
    {
        QSqlQuery q(t.db()->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ? "
                                 "AND (? = '' OR username = ?)"));
        q.addBindValue(action);
        q.addBindValue(outcome);
        q.addBindValue(sqlText(username));
        q.addBindValue(sqlText(username));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QString hashOf(const QString &username) const
    {
        QSqlQuery q(t.db()->connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"));
        q.addBindValue(username);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace

TEST_CASE("the first administrator can be created only while there is no user")
{
    test::TempDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    UserService users(t.db(), clock);
    CHECK_FALSE(users.hasAnyUser());

    // Whatever role is asked for, the first account administers.
    auto first = users.createFirstAdmin(
        newUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), Role::Officer, kAdminPassword));
    REQUIRE(first.ok());
    CHECK(first->role == Role::Admin);
    CHECK(first->active);
    CHECK(first->createdAt == clock.nowUtc());
    CHECK(users.hasAnyUser());

    auto second = users.createFirstAdmin(
        newUser(QStringLiteral("eko"), QStringLiteral("Eko Prasetyo"), Role::Admin, QStringLiteral("eko-merebut-admin")));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::InvalidState);
    CHECK_FALSE(users.findUser(QStringLiteral("eko")).ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.add' AND outcome = 'refused'"))
              .toInt()
          == 1);
}

TEST_CASE("the password is stored only as an Argon2id hash")
{
    Office o;
    const QString stored = o.hashOf(QStringLiteral("siti"));
    CHECK(stored.startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(stored.contains(kOfficerPassword));
    CHECK(PasswordHasher::verify(stored, kOfficerPassword));
    // Nor does it leak into the audit log.
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%loket-satu%'")).toInt() == 0);
}

TEST_CASE("signing in with the right password gives the user and records the sign-in")
{
    Office o;
    o.clock.advanceSecs(600);
    auto who = o.users.authenticate(QStringLiteral("Siti"), kOfficerPassword);
    REQUIRE(who.ok());
    CHECK(who->userId == o.officer.userId);
    CHECK(who->username == QLatin1String("siti"));
    CHECK(who->role == Role::Officer);
    auto user = o.users.findUser(QStringLiteral("siti"));
    REQUIRE(user.ok());
    CHECK(user->lastLoginAt == o.clock.nowUtc());
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("ok"), QStringLiteral("siti")) == 1);
}

TEST_CASE("a wrong password and an unknown user get the same answer and both are recorded")
{
    Office o;
    auto wrong = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("siti-loket-dua"));
    auto unknown = o.users.authenticate(QStringLiteral("joko"), kOfficerPassword);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);
    CHECK(unknown.error().code == ErrorCode::AuthenticationFailed);
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("failed"), QStringLiteral("siti")) == 1);
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("failed"), QStringLiteral("joko")) == 1);
    CHECK(o.users.findUser(QStringLiteral("siti"))->failedAttempts == 1);
}

TEST_CASE("five wrong passwords lock the account for 15 minutes")
{
    Office o;
    for (int i = 1; i <= 4; ++i) {
        auto r = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("tebak-tebakan-%1").arg(i));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::AuthenticationFailed);
        o.clock.advanceSecs(20);
    }
    auto fifth = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("tebak-tebakan-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::AccountLocked);
    CHECK(fifth.error().message.contains(QLatin1String("15 minute")));
    const QDateTime lockedAt = o.clock.nowUtc();
    CHECK(o.users.findUser(QStringLiteral("siti"))->lockedUntil == lockedAt.addSecs(15 * 60));

    // While locked even the right password is refused, and the message says how long is left.
    o.clock.advanceSecs(10 * 60);
    auto during = o.users.authenticate(QStringLiteral("siti"), kOfficerPassword);
    REQUIRE_FALSE(during.ok());
    CHECK(during.error().code == ErrorCode::AccountLocked);
    CHECK(during.error().message.contains(QLatin1String("5 minute")));
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("failed"), QStringLiteral("siti")) == 5);
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("refused"), QStringLiteral("siti")) == 1);

    o.clock.set(lockedAt.addSecs(15 * 60 + 1));
    auto after = o.users.authenticate(QStringLiteral("siti"), kOfficerPassword);
    REQUIRE(after.ok());
    auto user = o.users.findUser(QStringLiteral("siti"));
    CHECK(user->failedAttempts == 0);
    CHECK_FALSE(user->lockedUntil.isValid());
}

TEST_CASE("the lock-out follows the office settings")
{
    Office o;
    SettingsStore settings(o.t.db());
    REQUIRE(settings.setValue(QString::fromLatin1(SettingKey::LockoutAttempts), 3).ok());
    REQUIRE(settings.setValue(QString::fromLatin1(SettingKey::LockoutMinutes), 30).ok());
    for (int i = 1; i <= 2; ++i)
        CHECK(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("salah-lagi-%1").arg(i)).error().code
              == ErrorCode::AuthenticationFailed);
    auto third = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("salah-lagi-3"));
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == ErrorCode::AccountLocked);
    CHECK(third.error().message.contains(QLatin1String("30 minute")));
}

TEST_CASE("a successful sign-in resets the count of wrong passwords")
{
    Office o;
    for (int i = 1; i <= 4; ++i)
        REQUIRE_FALSE(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("keliru-%1").arg(i)).ok());
    REQUIRE(o.users.authenticate(QStringLiteral("siti"), kOfficerPassword).ok());
    for (int i = 1; i <= 4; ++i) {
        auto r = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("keliru-lagi-%1").arg(i));
        CHECK(r.error().code == ErrorCode::AuthenticationFailed);
    }
    CHECK_FALSE(o.users.findUser(QStringLiteral("siti"))->lockedUntil.isValid());
}

TEST_CASE("an administrator unlocks a locked account at once")
{
    Office o;
    for (int i = 1; i <= 5; ++i)
        REQUIRE_FALSE(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("keliru-%1").arg(i)).ok());
    REQUIRE(o.users.findUser(QStringLiteral("siti"))->lockedUntil.isValid());

    Status refused = o.users.unlock(o.officer, QStringLiteral("siti"));
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(o.audit(QStringLiteral("user.unlock"), QStringLiteral("refused"), QStringLiteral("siti")) == 1);

    REQUIRE(o.users.unlock(o.admin, QStringLiteral("siti")).ok());
    CHECK(o.audit(QStringLiteral("user.unlock"), QStringLiteral("ok"), QStringLiteral("budi")) == 1);
    CHECK(o.users.authenticate(QStringLiteral("siti"), kOfficerPassword).ok());
    CHECK(o.users.unlock(o.admin, QStringLiteral("siti")).error().code == ErrorCode::Nothing);
}

TEST_CASE("a disabled account cannot sign in until it is enabled again")
{
    Office o;
    REQUIRE(o.users.setActive(o.admin, QStringLiteral("siti"), false).ok());
    CHECK(o.audit(QStringLiteral("user.disable"), QStringLiteral("ok")) == 1);

    auto right = o.users.authenticate(QStringLiteral("siti"), kOfficerPassword);
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().message.contains(QLatin1String("disabled")));
    // A wrong password does not tell that the account exists.
    auto wrong = o.users.authenticate(QStringLiteral("siti"), QStringLiteral("bukan-sandinya"));
    REQUIRE_FALSE(wrong.ok());
    CHECK_FALSE(wrong.error().message.contains(QLatin1String("disabled")));
    CHECK(o.audit(QStringLiteral("login"), QStringLiteral("refused"), QStringLiteral("siti")) == 1);

    CHECK(o.users.setActive(o.admin, QStringLiteral("siti"), false).error().code == ErrorCode::Nothing);
    REQUIRE(o.users.setActive(o.admin, QStringLiteral("siti"), true).ok());
    CHECK(o.audit(QStringLiteral("user.enable"), QStringLiteral("ok")) == 1);
    CHECK(o.users.authenticate(QStringLiteral("siti"), kOfficerPassword).ok());
}

TEST_CASE("an officer cannot manage accounts and every refusal is in the audit log")
{
    Office o;
    auto added = o.users.addUser(o.officer, newUser(QStringLiteral("rudi"), QStringLiteral("Rudi Hartono"),
                                                    Role::Admin, QStringLiteral("rudi-jadi-admin")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(o.users.findUser(QStringLiteral("rudi")).ok());

    Status disabled = o.users.setActive(o.officer, QStringLiteral("budi"), false);
    CHECK(disabled.error().code == ErrorCode::PermissionDenied);
    CHECK(o.users.findUser(QStringLiteral("budi"))->active);

    const QString adminHash = o.hashOf(QStringLiteral("budi"));
    Status passwd = o.users.changePassword(o.officer, QStringLiteral("budi"), QString(), QStringLiteral("sandi-baru-budi"));
    CHECK(passwd.error().code == ErrorCode::PermissionDenied);
    CHECK(o.hashOf(QStringLiteral("budi")) == adminHash);

    User promoted = o.users.findUser(QStringLiteral("siti")).value();
    promoted.role = Role::Admin;
    CHECK(o.users.updateUser(o.officer, promoted).error().code == ErrorCode::PermissionDenied);
    CHECK(o.users.findUser(QStringLiteral("siti"))->role == Role::Officer);

    CHECK(o.users.listUsers(o.officer).error().code == ErrorCode::PermissionDenied);

    for (const char *action : {"user.add", "user.disable", "user.passwd", "user.update", "user.list"})
        CHECK(o.audit(QString::fromLatin1(action), QStringLiteral("refused"), QStringLiteral("siti")) == 1);
}

TEST_CASE("a user changes their own password only with the current one")
{
    Office o;
    const QString before = o.hashOf(QStringLiteral("siti"));
    Status wrongOld = o.users.changePassword(o.officer, QStringLiteral("siti"), QStringLiteral("lupa-sandi-lama"),
                                             QStringLiteral("sandi-baru-siti"));
    REQUIRE_FALSE(wrongOld.ok());
    CHECK(wrongOld.error().code == ErrorCode::AuthenticationFailed);
    CHECK(o.hashOf(QStringLiteral("siti")) == before);
    CHECK(o.audit(QStringLiteral("user.passwd"), QStringLiteral("failed"), QStringLiteral("siti")) == 1);

    Status tooShort = o.users.changePassword(o.officer, QStringLiteral("siti"), kOfficerPassword, QStringLiteral("pendek"));
    CHECK(tooShort.error().code == ErrorCode::InvalidInput);

    REQUIRE(o.users.changePassword(o.officer, QStringLiteral("siti"), kOfficerPassword,
                                   QStringLiteral("sandi-baru-siti"))
                .ok());
    CHECK(o.audit(QStringLiteral("user.passwd"), QStringLiteral("ok"), QStringLiteral("siti")) == 1);
    CHECK_FALSE(o.users.authenticate(QStringLiteral("siti"), kOfficerPassword).ok());
    CHECK(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("sandi-baru-siti")).ok());
}

TEST_CASE("an administrator resets a forgotten password and lifts the lock")
{
    Office o;
    for (int i = 1; i <= 5; ++i)
        REQUIRE_FALSE(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("keliru-%1").arg(i)).ok());
    REQUIRE(o.users.changePassword(o.admin, QStringLiteral("siti"), QString(), QStringLiteral("sementara-2026")).ok());
    CHECK(o.audit(QStringLiteral("user.passwd"), QStringLiteral("ok"), QStringLiteral("budi")) == 1);
    CHECK(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("sementara-2026")).ok());
}

TEST_CASE("the last active administrator cannot be disabled or demoted")
{
    Office o;
    Status self = o.users.setActive(o.admin, QStringLiteral("budi"), false);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::InvalidState);

    // Not even by the system account.
    Status last = o.users.setActive(Actor::system(), QStringLiteral("budi"), false);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().message.contains(QLatin1String("last active administrator")));

    User demoted = o.users.findUser(QStringLiteral("budi")).value();
    demoted.role = Role::Supervisor;
    Status demote = o.users.updateUser(o.admin, demoted);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == ErrorCode::InvalidState);
    CHECK(o.users.findUser(QStringLiteral("budi"))->role == Role::Admin);
    CHECK(o.users.findUser(QStringLiteral("budi"))->active);
    CHECK(o.audit(QStringLiteral("user.disable"), QStringLiteral("refused")) == 2);
    CHECK(o.audit(QStringLiteral("user.update"), QStringLiteral("refused")) == 1);

    // With a second administrator, budi may step down.
    User ani = o.users.findUser(QStringLiteral("siti")).value();
    ani.role = Role::Admin;
    REQUIRE(o.users.updateUser(o.admin, ani).ok());
    REQUIRE(o.users.updateUser(o.admin, demoted).ok());
    CHECK(o.users.findUser(QStringLiteral("budi"))->role == Role::Supervisor);
    CHECK(o.audit(QStringLiteral("user.update"), QStringLiteral("ok")) == 2);
    // And now siti is the last one.
    CHECK(o.users.setActive(Actor::system(), QStringLiteral("siti"), false).error().code == ErrorCode::InvalidState);
}

TEST_CASE("a user name is taken only once whatever the capitals")
{
    Office o;
    auto again = o.users.addUser(o.admin, newUser(QStringLiteral("SITI"), QStringLiteral("Siti Aminah"), Role::Officer,
                                                  QStringLiteral("siti-aminah-2026")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QLatin1String("already exists")));
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() == 2);
}

TEST_CASE("a new user is checked before it is saved")
{
    Office o;
    auto badName = o.users.addUser(o.admin, newUser(QStringLiteral("ani s"), QStringLiteral("Ani Susanti"),
                                                    Role::Officer, QStringLiteral("ani-susanti-26")));
    CHECK(badName.error().code == ErrorCode::InvalidInput);
    auto noName = o.users.addUser(o.admin, newUser(QStringLiteral("ani"), QStringLiteral("  "), Role::Officer,
                                                   QStringLiteral("ani-susanti-26")));
    CHECK(noName.error().code == ErrorCode::InvalidInput);
    auto nameAsPassword
        = o.users.addUser(o.admin, newUser(QStringLiteral("ani.susanti"), QStringLiteral("Ani Susanti"), Role::Officer,
                                           QStringLiteral("ani.susanti")));
    CHECK(nameAsPassword.error().code == ErrorCode::InvalidInput);
    NewUser badNip = newUser(QStringLiteral("ani"), QStringLiteral("Ani Susanti"), Role::FollowUp,
                             QStringLiteral("ani-susanti-26"));
    badNip.nip = QStringLiteral("12345");
    CHECK(o.users.addUser(o.admin, badNip).error().code == ErrorCode::InvalidInput);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() == 2);

    badNip.nip = QStringLiteral("19900101 201501 2 003");
    auto added = o.users.addUser(o.admin, badNip);
    REQUIRE(added.ok());
    CHECK(added->nip == QLatin1String("199001012015012003"));
    CHECK(added->role == Role::FollowUp);
    CHECK(o.audit(QStringLiteral("user.add"), QStringLiteral("ok"), QStringLiteral("budi")) == 2);
}

TEST_CASE("the list of users is for administrators and supervisors")
{
    Office o;
    REQUIRE(o.users.addUser(o.admin, newUser(QStringLiteral("ani"), QStringLiteral("Ani Susanti"), Role::Supervisor,
                                             QStringLiteral("ani-susanti-26")))
                .ok());
    auto list = o.users.listUsers(o.admin);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).username == QLatin1String("ani"));
    CHECK(list->at(1).username == QLatin1String("budi"));
    CHECK(list->at(1).nip == QLatin1String("198503122010011001"));
    CHECK(list->at(2).role == Role::Officer);

    auto supervisor = o.users.findUser(QStringLiteral("ani"))->actor();
    CHECK(o.users.listUsers(supervisor).ok());
}

TEST_CASE("an administrator changes a user's name and NIP and the change is audited")
{
    Office o;
    User siti = o.users.findUser(QStringLiteral("siti")).value();
    siti.fullName = QStringLiteral("Siti Rahmawati");
    siti.nip = QStringLiteral("199203152019032007");
    REQUIRE(o.users.updateUser(o.admin, siti).ok());
    auto after = o.users.findUser(QStringLiteral("siti"));
    CHECK(after->fullName == QLatin1String("Siti Rahmawati"));
    CHECK(after->nip == QLatin1String("199203152019032007"));
    CHECK(o.audit(QStringLiteral("user.update"), QStringLiteral("ok"), QStringLiteral("budi")) == 1);
}

TEST_CASE("a full name with a NUL, a control character or only a byte order mark is refused and nothing changes")
{
    Office o;
    struct Bad {
        QString name;
        QString says;
    };
    const QList<Bad> bad {
        { QStringLiteral("Ani") + QChar(0) + QStringLiteral("Susanti"), QStringLiteral("NUL character (position 4)") },
        { QStringLiteral("Ani\aSusanti"), QStringLiteral("control character (U+0007, position 4)") },
        { QStringLiteral("Ani\nSusanti"), QStringLiteral("line break (position 4)") },
        { QString(QChar(0xFEFF)), QStringLiteral("only an invisible byte order mark") },
        { QStringLiteral(" ") + QChar(0xFEFF) + QStringLiteral(" "), QStringLiteral("only an invisible byte order mark") },
    };
    const int users = o.t.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt();
    const int entries = o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    for (const Bad &b : bad) {
        INFO(TextCheck::quote(b.name).toStdString());
        auto added = o.users.addUser(o.admin, newUser(QStringLiteral("ani"), b.name, Role::Officer,
                                                      QStringLiteral("ani-susanti-26")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidInput);
        CHECK(added.error().message.startsWith(QStringLiteral("The full name holds")));
        CHECK(added.error().message.contains(b.says));
        CHECK(added.error().message.contains(QStringLiteral("Type it again without it")));

        User siti = o.users.findUser(QStringLiteral("siti")).value();
        siti.fullName = b.name;
        const Status renamed = o.users.updateUser(o.admin, siti);
        REQUIRE_FALSE(renamed.ok());
        CHECK(renamed.error().code == ErrorCode::InvalidInput);
        CHECK(renamed.error().message.contains(b.says));
        CHECK(o.users.findUser(QStringLiteral("siti"))->fullName == QLatin1String("Siti Rahma"));
    }
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() == users);
    CHECK_FALSE(o.users.findUser(QStringLiteral("ani")).ok());
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == entries);

    // The first administrator too (the first-run wizard).
    test::TempDatabase fresh;
    UserService firstRun(fresh.db(), o.clock);
    auto first = firstRun.createFirstAdmin(newUser(QStringLiteral("budi"), QString(QChar(0xFEFF)), Role::Admin,
                                                   kAdminPassword));
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().message.contains(QStringLiteral("byte order mark")));
    CHECK_FALSE(firstRun.hasAnyUser());
}

TEST_CASE("a hash made with weaker limits is renewed at the next sign-in")
{
    Office o;
    // Made by libsodium with the minimum limits (the password is "Kecamatan2026").
    const QString weak
        = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$7xKpKPCCvdVoh6DavviMmw$U9HaLhyVZBinSTEZglge1ohBVB6AKL5Ku7HEx1cEqnE");
    QSqlQuery q(o.t.db()->connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = 'siti'"));
    q.addBindValue(weak);
    REQUIRE(q.exec());

    REQUIRE(o.users.authenticate(QStringLiteral("siti"), QStringLiteral("Kecamatan2026")).ok());
    const QString renewed = o.hashOf(QStringLiteral("siti"));
    CHECK(renewed != weak);
    CHECK_FALSE(PasswordHasher::needsRehash(renewed));
    CHECK(PasswordHasher::verify(renewed, QStringLiteral("Kecamatan2026")));
}

TEST_CASE("an unknown user name locks like a real account, so the answers do not tell which names exist")
{
    Office o;
    auto attempt = [&](const QString &name, int i) {
        return o.users.authenticate(name, QStringLiteral("tebak-tebakan-%1").arg(i));
    };
    for (int i = 1; i <= 4; ++i) {
        auto real = attempt(QStringLiteral("siti"), i);
        auto unknown = attempt(QStringLiteral("sitii"), i);
        REQUIRE_FALSE(real.ok());
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == real.error().code);
        CHECK(unknown.error().message == real.error().message);
    }
    auto realFifth = attempt(QStringLiteral("siti"), 5);
    auto unknownFifth = attempt(QStringLiteral("sitii"), 5);
    REQUIRE_FALSE(unknownFifth.ok());
    CHECK(realFifth.error().code == ErrorCode::AccountLocked);
    CHECK(unknownFifth.error().code == ErrorCode::AccountLocked);
    CHECK(unknownFifth.error().message
        == QString(realFifth.error().message).replace(QLatin1String("siti"), QLatin1String("sitii")));

    // Still locked ten minutes later, with the same time left, whatever the password.
    o.clock.advanceSecs(10 * 60);
    auto real = o.users.authenticate(QStringLiteral("siti"), kOfficerPassword);
    auto unknown = o.users.authenticate(QStringLiteral("sitii"), kOfficerPassword);
    CHECK(unknown.error().code == ErrorCode::AccountLocked);
    CHECK(unknown.error().message == QString(real.error().message).replace(QLatin1String("siti"), QLatin1String("sitii")));
    CHECK(unknown.error().message.contains(QLatin1String("5 minute")));

    // The record keeps no name in clear text (a password typed as a name would be there).
    const QString stored = SettingsStore(o.t.db()).stringValue(QLatin1String(SettingKey::UnknownNameFailures));
    CHECK_FALSE(stored.isEmpty());
    CHECK_FALSE(stored.contains(QLatin1String("sitii")));

    // After the lock the count starts again, as for an account.
    o.clock.advanceSecs(5 * 60 + 1);
    auto again = attempt(QStringLiteral("sitii"), 6);
    CHECK(again.error().code == ErrorCode::AuthenticationFailed);
}
