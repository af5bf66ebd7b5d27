// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

namespace loket::ui {

// What every page receives: the database, who is signed in, and the clock.
struct Session {
    DatabasePtr db;
    Actor actor;
    const Clock *clock = &SystemClock::instance();
};

} // namespace loket::ui
