// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WaitText.h"

#include <QCoreApplication>

#include <cmath>

namespace loket {

int roundWaitMinutes(double minutes)
{
    if (!(minutes >= 5.0)) // also NaN
        return 0;
    const auto nearest = [minutes](int step) { return int(std::lround(minutes / step)) * step; };
    if (minutes < 62.5)
        return qMax(5, nearest(5));
    if (minutes < 125)
        return nearest(10);
    return nearest(30);
}

QString waitText(int roundedMinutes)
{
    if (roundedMinutes < 5)
        return QCoreApplication::translate("loket", "less than 5 min.");
    if (roundedMinutes < 60)
        return QCoreApplication::translate("loket", "about %1 min.").arg(roundedMinutes);
    const int hours = roundedMinutes / 60;
    const int minutes = roundedMinutes % 60;
    if (minutes == 0)
        return QCoreApplication::translate("loket", "about %n hour(s)", nullptr, hours);
    return QCoreApplication::translate("loket", "about %1 hr %2 min.").arg(hours).arg(minutes);
}

} // namespace loket
