// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace loket {

// Where a waiting ticket stands and how long it will likely wait.
struct WaitEstimate {
    int position = 0; // 1: next to be called
    int peopleAhead = 0;
    double serviceMinutes = 0; // typical time at the counter for this service
    bool fromToday = false; // serviceMinutes is today's median (else the service's target)
    int openCounters = 0; // open counters that serve this service
    std::optional<int> minutes; // none while no counter serving the service is open
};

// The estimate: the people ahead, each taking the typical service time, shared
// among the open counters, rounded up to whole minutes. The typical time is the
// median of the last sampleSize services of the day (started → finished); before
// any service has finished today, the service's target time. The service in
// progress at the counters is not counted.
class WaitEstimator
{
public:
    static constexpr int sampleSize = 10;

    // Median of the durations (milliseconds) in minutes, or the fallback when empty.
    static double typicalMinutes(const QList<qint64> &durationsMs, int fallbackMinutes);
    static WaitEstimate estimate(int peopleAhead, double serviceMinutes, int openCounters);
};

} // namespace loket
