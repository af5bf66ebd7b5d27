// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the accounts work lands: refuses every login.
#include "core/auth/UserService.h"

namespace loket {

UserService::UserService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock), m_audit(m_db, clock) {}

Result<Actor> UserService::authenticate(const QString &, const QString &)
{
    return makeError(ErrorCode::AuthenticationFailed, tr("Accounts are not available yet."));
}

} // namespace loket
