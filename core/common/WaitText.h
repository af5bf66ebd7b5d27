// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket {

// How a wait is told to a citizen: in steps a person can plan with, never
// "about 0 minutes". roundWaitMinutes() gives
//   0            for less than 5 minutes (shown as "less than 5 min.");
//   5, 10, … 60  to the nearest 5 minutes up to an hour;
//   70, 80 … 120 to the nearest 10 minutes up to two hours;
//   then to the nearest 30 minutes.
// A negative input counts as 0.
int roundWaitMinutes(double minutes);

// "less than 5 min.", "about 25 min.", "about 1 hr 30 min." (translated) for a
// value of roundWaitMinutes().
QString waitText(int roundedMinutes);

} // namespace loket
