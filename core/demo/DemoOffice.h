// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/demo/DemoHistory.h"

namespace loket::demo {

struct OfficeOutput {
    HistoryInput history;  // services, counters, officers, reasons, holidays
    int users = 0;
};

// The demo kecamatan: profile, hours, units, services, counters, accounts
// and the bundled holiday list.
// Its audit entries are dated by `clock` (the start of the demo's history, so the log runs in time order).
// counterSets: how many times the four demo counters are set up (a busier office has more counters).
Result<OfficeOutput> writeOffice(const DatabasePtr &db, const Clock &clock, int counterSets = 1);

// Counters that are serving at `nowUtcMs` on the last day are open, with
// their officer signed in; the others closed.
Status openCountersForToday(const DatabasePtr &db, const HistoryInput &input, qint64 nowUtcMs);

} // namespace loket::demo
