// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/HashChain.h"

#include <optional>

namespace loket {

class Database;

// The audit log's chain: seq, then at, user_id, username, action, entity,
// entity_id, detail, outcome (in this order).
const HashChain &auditChain();

// The anchor kept in the settings (SettingKey::AuditChainAnchor), if any.
std::optional<ChainAnchor> auditSettingsAnchor(const Database &db);

// Verifies the audit log against the newest of the settings anchor and `others`
// (e.g. the newest backup's), by the end they record.
Result<ChainReport> verifyAuditChain(const Database &db, const QList<ChainAnchor> &others = {});

// Verifies and copies the chain's end into the settings (inside a write
// transaction of its own). Returns the report of the verification.
Result<ChainReport> anchorAuditChain(const Database &db, qint64 nowMs, const QList<ChainAnchor> &others = {});

} // namespace loket
