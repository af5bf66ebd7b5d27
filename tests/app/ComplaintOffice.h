// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/UserService.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

namespace loket::test {

// The office loketctl's complaint tests run on: Kecamatan Sukamaju (WIB,
// Monday–Friday 07.30–16.00), one service KTP, and users who sign in for
// real: admin, siti (officer), dewi (follow-up team), sari (supervisor), all
// with kPassword.
struct ComplaintOffice {
    static inline const QString kPassword = QStringLiteral("kecamatan-sukamaju-2026");
    TempDatabase t;

    ComplaintOffice()
    {
        ManualClock clock(defaultTestMoment());
        t.exec(QStringLiteral("INSERT INTO office (id, name, city, time_zone) VALUES (1, 'Kecamatan Sukamaju', 'Sukamaju', 'WIB')"));
        for (int weekday = 1; weekday <= 5; ++weekday)
            t.exec(QStringLiteral("INSERT INTO office_hours VALUES (%1, '07:30', '16:00')").arg(weekday));
        t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
        UserService users(t.db(), clock);
        auto admin = users.createFirstAdmin({.username = QStringLiteral("admin"), .fullName = QStringLiteral("Admin"), .password = kPassword});
        REQUIRE(admin.ok());
        for (const auto &[name, full, role] : {std::tuple {"siti", "Siti Rahma", Role::Officer},
                 {"dewi", "Dewi Anggraini", Role::FollowUp}, {"sari", "Sari Wulandari", Role::Supervisor}}) {
            REQUIRE(users.addUser(admin->actor(), {.username = QLatin1String(name), .fullName = QLatin1String(full),
                                                      .role = role, .password = kPassword})
                        .ok());
        }
    }
    // loketctl as `user` (with --json unless told otherwise), on the fixture's moment.
    CliRun run(const QString &user, QStringList args, bool json = true)
    {
        if (json)
            args.prepend(QStringLiteral("--json"));
        return runLoketctl({.database = t.path(), .args = args, .user = user, .password = kPassword});
    }
    int count(const QString &sql) const { return t.scalar(sql).toInt(); }
};

} // namespace loket::test
