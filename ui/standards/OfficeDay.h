// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeService.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/Session.h"

#include <QDate>

namespace loket::ui {

// Today in the office's time zone: standards come into force by office dates.
inline QDate officeToday(const Session &session)
{
    return session.clock->nowUtc().toTimeZone(OfficeInfo::load(session.db).zone).date();
}

// The office as printed on letterheads; empty fields until it is set up.
inline OfficeProfile officeProfile(const Session &session)
{
    auto profile = OfficeService(session.db, *session.clock).get();
    return profile ? profile.value() : OfficeProfile {};
}

} // namespace loket::ui
