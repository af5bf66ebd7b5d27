// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/WorkingDays.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace loket {

enum class TimeUnit { Minutes, Hours, WorkingDays };

QString timeUnitCode(TimeUnit unit); // "minutes", "hours", "working_days"
std::optional<TimeUnit> timeUnitFromCode(const QString &code);

// Jangka waktu pelayanan: a number and a unit, as the standard promises it.
// An amount of 0 means the component is not filled in yet.
struct ServiceTime {
    int amount = 0;
    TimeUnit unit = TimeUnit::Minutes;

    bool isSet() const { return amount > 0; }
    // Minutes for a time in minutes or hours; none for working days, which
    // depend on the calendar.
    std::optional<qint64> fixedMinutes() const;
    // When a request received at `localReceivedAt` (office-local) must be done:
    // received + the duration, or the end of the N-th working day after it.
    // Invalid when the time is not set or the calendar has no working day.
    QDateTime deadline(const QDateTime &localReceivedAt, const WorkingDays &calendar) const;
    // The target duration in minutes for a request received at `localReceivedAt`;
    // none when no deadline can be found.
    std::optional<qint64> targetMinutes(const QDateTime &localReceivedAt, const WorkingDays &calendar) const;
    // "60 minutes", "1 working day", translated.
    QString displayText() const;

    bool operator==(const ServiceTime &) const = default;
};

} // namespace loket
