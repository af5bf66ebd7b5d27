// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/WaitEstimator.h"

#include <algorithm>
#include <cmath>

namespace loket {

double WaitEstimator::typicalMinutes(const QList<qint64> &durationsMs, int fallbackMinutes)
{
    if (durationsMs.isEmpty())
        return qMax(0, fallbackMinutes);
    QList<qint64> d = durationsMs;
    std::sort(d.begin(), d.end());
    const qsizetype n = d.size();
    const double medianMs = n % 2 ? double(d.at(n / 2)) : (double(d.at(n / 2 - 1)) + double(d.at(n / 2))) / 2.0;
    return medianMs / 60000.0;
}

WaitEstimate WaitEstimator::estimate(int peopleAhead, double serviceMinutes, int openCounters)
{
    WaitEstimate e;
    e.peopleAhead = qMax(0, peopleAhead);
    e.position = e.peopleAhead + 1;
    e.serviceMinutes = serviceMinutes;
    e.openCounters = qMax(0, openCounters);
    if (e.openCounters > 0) {
        // A tiny epsilon keeps 2.0000000001 (floating-point noise) from becoming 3.
        const double minutes = e.peopleAhead * serviceMinutes / e.openCounters;
        e.minutes = int(std::ceil(minutes - 1e-9));
    }
    return e;
}

} // namespace loket
