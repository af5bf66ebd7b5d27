// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

namespace loket::demo {

struct ServiceSpec {
    qint64 id = 0;
    QString prefix;
    int targetMinutes = 15;
    double share = 0.1;     // of the day's visitors
};

struct CounterSpec {
    qint64 id = 0;
    QList<qint64> serviceIds;
};

struct HistoryInput {
    QList<ServiceSpec> services;
    QList<CounterSpec> counters;
    QList<qint64> officerIds;
    QList<qint64> priorityReasonIds;   // lansia, disabilitas, ibu hamil, ibu dengan anak
    QSet<QDate> closedDays;            // holidays
    QDate first;
    QDate last;                        // "today"
    qint64 nowUtcMs = 0;               // the simulation stops here on the last day
    int utcOffsetSeconds = 7 * 3600;
    double visitorScale = 1.0;         // visitors per day as a multiple of the default (about 140)
};

struct HistoryOutput {
    int workingDays = 0;
    int tickets = 0;
    int priority = 0;
    int noShows = 0;
    int waitingNow = 0;
};

// Simulates the office day by day and writes tickets and their events.
// Runs inside the caller's transaction.
Result<HistoryOutput> writeHistory(const DatabasePtr &db, const HistoryInput &input, QRandomGenerator &random);

} // namespace loket::demo
