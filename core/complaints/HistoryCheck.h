// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/HashChain.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace loket {

// The daily check of the office's tamper-evident history: the audit log's
// and the complaint history's hash chains, verified once per office day by
// whichever PC starts first (the day is claimed in the settings, inside the
// write lock, so several PCs starting together check once). On a file the
// day's backup verifies the audit log's chain as it anchors it, so
// `includeAuditLog` is then false; on a server, where the PCs make no
// backup, it is true.
struct HistoryCheck {
    bool made = false; // false: this office day's check was already made
    std::optional<ChainReport> auditLog;
    std::optional<ChainReport> complaints;
};

class HistoryChecks {
    Q_DECLARE_TR_FUNCTIONS(HistoryChecks)
public:
    static Result<HistoryCheck> runIfDue(const DatabasePtr &db, const Clock &clock, QDate officeLocalDate,
                                         bool includeAuditLog);
};

} // namespace loket
