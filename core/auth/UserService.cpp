// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/UserService.h"

#include "core/auth/AuditText.h"
#include "core/auth/Authenticator.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/UserStore.h"
#include "core/common/TextCheck.h"
#include "core/storage/SqlText.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kEntity = QStringLiteral("user");

QString normalizedUsername(const QString &s)
{
    return UserStore::normalizedUsername(s);
}

QString normalizedNip(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool isSelf(const Actor &actor, const User &user)
{
    return actor.isUser() && actor.userId == user.id;
}

} // namespace

UserService::UserService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

QString UserService::passwordProblem(const QString &password)
{
    if (password.toUcs4().size() < 8)
        return tr("A password needs at least 8 characters. A short sentence is easy to remember and hard to guess.");
    return {};
}

QString UserService::passwordProblem(const QString &password, const QString &username)
{
    if (QString problem = passwordProblem(password); !problem.isEmpty())
        return problem;
    if (password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name. Choose something others cannot guess.");
    return {};
}

QString UserService::usernameProblem(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!allowed.match(normalizedUsername(username)).hasMatch()) {
        return tr("A user name has 3 to 32 characters: letters a-z, digits 0-9, dot, underscore or hyphen, "
                  "without spaces (for example \"siti.rahma\").");
    }
    return {};
}

QString UserService::nipProblem(const QString &nip)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{18}$"));
    const QString n = normalizedNip(nip);
    if (!n.isEmpty() && !digits.match(n).hasMatch())
        return tr("A NIP has 18 digits. Check the number, or leave it empty for staff without a NIP.");
    return {};
}

Status UserService::validate(const QString &username, const QString &fullName, const QString &nip) const
{
    if (QString problem = usernameProblem(username); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    // First: a name of only a byte order mark is not blank to trimmed(), and would look empty in every list.
    if (Status text = TextCheck::check(fullName, tr("The full name")); !text)
        return text;
    if (fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the full name of %1, as it is written on official letters.")
                                                      .arg(normalizedUsername(username)));
    if (fullName.trimmed().size() > 100)
        return makeError(ErrorCode::InvalidInput, tr("The full name is longer than 100 characters. Shorten it."));
    if (QString problem = nipProblem(nip); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return {};
}

Error UserService::notFound(const QString &username) const
{
    return makeError(ErrorCode::NotFound,
                     tr("There is no user named \"%1\". Check the spelling against the list of users.")
                         .arg(normalizedUsername(username)));
}

Error UserService::lastAdminError() const
{
    return makeError(ErrorCode::InvalidState,
                     tr("This is the last active administrator: without one nobody could manage users any more. "
                        "Make another user an administrator first."));
}

bool UserService::hasAnyUser() const
{
    auto any = UserStore(m_db, m_clock).hasAny();
    // On a read error say yes: the caller then offers to sign in rather than
    // to create a first administrator (which would be refused anyway).
    return !any.ok() || any.value();
}

Result<User> UserService::createFirstAdmin(const NewUser &user)
{
    NewUser admin = user;
    admin.role = Role::Admin;
    return insertUser(Actor::system(), admin, true);
}

Result<User> UserService::addUser(const Actor &actor, const NewUser &user)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageUsers, QStringLiteral("user.add"), kEntity,
                                         normalizedUsername(user.username));
        !allowed)
        return allowed.error();
    return insertUser(actor, user, false);
}

