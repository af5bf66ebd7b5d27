// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueCatalog.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/Ticket.h"
#include "core/queue/WaitEstimator.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace loket {

// One counter on the board or the supervisor's screen.
struct CounterView {
    QueueCounter counter;
    std::optional<Ticket> current; // called or being served
    QList<Ticket> held; // parked at this counter
    int waiting = 0; // tickets this counter may call now
};

// One call for the display board's "last calls" list. A recall or a resumed
// ticket is a call again: the citizen hears it again.
struct RecentCall {
    qint64 ticketId = 0;
    QString number;
    QString serviceName;
    qint64 counterId = 0;
    int counterNumber = 0;
    QString counterName;
    QDateTime at;
    bool repeated = false; // a recall
};

struct ServiceQueue {
    QueueServiceInfo service;
    int waiting = 0;
    int priorityWaiting = 0;
    int openCounters = 0;
    std::optional<WaitEstimate> newTicket; // for a ticket taken now; only with QueueSnapshotOptions::estimates
};

struct QueueSnapshotOptions {
    qint64 counterId = 0; // also list the tickets this counter may call, in calling order
    int recentCalls = 5;
    bool estimates = false; // fill ServiceQueue::newTicket (one more query per service)
};

// Everything a screen shows of today's queue, read at one moment.
struct QueueSnapshot {
    QDateTime at; // UTC
    QDate day; // office-local
    QList<CounterView> counters; // active counters, by number
    QList<RecentCall> recentCalls; // newest first
    QList<ServiceQueue> services; // active services, in catalog order
    QList<Ticket> waitingForCounter; // QueueSnapshotOptions::counterId's line, next first
};

} // namespace loket
