// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <memory>

namespace loket {
class ChangeFeed;
} // namespace loket

namespace loket::ui {

// The process's one ChangeFeed on `db`. Every live screen (counter, monitor,
// board, kiosk) follows the same feed, so a process has one watcher — one
// connection polling the database — however many screens it shows. Made on
// the first call (stopped: connect, then start(), which does nothing when it
// already runs); shared while any screen holds it, and gone with the last
// one, so nothing watches the file when a restore replaces it. A screen never
// stops the shared feed. GUI thread only.
std::shared_ptr<ChangeFeed> sharedChangeFeed(const DatabasePtr &db);

} // namespace loket::ui
