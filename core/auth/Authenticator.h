// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

// Signing in: checks the password, counts wrong ones and locks the account
// after SettingKey::LockoutAttempts of them (0 = never) for
// SettingKey::LockoutMinutes, renews outdated hashes, and writes every
// attempt to the audit log (action "login"). UserService::authenticate is
// the public entry point.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    Authenticator(DatabasePtr db, const Clock &clock);

    Result<Actor> authenticate(const QString &username, const QString &password);

private:
    Result<Actor> countFailure(const Actor &who, qint64 nowMs);
    Result<Actor> unknownName(const Actor &who, const QString &name, const QString &password);
    Error wrongCredentials() const;
    Error lockedError(const QString &username, qint64 lockedUntilMs) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
