// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueCounter.h"

#include <QCoreApplication>

namespace loket {

QString counterStateCode(CounterState state)
{
    switch (state) {
    case CounterState::Open:
        return QStringLiteral("open");
    case CounterState::Paused:
        return QStringLiteral("paused");
    case CounterState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<CounterState> counterStateFromCode(const QString &code)
{
    for (CounterState s : { CounterState::Open, CounterState::Paused, CounterState::Closed }) {
        if (counterStateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString counterStateDisplayName(CounterState state)
{
    switch (state) {
    case CounterState::Open:
        return QCoreApplication::translate("loket", "open");
    case CounterState::Paused:
        return QCoreApplication::translate("loket", "paused");
    case CounterState::Closed:
        return QCoreApplication::translate("loket", "closed");
    }
    return {};
}

} // namespace loket
