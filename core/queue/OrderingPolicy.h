// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace loket {

class SettingsStore;

// The two knobs of the fairness rule, stored as queue.max_priority_in_row and
// queue.starvation_minutes.
struct OrderingSettings {
    int maxPriorityInRow = 3; // 0: no limit (priority always first)
    int starvationMinutes = 30; // 0: rule off

    static OrderingSettings load(const SettingsStore &settings);
};

// A waiting ticket as the policy sees it.
struct WaitingTicket {
    qint64 id = 0;
    qint64 issuedAtMs = 0; // original arrival, kept across transfers
    bool priority = false;
};

// The recent calls of one counter today, most recent first: true for a
// priority ticket.
struct CounterHistory {
    QList<bool> recentCallsPriority;

    int priorityCallsInRow() const;
};

// Why a ticket was chosen; the counter screen can show it.
enum class OrderingReason {
    WaitedTooLong, // waited longer than starvationMinutes: oldest such ticket first
    Priority, // a vulnerable-group ticket goes before normal ones
    PriorityLimit, // maxPriorityInRow priority calls in a row here: a normal ticket's turn
    Arrival, // no priority ticket waits: first come, first served
};

struct OrderingChoice {
    qint64 ticketId = 0;
    OrderingReason reason = OrderingReason::Arrival;
};

// Which waiting ticket a counter calls next. The rule, in order:
//   1. a ticket that has waited longer than starvationMinutes goes first, oldest first;
//   2. else a priority ticket goes first, unless the counter's last
//      maxPriorityInRow calls were all priority and a normal ticket waits:
//      then the oldest normal ticket;
//   3. else the oldest normal ticket.
// "Oldest" is by issue time, then by id. Pure: no database, no clock.
class OrderingPolicy
{
public:
    explicit OrderingPolicy(OrderingSettings settings = {});

    const OrderingSettings &settings() const { return m_settings; }

    std::optional<OrderingChoice> next(
        const QList<WaitingTicket> &waiting, const CounterHistory &history, qint64 nowMs) const;
    // The whole line in the order one counter would call it, if nobody new
    // arrived and the time stood still.
    QList<qint64> order(QList<WaitingTicket> waiting, CounterHistory history, qint64 nowMs) const;

private:
    OrderingSettings m_settings;
};

} // namespace loket
