// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>
#include <vector>

namespace loket::demo {

// A complaint history for the demo office from `first` to `last`: about three
// a week across channels, types and tiers, most verified, followed up and
// answered in time and closed (some automatically), some late, a few still
// open and overdue, some waiting for the complainant, some anonim or rahasia,
// some told at the counter about a ticket. Written through ComplaintService
// in time order (a clock that walks the days), so the history is the real
// thing: events, deadlines and the hash chain. Returns how many were logged.
//
// `plan` may add steps of its own (the suggestion-box openings) to the same
// timeline, so that everything is written in time order; they run with the
// same walking clock.
struct TimedStep {
    qint64 atMs;
    int order; // keeps the steps of one thing in order at equal times
    std::function<void()> run;
};
struct Timeline {
    std::vector<TimedStep> steps;
    int order = 0;
    Status failure;
    // Keeps the first failure (a step the state no longer allows is skipped).
    void check(const Status &s);
    void add(qint64 atMs, std::function<void()> run) { steps.push_back({atMs, order++, std::move(run)}); }
};
using TimelinePlan = std::function<void(Timeline &timeline, const Clock &clock)>;
Result<int> writeComplaints(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                            const TimelinePlan &plan = {});

} // namespace loket::demo
