// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

enum class CounterState { Open, Paused, Closed };

QString counterStateCode(CounterState state); // "open", "paused", "closed"
std::optional<CounterState> counterStateFromCode(const QString &code);
QString counterStateDisplayName(CounterState state); // translated

// A counter (loket) as the queue sees it: its state, who sits at it, and the
// services it may call.
struct QueueCounter {
    qint64 id = 0;
    int number = 0;
    QString name;
    bool active = true;
    CounterState state = CounterState::Closed;
    QString stateReason; // why it is paused
    qint64 officerId = 0; // 0: nobody signed in
    QString officerName;
    QDateTime stateChangedAt;
    QList<qint64> serviceIds;

    bool serves(qint64 serviceId) const { return serviceIds.contains(serviceId); }
};

} // namespace loket
