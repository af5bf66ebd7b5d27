// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"

namespace loket::test {

inline Actor admin()
{
    return Actor { 1, QStringLiteral("admin"), QStringLiteral("Admin Kecamatan"), Role::Admin };
}

inline Actor officer()
{
    return Actor { 7, QStringLiteral("siti"), QStringLiteral("Siti Rahma"), Role::Officer };
}

inline Actor supervisor()
{
    return Actor { 3, QStringLiteral("camat"), QStringLiteral("Drs. Hendra"), Role::Supervisor };
}

} // namespace loket::test
