// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"

#include <QString>

namespace loket {

// Who is doing something. Every core service that changes data takes one.
struct Actor {
    qint64 userId = 0;       // 0 for the system itself
    QString username;
    QString fullName;
    Role role = Role::Officer;

    bool isSystem() const { return userId == 0; }
    bool can(Permission p) const { return isSystem() || roleHas(role, p); }

    // Loket itself: first-run setup, demo data, day closing at start-up.
    static Actor system()
    {
        Actor a;
        a.username = QStringLiteral("system");
        a.fullName = QStringLiteral("Loket");
        a.role = Role::Admin;
        return a;
    }
};

} // namespace loket
