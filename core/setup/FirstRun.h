// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

struct FirstRunOffice {
    QString name;
    QString parentAgency;
    QString address;
    QString city;
    QString timeZone = QStringLiteral("WIB");
    QString headName;
    QString headTitle;
    QString headNip;
};

// The first start of an empty database: the office profile, the bundled
// holiday list and the first administrator. Refused once any user exists.
Result<User> completeFirstRun(const DatabasePtr &db, const FirstRunOffice &office, const NewUser &admin,
                              const Clock &clock = SystemClock::instance());

} // namespace loket
