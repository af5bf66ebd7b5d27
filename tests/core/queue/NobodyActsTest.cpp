// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A screen without a signed-in user holds a default Actor; the kiosk holds
// the kiosk's. Neither may do anything but what they are for.
#include "core/auth/UserService.h"
#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

void requireDenied(const Status &s)
{
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::PermissionDenied);
}

template <typename T>
void requireDenied(const Result<T> &r)
{
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
}

} // namespace

TEST_CASE("nobody signed in (a default Actor) may do nothing at all")
{
    const Actor nobody;
    for (int p = int(Permission::ManageUsers); p <= int(Permission::ManageSurvey); ++p)
        CHECK_FALSE(nobody.can(Permission(p)));

    QueueFixture f;
    f.issue(f.ktp);
    requireDenied(f.queue.issue(nobody, f.ktp));
    requireDenied(f.queue.callNext(nobody, f.loket3));
    requireDenied(f.queue.closeDay(nobody));
    requireDenied(OfficeSettings(f.t.db(), f.clock).set(nobody, QLatin1String(SettingKey::QueueStartOnCall), true));
    requireDenied(UserService(f.t.db(), f.clock)
                      .addUser(nobody, NewUser { .username = QStringLiteral("penyusup"),
                                           .fullName = QStringLiteral("Penyusup"),
                                           .role = Role::Admin, .password = QStringLiteral("rahasia-sekali-123") }));
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'penyusup'")).toInt() == 0);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status <> 'waiting'")).toInt() == 0);
    // Each refusal is in the log.
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND username = ''"))
              .toInt()
        == 5);
}

TEST_CASE("the kiosk may issue tickets, record a survey response, and nothing else")
{
    const Actor kiosk = QueueService::kioskActor();
    for (int p = int(Permission::ManageUsers); p <= int(Permission::ManageSurvey); ++p)
        CHECK(kiosk.can(Permission(p)) == (Permission(p) == Permission::IssueTicket || Permission(p) == Permission::EnterSurvey));
    CHECK_FALSE(kiosk.isSystem());

    QueueFixture f;
    REQUIRE(f.queue.issue(kiosk, f.ktp).ok());
    requireDenied(f.queue.callNext(kiosk, f.loket3));
    requireDenied(f.queue.callNext(kiosk, f.loket1));
    requireDenied(f.queue.closeDay(kiosk));
    requireDenied(OfficeSettings(f.t.db(), f.clock).set(kiosk, QLatin1String(SettingKey::QueueStartOnCall), true));
    requireDenied(UserService(f.t.db(), f.clock)
                      .addUser(kiosk, NewUser { .username = QStringLiteral("penyusup"),
                                          .fullName = QStringLiteral("Penyusup"),
                                          .role = Role::Admin, .password = QStringLiteral("rahasia-sekali-123") }));
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'penyusup'")).toInt() == 0);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status <> 'waiting'")).toInt() == 0);
}

TEST_CASE("Loket itself, named explicitly, may still do everything")
{
    const Actor system = Actor::system();
    for (int p = int(Permission::ManageUsers); p <= int(Permission::ManageSurvey); ++p)
        CHECK(system.can(Permission(p)));
    QueueFixture f;
    CHECK(f.queue.closeDay(system).ok());
}
