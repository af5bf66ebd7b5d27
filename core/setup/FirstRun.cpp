// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/FirstRun.h"

#include "core/catalog/HolidayService.h"
#include "core/catalog/OfficeService.h"

namespace loket {

Result<User> completeFirstRun(const DatabasePtr &db, const FirstRunOffice &office, const NewUser &admin,
                              const Clock &clock)
{
    UserService users(db, clock);
    if (users.hasAnyUser())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("loket", "Loket is already set up: sign in with an existing "
                                                              "account."));
    // Check everything first, so a mistake in the second half does not leave a half-set-up office.
    if (QString problem = UserService::passwordProblem(admin.password); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    OfficeProfile profile;
    profile.name = office.name;
    profile.parentAgency = office.parentAgency;
    profile.address = office.address;
    profile.city = office.city;
    profile.headName = office.headName;
    profile.headTitle = office.headTitle;
    profile.headNip = office.headNip;
    const auto zone = OfficeTime::zoneFromCode(office.timeZone);
    if (!zone)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("loket", "Unknown time zone \"%1\": choose WIB, WITA or WIT.")
                             .arg(office.timeZone));
    profile.timeZone = *zone;
    if (Status valid = OfficeService::validate(profile); !valid)
        return valid.error();

    OfficeService offices(db, clock);
    if (!offices.isSetUp()) {
        if (Status saved = offices.setupOffice(profile); !saved)
            return saved.error();
    }
    auto holidays = HolidayService(db, clock).loadBundledHolidays();
    if (!holidays)
        return holidays.error();
    return users.createFirstAdmin(admin);
}

} // namespace loket
