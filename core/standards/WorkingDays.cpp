// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/WorkingDays.h"

namespace loket {

QDate WorkingDays::addWorkingDays(const QDateTime &localReceivedAt, int n) const
{
    QDate day = localReceivedAt.date();
    // A calendar with no working day at all would loop forever; ten years of
    // closed days means the calendar is wrong, not that the answer is far away.
    int guard = 3660;
    while (n > 0 && guard-- > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --n;
    }
    return n > 0 ? QDate() : day;
}

} // namespace loket
