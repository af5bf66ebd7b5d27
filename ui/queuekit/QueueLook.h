// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace loket::ui {

// The look the queue screens share, so a priority ticket or a late service
// looks the same at the counter and on the supervisor's monitor.
QColor priorityColor();
// The pictogram the kiosk shows for the reason (lansia, disabilitas, …), so
// officers and citizens see the same sign; a purple badge with a star for a
// reason the office added without a pictogram.
QIcon priorityIcon(const QString &reasonCode = {});
// The resource path of the reason's pictogram; empty when there is none.
QString priorityIconPath(const QString &reasonCode);

// Green while within 80 % of the target, amber up to the target, red past it.
QColor targetColor(qint64 elapsedSecs, int targetMinutes);

// A wait for a person to read: "under 1 min", "12 min", "1 h 05 min".
QString waitText(qint64 secs);
// A running stopwatch: "4:07", "1:02:09".
QString stopwatchText(qint64 secs);

} // namespace loket::ui
