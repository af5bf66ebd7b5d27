// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>

namespace loket {

struct DemoOptions {
    int days = 90;        // calendar days of history before `until`
    quint32 seed = 1;
    int visitorsPerDay = 0; // average tickets per working day; 0: the default (about 140).
                            // A busier office gets a set of four counters for every 180 visitors.
    QDate until;          // the "today" of the demo; invalid: the office date of nowUtcMs
    qint64 nowUtcMs = 0;  // today's queue is simulated up to this instant;
                          // 0: the end of `until` when given, else the real time
};

struct DemoSummary {
    int services = 0;
    int counters = 0;
    int users = 0;
    int standards = 0;
    int workingDays = 0;
    int tickets = 0;
    int priorityTickets = 0;
    int noShows = 0;
    int waitingNow = 0;
    int complaints = 0;
    int suggestionSessions = 0; // suggestion-box openings signed
    int surveyResponses = 0;    // satisfaction-survey responses (screen and paper)
    int surveyPlanItems = 0;    // follow-up plan items of the survey's results
};

// Builds a realistic kecamatan office with its history: 8 services, 4
// counters, 6 officers, and `days` of tickets with a weekday pattern, a
// morning peak, per-service service times, ~8 % priority visitors and a few
// no-shows. The same seed and `until` give the same data. Only on a database
// without users (a new or `loketctl init` file).
// The default visitors per working day.
constexpr int kDemoDefaultVisitors = 140;

Result<DemoSummary> generateDemo(const DatabasePtr &db, const DemoOptions &options);

} // namespace loket
