// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QString>

namespace loket {

// What the administrator is told about a write-ahead log that did not verify
// (Database::walRescue, SettingKey::WalDamage): what was lost, where the copy
// of the log is, and which backup to compare with (the newest one).
QString walRescueMessage(const DatabasePtr &db, const Database::WalRescue &rescue);

// The recorded damage (SettingKey::WalDamage) as that message; empty: none.
QString storedWalDamageMessage(const DatabasePtr &db);
// True when the recorded one is "damaged" (not only a torn last write).
bool storedWalDamageIsSerious(const DatabasePtr &db);

} // namespace loket
