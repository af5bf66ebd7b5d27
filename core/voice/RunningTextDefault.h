// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/WorkingCalendar.h"

#include <QString>

namespace loket {

// The display board's running text when the office has written none, in
// Indonesian (it is read by citizens, like the spoken call): a welcome, the
// opening hours and the first line of the Maklumat Pelayanan, e.g.
// "Selamat datang di Kecamatan Cibinong  •  Jam pelayanan: Senin–Jumat 07.30–16.00
//  •  Maklumat Pelayanan: Dengan ini, kami menyatakan sanggup …".
QString defaultRunningText(const QString &officeName, const WeeklySchedule &hours, const QString &maklumatText);

// "Senin–Kamis 07.30–16.00, Jumat 07.30–11.30, Sabtu 08.00–12.00": days with
// the same hours in a row are joined; closed days are left out.
QString indonesianOpeningHours(const WeeklySchedule &hours);

} // namespace loket
