// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/UserService.h"

#include <optional>

namespace loket {

// A users row as stored, with its password hash.
struct StoredUser {
    User user;               // lockedUntil is set only while the lock lasts
    QString hash;
    qint64 lockedUntilMs = 0; // as stored: 0 when never locked, may lie in the past
};

// Reads the users table for the services of core/auth, on the calling
// thread's connection (so inside their transactions). Writes stay in the
// services, next to their audit entries.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    UserStore(DatabasePtr db, const Clock &clock);

    // nullopt when there is no such user; names compare without case.
    Result<std::optional<StoredUser>> find(const QString &username) const;
    Result<std::optional<StoredUser>> find(qint64 id) const;
    Result<QList<User>> list() const; // by user name
    Result<int> activeAdminCount() const;
    Result<bool> hasAny() const;

    // Trimmed, small letters: the form user names are stored in.
    static QString normalizedUsername(const QString &username);

private:
    Result<std::optional<StoredUser>> findWhere(const QString &where, const QVariant &key) const;

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
