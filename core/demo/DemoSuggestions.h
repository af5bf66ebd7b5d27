// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoComplaints.h"

namespace loket::demo {

// The monthly openings of the demo office's two suggestion boxes, from
// `first` to `last`: each box opened on the last working day of every month
// before two witnesses, slips of every kind and decision, the minutes signed;
// the slips sent to the follow-up team become complaints that are followed up
// (most settled, a few still open), most other decisions carried out, some
// overdue. Added to the complaint demo's timeline (written in time order
// through SuggestionService). `sessions` counts the openings written.
void planSuggestions(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                     Timeline &timeline, const Clock &clock, std::shared_ptr<int> sessions);

} // namespace loket::demo
