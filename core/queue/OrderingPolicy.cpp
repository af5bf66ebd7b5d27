// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/OrderingPolicy.h"

#include "core/storage/SettingsStore.h"

namespace loket {

namespace {

bool arrivedBefore(const WaitingTicket &a, const WaitingTicket &b)
{
    return a.issuedAtMs != b.issuedAtMs ? a.issuedAtMs < b.issuedAtMs : a.id < b.id;
}

template<typename Pred> const WaitingTicket *oldest(const QList<WaitingTicket> &waiting, Pred pred)
{
    const WaitingTicket *best = nullptr;
    for (const WaitingTicket &t : waiting) {
        if (pred(t) && (!best || arrivedBefore(t, *best)))
            best = &t;
    }
    return best;
}

} // namespace

OrderingSettings OrderingSettings::load(const SettingsStore &settings)
{
    OrderingSettings s;
    s.maxPriorityInRow = qMax(0, settings.intValue(QLatin1String(SettingKey::QueueMaxPriorityInRow)));
    s.starvationMinutes = qMax(0, settings.intValue(QLatin1String(SettingKey::QueueStarvationMinutes)));
    return s;
}

int CounterHistory::priorityCallsInRow() const
{
    int n = 0;
    for (bool priority : recentCallsPriority) {
        if (!priority)
            break;
        ++n;
    }
    return n;
}

OrderingPolicy::OrderingPolicy(OrderingSettings settings)
    : m_settings(settings)
{ }

std::optional<OrderingChoice> OrderingPolicy::next(
    const QList<WaitingTicket> &waiting, const CounterHistory &history, qint64 nowMs) const
{
    if (waiting.isEmpty())
        return std::nullopt;

    if (m_settings.starvationMinutes > 0) {
        const qint64 limitMs = qint64(m_settings.starvationMinutes) * 60 * 1000;
        if (const WaitingTicket *t
            = oldest(waiting, [&](const WaitingTicket &w) { return nowMs - w.issuedAtMs > limitMs; }))
            return OrderingChoice { t->id, OrderingReason::WaitedTooLong };
    }

    const WaitingTicket *priority = oldest(waiting, [](const WaitingTicket &w) { return w.priority; });
    const WaitingTicket *normal = oldest(waiting, [](const WaitingTicket &w) { return !w.priority; });
    if (priority) {
        const bool limitReached
            = m_settings.maxPriorityInRow > 0 && history.priorityCallsInRow() >= m_settings.maxPriorityInRow;
        if (normal && limitReached)
            return OrderingChoice { normal->id, OrderingReason::PriorityLimit };
        return OrderingChoice { priority->id, OrderingReason::Priority };
    }
    return OrderingChoice { normal->id, OrderingReason::Arrival };
}

QList<qint64> OrderingPolicy::order(QList<WaitingTicket> waiting, CounterHistory history, qint64 nowMs) const
{
    QList<qint64> out;
    out.reserve(waiting.size());
    while (auto choice = next(waiting, history, nowMs)) {
        out << choice->ticketId;
        for (qsizetype i = 0; i < waiting.size(); ++i) {
            if (waiting.at(i).id == choice->ticketId) {
                history.recentCallsPriority.prepend(waiting.at(i).priority);
                waiting.removeAt(i);
                break;
            }
        }
    }
    return out;
}

} // namespace loket
