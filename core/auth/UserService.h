// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>

namespace loket {

struct User {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString nip;
    Role role = Role::Officer;
    bool active = true;
    QDateTime lockedUntil;   // UTC; invalid when not locked
    QDateTime createdAt;
    QDateTime lastLoginAt;
    int failedAttempts = 0;  // wrong passwords since the last success or lock

    Actor actor() const { return Actor{id, username, fullName, role}; }
};

struct NewUser {
    QString username;
    QString fullName;
    QString nip;
    Role role = Role::Officer;
    QString password;
};

// Accounts: Argon2id password hashes (libsodium), lock-out after repeated
// wrong passwords, and every change in the audit log.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    UserService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    bool hasAnyUser() const;
    // The first administrator, allowed only while no user exists (first run).
    Result<User> createFirstAdmin(const NewUser &user);

    // Checks the password; counts failures and locks the account after
    // SettingKey::LockoutAttempts of them for SettingKey::LockoutMinutes.
    Result<Actor> authenticate(const QString &username, const QString &password);

    Result<User> addUser(const Actor &actor, const NewUser &user);
    Result<QList<User>> listUsers(const Actor &actor) const;
    Result<User> findUser(const QString &username) const;
    // Allowed to the user themself (with the old password) or to ManageUsers.
    Status changePassword(const Actor &actor, const QString &username, const QString &oldPassword,
                          const QString &newPassword);
    Status setActive(const Actor &actor, const QString &username, bool active);
    Status updateUser(const Actor &actor, const User &user); // full name, NIP, role
    Status unlock(const Actor &actor, const QString &username);

    // Rules a new password must meet; empty when it is acceptable.
    static QString passwordProblem(const QString &password);
    // The same, and the password must not be the user name.
    static QString passwordProblem(const QString &password, const QString &username);
    // 3–32 characters a–z, 0–9, '.', '_', '-' (capitals are taken as small
    // letters); empty when acceptable.
    static QString usernameProblem(const QString &username);
    // Empty or 18 digits (spaces ignored); empty when acceptable.
    static QString nipProblem(const QString &nip);

private:
    Result<User> insertUser(const Actor &actor, const NewUser &user, bool onlyIfNoUser);
    Status validate(const QString &username, const QString &fullName, const QString &nip) const;
    Error notFound(const QString &username) const;
    Error lastAdminError() const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
