// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

namespace loket::ui {

// What runs at every start: the daily backup and closing the queue of past
// days. Problems are shown to the user but never stop the counter from opening.
void runStartupTasks(DatabasePtr db);

} // namespace loket::ui
