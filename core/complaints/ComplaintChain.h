// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/HashChain.h"

#include <optional>

namespace loket {

class Database;

// The complaint history's chain (the same HashChain as the audit log's):
// seq, then complaint_id, at, user_id, username, kind, detail, note. Every
// complaint's first event (received) holds its intake as JSON, so a change
// to a complaint's own row is found too.
const HashChain &complaintChain();

// The anchor kept in the settings (SettingKey::ComplaintChainAnchor), if any.
std::optional<ChainAnchor> complaintSettingsAnchor(const Database &db);
// Writes the anchor for `link` (inside the write transaction that appended it).
Status writeComplaintAnchor(const Database &db, const ChainLink &link, qint64 nowMs);

// Recomputes the chain, compares its end with the anchor, then compares each
// complaint's row with what its received event recorded.
Result<ChainReport> verifyComplaintChain(const Database &db);

} // namespace loket
