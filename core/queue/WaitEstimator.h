// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace loket {

class Database;

// Where a waiting ticket stands and how long it will likely wait.
struct WaitEstimate {
    int position = 0; // 1: next to be called
    int peopleAhead = 0;
    double serviceMinutes = 0; // typical time at the counter for this service
    int samples = 0; // finished services of recent days serviceMinutes was read from
    bool fromHistory = false; // at least WaitEstimator::minSamples of them (else the target filled in)
    int openCounters = 0; // open counters that serve this service
    double exactMinutes = 0; // peopleAhead × serviceMinutes / openCounters, before rounding
    // Rounded for people (roundWaitMinutes): 0 means "less than 5 minutes".
    // None while no counter serving the service is open.
    std::optional<int> minutes;

    // "less than 5 min.", "about 25 min."; empty without an estimate.
    QString text() const;
};

// The estimate: the people ahead, each taking the typical service time, shared
// among the open counters that serve the service, rounded to steps a person
// can plan with (never "about 0 minutes").
//
// The typical time is robust and stable: the median duration (started →
// finished) of the service's finished tickets of its last historyDays days
// with finished tickets, today included, at most maxSamples of the newest and
// looking back at most lookbackDays. With fewer than minSamples of them, the
// service's target time fills the missing places, so one fast service on a
// quiet morning does not turn "about 30 minutes" into "1 minute". The service
// in progress at the counters is not counted.
class WaitEstimator
{
public:
    static constexpr int historyDays = 10;
    static constexpr int lookbackDays = 56;
    static constexpr int maxSamples = 200;
    static constexpr int minSamples = 5;

    // Median of the durations (milliseconds) in minutes; with fewer than
    // minSamples durations, targetMinutes stands in for the missing ones.
    static double typicalMinutes(const QList<qint64> &durationsMs, int targetMinutes);
    static WaitEstimate estimate(int peopleAhead, double serviceMinutes, int openCounters);

    // The durations (ms) the typical time is read from, newest day first: one
    // walk down the (service, day) index from `day`, so it costs the same on a
    // five-year database as on a new one.
    static Result<QList<qint64>> recentDurations(const Database &db, qint64 serviceId, QDate day);
    // Its SQL, for checking the query plan: (service, day, day − lookbackDays, maxSamples).
    static QString recentDurationsSql();
};

} // namespace loket
