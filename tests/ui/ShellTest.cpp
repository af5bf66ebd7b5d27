// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/UserService.h"
#include "tests/support/TempDatabase.h"
#include "ui/shell/MainWindow.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/Pages.h"

#include <catch2/catch.hpp>

#include <QTabWidget>

using namespace loket;
using namespace loket::ui;

namespace {

Actor makeUser(const DatabasePtr &db, const QString &name, Role role)
{
    UserService users(db);
    NewUser n{name, name + QStringLiteral(" Lengkap"), QString(), role, QStringLiteral("rahasia-123")};
    auto made = users.hasAnyUser() ? users.addUser(Actor::system(), n) : users.createFirstAdmin(n);
    REQUIRE(made.ok());
    return made->actor();
}

} // namespace

TEST_CASE("the main window shows each role only the pages it may use")
{
    test::TempDatabase t;
    const Actor admin = makeUser(t.db(), QStringLiteral("admin"), Role::Admin);
    const Actor officer = makeUser(t.db(), QStringLiteral("petugas"), Role::Officer);
    const Actor supervisor = makeUser(t.db(), QStringLiteral("camat"), Role::Supervisor);

    auto pagesFor = [&](const Actor &a) {
        MainWindow w(Session{t.db(), a}, QStringLiteral("Kecamatan Uji"));
        addPages(w, Session{t.db(), a});
        return w.pageIds();
    };
    const QStringList adminPages = pagesFor(admin);
    CHECK(adminPages.contains(QStringLiteral("settings")));
    CHECK(adminPages.contains(QStringLiteral("audit")));

    const QStringList officerPages = pagesFor(officer);
    CHECK_FALSE(officerPages.contains(QStringLiteral("settings")));
    CHECK_FALSE(officerPages.contains(QStringLiteral("audit")));
    CHECK(officerPages.contains(QStringLiteral("account")));

    const QStringList supervisorPages = pagesFor(supervisor);
    CHECK(supervisorPages.contains(QStringLiteral("audit")));
    // The supervisor's settings are the survey's alone (ManageSurvey): the office, users and backups are the admin's.
    CHECK(supervisorPages.contains(QStringLiteral("settings")));
    {
        MainWindow w(Session{t.db(), supervisor}, QStringLiteral("Kecamatan Uji"));
        addPages(w, Session{t.db(), supervisor});
        auto *settings = qobject_cast<SettingsPage *>(w.page(QStringLiteral("settings")));
        REQUIRE(settings);
        REQUIRE(settings->tabs()->count() == 1);
        CHECK(settings->tabs()->tabText(0) == QStringLiteral("Survey"));
    }
}
