// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QRandomGenerator>

namespace loket::demo {

// A complaint history for the demo office from `first` to `last`: about three
// a week across channels, types and tiers, most verified, followed up and
// answered in time and closed (some automatically), some late, a few still
// open and overdue, some waiting for the complainant, some anonim or rahasia,
// some told at the counter about a ticket. Written through ComplaintService
// in time order (a clock that walks the days), so the history is the real
// thing: events, deadlines and the hash chain. Returns how many were logged.
Result<int> writeComplaints(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random);

} // namespace loket::demo
