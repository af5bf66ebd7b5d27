// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/OfficeInfo.h"

#include "core/catalog/OfficeService.h"

namespace loket::ui {

OfficeInfo OfficeInfo::load(const DatabasePtr &db)
{
    OfficeInfo info{QStringLiteral("Loket"), QTimeZone(7 * 3600)};
    auto profile = OfficeService(db).get();
    if (profile) {
        if (!profile->name.isEmpty())
            info.name = profile->name;
        info.zone = QTimeZone(OfficeTime::offsetSeconds(profile->timeZone));
    }
    return info;
}

} // namespace loket::ui
