// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/catalog/OfficeProfile.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

// Reads and changes the office profile (one row) and its opening hours.
// Changing needs Permission::ManageSettings; each change is audited as
// "settings.office".
class OfficeService
{
    Q_DECLARE_TR_FUNCTIONS(OfficeService)
public:
    explicit OfficeService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    static constexpr qsizetype MaxLogoBytes = 1024 * 1024;

    bool isSetUp() const; // the office has been saved at least once
    // NotFound until the office is set up.
    Result<OfficeProfile> get() const;
    Status save(const Actor &actor, const OfficeProfile &profile);

    // First-run wizard: saves the office without a logged-in user (as
    // Actor::system()) and loads the bundled holiday list if none is stored.
    // Refused (Conflict) once the office exists: later changes go through save().
    Status setupOffice(const OfficeProfile &profile);

    // Empty when acceptable; otherwise every problem, one per line.
    static Status validate(const OfficeProfile &profile);
    // Trims text fields and removes the spaces people type inside a NIP.
    static OfficeProfile normalized(const OfficeProfile &profile);

private:
    Status write(const Actor &actor, const OfficeProfile &profile, bool firstRun);

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
