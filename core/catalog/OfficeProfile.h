// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/OfficeTime.h"
#include "core/common/WorkingCalendar.h"

#include <QByteArray>
#include <QString>

namespace loket {

// The office as it appears on tickets, reports and minutes (letterhead,
// signature block), with its time zone and weekly opening hours.
struct OfficeProfile {
    QString name; // e.g. "Kecamatan Cibinong"
    QString parentAgency; // e.g. "Pemerintah Kabupaten Bogor"
    QString address;
    QString city;
    QString province;
    QString postalCode;
    QString phone;
    QString email;
    QString website;
    QString headName; // head of office, for signature blocks
    QString headTitle; // e.g. "Camat Cibinong"
    QString headNip; // 18 digits; spaces allowed when typed
    QByteArray logoPng; // PNG file bytes; empty = no logo
    OfficeTimeZone timeZone = OfficeTimeZone::WIB;
    WeeklySchedule hours = WorkingCalendar::defaultSchedule();

    bool operator==(const OfficeProfile &) const = default;
};

} // namespace loket