Result<User> UserService::insertUser(const Actor &actor, const NewUser &user, bool onlyIfNoUser)
{
    const QString username = normalizedUsername(user.username);
    const QString action = QStringLiteral("user.add");
    const Error alreadySetUp = makeError(ErrorCode::InvalidState,
                                         tr("Loket already has user accounts, so a first administrator cannot be "
                                            "created again. Sign in as an administrator to add users."));
    const UserStore store(m_db, m_clock);
    if (onlyIfNoUser) {
        auto any = store.hasAny();
        if (!any)
            return any.error();
        if (any.value()) {
            (void)m_audit.record(actor, action, kEntity, username, auditDetail(QStringLiteral("user.first_admin_exists")),
                                 QStringLiteral("refused"));
            return alreadySetUp;
        }
    }
    if (Status valid = validate(username, user.fullName, user.nip); !valid)
        return valid.error();
    if (QString problem = passwordProblem(user.password, username); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);

    const Error duplicate = makeError(ErrorCode::Conflict,
                                      tr("A user named \"%1\" already exists. Choose another user name.").arg(username));
    // Checked before hashing too, so a taken name is reported at once.
    auto existing = store.find(username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return duplicate;

    // Hashing takes a noticeable moment: never while holding the write lock.
    auto hash = PasswordHasher::hash(user.password);
    if (!hash)
        return hash.error();

    const qint64 now = m_clock.nowMs();
    qint64 newId = 0;
    Status saved = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        if (onlyIfNoUser) {
            auto any = store.hasAny();
            if (!any)
                return any.error();
            if (any.value())
                return alreadySetUp;
        }
        auto again = store.find(username);
        if (!again)
            return again.error();
        if (again->has_value())
            return duplicate;
        q.prepare(QStringLiteral("INSERT INTO users (username, full_name, nip, role, password_hash, active, "
                                 "failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, TRUE, 0, ?) RETURNING id"));
        q.addBindValue(username);
        q.addBindValue(sqlText(user.fullName.trimmed()));
        q.addBindValue(sqlText(normalizedNip(user.nip)));
        q.addBindValue(roleCode(user.role));
        q.addBindValue(hash.value());
        q.addBindValue(now);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the new user %1").arg(username));
        newId = returnedId(q);
        return m_audit.record(actor, action, kEntity, username,
                              auditDetail(onlyIfNoUser ? QStringLiteral("user.first_admin") : QStringLiteral("user.role"),
                                  {{QStringLiteral("role"), roleCode(user.role)}}));
    });
    if (!saved)
        return saved.error();
    auto created = store.find(newId);
    if (!created)
        return created.error();
    if (!created->has_value())
        return notFound(username);
    return created->value().user;
}

Result<Actor> UserService::authenticate(const QString &username, const QString &password)
{
    return Authenticator(m_db, m_clock).authenticate(username, password);
}

Result<QList<User>> UserService::listUsers(const Actor &actor) const
{
    // Supervisors see who works with the system; only ManageUsers changes it.
    if (!actor.can(Permission::ViewAudit)) {
        if (Status allowed = m_audit.require(actor, Permission::ManageUsers, QStringLiteral("user.list"), kEntity);
            !allowed)
            return allowed.error();
    }
    return UserStore(m_db, m_clock).list();
}

Result<User> UserService::findUser(const QString &username) const
{
    auto found = UserStore(m_db, m_clock).find(username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(username);
    return found->value().user;
}

Status UserService::changePassword(const Actor &actor, const QString &username, const QString &oldPassword,
                                   const QString &newPassword)
{
    const QString name = normalizedUsername(username);
    const QString action = QStringLiteral("user.passwd");
    const bool claimsSelf = actor.isUser() && normalizedUsername(actor.username) == name;
    if (!claimsSelf) {
        if (Status allowed = m_audit.require(actor, Permission::ManageUsers, action, kEntity, name); !allowed)
            return allowed;
    }
    auto found = UserStore(m_db, m_clock).find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(name);
    const StoredUser stored = found->value();
    const bool self = isSelf(actor, stored.user);
    if (claimsSelf && !self) {
        // The name matches but the id does not: an outdated sign-in.
        if (Status allowed = m_audit.require(actor, Permission::ManageUsers, action, kEntity, name); !allowed)
            return allowed;
    }
    // Oneself: the current password proves it is really you at this desk.
    // An administrator resetting a password does not know the old one.
    if (self && (!actor.can(Permission::ManageUsers) || !oldPassword.isEmpty())) {
        if (!PasswordHasher::verify(stored.hash, oldPassword)) {
            (void)m_audit.record(actor, action, kEntity, name, auditDetail(QStringLiteral("user.wrong_current_password")),
                                 QStringLiteral("failed"));
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("The current password is not correct. Type it again; the password was not changed."));
        }
        if (oldPassword == newPassword)
            return makeError(ErrorCode::InvalidInput,
                             tr("The new password is the same as the current one. Choose a different password."));
    }
    if (QString problem = passwordProblem(newPassword, stored.user.username); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);

    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        // A reset by an administrator also lifts a lock: the user is usually
        // locked because they forgot the password.
        q.prepare(self ? QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?")
                       : QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                                        "WHERE id = ?"));
        q.addBindValue(hash.value());
        q.addBindValue(stored.user.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the new password of %1").arg(name));
        return m_audit.record(actor, action, kEntity, stored.user.username,
                              auditDetail(self ? QStringLiteral("user.own_password")
                                                   : QStringLiteral("user.password_by_admin")));
    });
}

