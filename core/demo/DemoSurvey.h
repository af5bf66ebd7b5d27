// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoComplaints.h"

namespace loket::demo {

struct SurveyCounts {
    int kiosk = 0; // answered on the survey screen right after the counter, linked to the ticket
    int paper = 0; // paper forms typed in by an officer at the end of the month
    int planItems = 0;
    int publications = 0;
};

// The satisfaction survey of the demo office from `first` to `last`: about
// one citizen in five answers on the survey screen a few minutes after being
// served (the response linked to the ticket), and each month an officer
// types in the paper forms of the month. Answers follow a realistic pattern:
// the cost is free (U4 high), the waiting time is the weak point (U3), and
// one service (KK) is slower than the others. After each quarter the
// supervisor plans the follow-up of its weakest elements and publishes the
// result; most items are done, the last quarter's are still open. Added to
// the complaint demo's timeline, so audited steps stay in time order.
void planSurvey(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                Timeline &timeline, const Clock &clock, std::shared_ptr<SurveyCounts> counts,
                double visitorScale = 1.0);

} // namespace loket::demo
