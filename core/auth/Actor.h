// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"

#include <QString>

namespace loket {

// Who is doing something. Every core service that changes data takes one.
//
// A signed-in user (userId > 0) may do what the role allows. Loket itself
// (Actor::system(): first run, demo data, day closing, restore from the
// command line) may do everything; the kiosk (QueueService::kioskActor())
// may only issue tickets and record a survey response given on its screen.
// A default-constructed Actor is nobody: no permission at all, so a screen
// or command without a signed-in user can do nothing by mistake.
struct Actor {
    enum class Machine { None, System, Kiosk };

    qint64 userId = 0;       // 0 when no user acts
    QString username;
    QString fullName;
    Role role = Role::Officer;
    Machine machine = Machine::None; // set only by Actor::system() and Actor::kiosk()

    bool isSystem() const { return machine == Machine::System; }
    bool isKiosk() const { return machine == Machine::Kiosk; }
    // A person with an account (not Loket, not the kiosk, not nobody).
    bool isUser() const { return machine == Machine::None && userId > 0; }
    bool can(Permission p) const
    {
        switch (machine) {
        case Machine::System:
            return true;
        case Machine::Kiosk:
            // Tickets, and the citizen's own survey answers on the survey screen.
            return p == Permission::IssueTicket || p == Permission::EnterSurvey;
        case Machine::None:
            break;
        }
        return userId > 0 && roleHas(role, p);
    }

    // Loket itself: first-run setup, demo data, day closing at start-up.
    static Actor system()
    {
        Actor a;
        a.username = QStringLiteral("system");
        a.fullName = QStringLiteral("Loket");
        a.role = Role::Admin;
        a.machine = Machine::System;
        return a;
    }

    // The citizens' kiosk: issues tickets and records the survey answers
    // given on it (SurveyService keeps it to the kiosk channel), nothing else.
    static Actor kiosk()
    {
        Actor a;
        a.username = QStringLiteral("kiosk");
        a.fullName = QStringLiteral("Kiosk");
        a.machine = Machine::Kiosk;
        return a;
    }
};

} // namespace loket