Status UserService::setActive(const Actor &actor, const QString &username, bool active)
{
    const QString name = normalizedUsername(username);
    const QString action = active ? QStringLiteral("user.enable") : QStringLiteral("user.disable");
    if (Status allowed = m_audit.require(actor, Permission::ManageUsers, action, kEntity, name); !allowed)
        return allowed;
    QString refusal;
    const UserStore store(m_db, m_clock);
    Status done = m_db->transaction([&]() -> Status {
        const QString what = tr("changing the account of %1").arg(name);
        auto found = store.find(name);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(name);
        const User user = found->value().user;
        if (user.active == active) {
            return makeError(ErrorCode::Nothing, active ? tr("The account %1 is already enabled.").arg(user.username)
                                                        : tr("The account %1 is already disabled.").arg(user.username));
        }
        if (!active && isSelf(actor, user)) {
            refusal = auditDetail(QStringLiteral("user.own_account"));
            return makeError(ErrorCode::InvalidState,
                             tr("You cannot disable your own account. Ask another administrator to do it."));
        }
        if (!active && user.role == Role::Admin) {
            auto admins = store.activeAdminCount();
            if (!admins)
                return admins.error();
            if (admins.value() <= 1) {
                refusal = auditDetail(QStringLiteral("user.last_admin"));
                return lastAdminError();
            }
        }
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
        q.addBindValue(active);
        q.addBindValue(user.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        return m_audit.record(actor, action, kEntity, user.username);
    });
    // Written after the rollback, or it would be rolled back with the change.
    if (!refusal.isEmpty())
        (void)m_audit.record(actor, action, kEntity, name, refusal, QStringLiteral("refused"));
    return done;
}

Status UserService::updateUser(const Actor &actor, const User &user)
{
    const QString action = QStringLiteral("user.update");
    QString target = user.username.isEmpty() ? QString::number(user.id) : normalizedUsername(user.username);
    if (Status allowed = m_audit.require(actor, Permission::ManageUsers, action, kEntity, target); !allowed)
        return allowed;
    QString refusal;
    const UserStore store(m_db, m_clock);
    Status done = m_db->transaction([&]() -> Status {
        const QString what = tr("changing the user %1").arg(user.username);
        auto found = user.id > 0 ? store.find(user.id) : store.find(user.username);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(user.username);
        const User old = found->value().user;
        target = old.username;
        if (Status valid = validate(old.username, user.fullName, user.nip); !valid)
            return valid;
        const QString fullName = user.fullName.trimmed();
        const QString nip = normalizedNip(user.nip);
        QVariantMap changes;
        if (fullName != old.fullName)
            changes.insert(QStringLiteral("full_name"), true);
        if (nip != old.nip)
            changes.insert(QStringLiteral("nip"), true);
        if (user.role != old.role) {
            changes.insert(QStringLiteral("from_role"), roleCode(old.role));
            changes.insert(QStringLiteral("to_role"), roleCode(user.role));
        }
        if (changes.isEmpty())
            return {};
        if (old.role == Role::Admin && user.role != Role::Admin && old.active) {
            auto admins = store.activeAdminCount();
            if (!admins)
                return admins.error();
            if (admins.value() <= 1) {
                refusal = auditDetail(QStringLiteral("user.last_admin"));
                return lastAdminError();
            }
        }
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE users SET full_name = ?, nip = ?, role = ? WHERE id = ?"));
        q.addBindValue(sqlText(fullName));
        q.addBindValue(sqlText(nip));
        q.addBindValue(roleCode(user.role));
        q.addBindValue(old.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        return m_audit.record(actor, action, kEntity, old.username, auditDetail(QStringLiteral("user.changes"), changes));
    });
    if (!refusal.isEmpty())
        (void)m_audit.record(actor, action, kEntity, target, refusal, QStringLiteral("refused"));
    return done;
}

Status UserService::unlock(const Actor &actor, const QString &username)
{
    const QString name = normalizedUsername(username);
    const QString action = QStringLiteral("user.unlock");
    if (Status allowed = m_audit.require(actor, Permission::ManageUsers, action, kEntity, name); !allowed)
        return allowed;
    const UserStore store(m_db, m_clock);
    return m_db->transaction([&]() -> Status {
        const QString what = tr("unlocking the account of %1").arg(name);
        auto found = store.find(name);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(name);
        const User user = found->value().user;
        if (!user.lockedUntil.isValid() && user.failedAttempts == 0)
            return makeError(ErrorCode::Nothing, tr("The account %1 is not locked.").arg(user.username));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(user.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        return m_audit.record(actor, action, kEntity, user.username,
                              user.lockedUntil.isValid()
                                  ? auditDetail(QStringLiteral("user.was_locked"))
                                  : auditDetail(QStringLiteral("user.failures_cleared"),
                                        {{QStringLiteral("count"), user.failedAttempts}}));
    });
}

} // namespace loket
