// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Authenticator.h"

#include "core/auth/AuditText.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/UserService.h"
#include "core/auth/UserStore.h"
#include "core/storage/SettingsStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace loket {

namespace {

const QString kAction = QStringLiteral("login");
const QString kEntity = QStringLiteral("user");

} // namespace

Authenticator::Authenticator(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

Error Authenticator::wrongCredentials() const
{
    // The same words whether the name or the password was wrong, so that
    // nobody can find out which user names exist.
    return makeError(ErrorCode::AuthenticationFailed,
                     tr("The user name or the password is not correct. Check both and try again."));
}

Error Authenticator::lockedError(const QString &username, qint64 lockedUntilMs) const
{
    // The office's time zone is not known to core/auth yet, so the message
    // counts minutes instead of naming a clock time.
    const qint64 left = lockedUntilMs - m_clock.nowMs();
    const int minutes = int(std::max<qint64>(1, (left + 59999) / 60000));
    return makeError(ErrorCode::AccountLocked,
                     tr("The account %1 is locked after too many wrong passwords. Try again in %n minute(s), "
                        "or ask an administrator to unlock it.",
                        nullptr, minutes)
                         .arg(username));
}

Result<Actor> Authenticator::authenticate(const QString &username, const QString &password)
{
    const QString name = UserStore::normalizedUsername(username);
    // Only a well-formed name goes into the log: people sometimes type their
    // password into the user-name field.
    Actor who;
    who.username = UserService::usernameProblem(name).isEmpty() ? name : QStringLiteral("?");

    UserStore store(m_db, m_clock);
    auto found = store.find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unknownName(who, name, password);
    const StoredUser stored = found->value();
    const User &user = stored.user;
    who = user.actor();
    const qint64 now = m_clock.nowMs();

    if (stored.lockedUntilMs > now) {
        (void)m_audit.record(who, kAction, kEntity, user.username,
                             auditDetail(QStringLiteral("login.locked"), {{QStringLiteral("until"), stored.lockedUntilMs}}),
                             QStringLiteral("refused"));
        return lockedError(user.username, stored.lockedUntilMs);
    }

    if (!PasswordHasher::verify(stored.hash, password)) {
        if (!user.active) {
            (void)m_audit.record(who, kAction, kEntity, user.username,
                                 auditDetail(QStringLiteral("login.wrong_password_disabled")), QStringLiteral("failed"));
            return wrongCredentials();
        }
        return countFailure(who, now);
    }

    if (!user.active) {
        (void)m_audit.record(who, kAction, kEntity, user.username, auditDetail(QStringLiteral("login.disabled")),
                             QStringLiteral("refused"));
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The account %1 is disabled. Ask an administrator to enable it again.").arg(user.username));
    }

    // Hashes made with weaker limits (older Loket, or imported) are renewed
    // now, the only moment the clear password is at hand.
    std::optional<QString> renewed;
    if (PasswordHasher::needsRehash(stored.hash)) {
        if (auto h = PasswordHasher::hash(password))
            renewed = h.value();
    }
    Status saved = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(renewed ? QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, "
                                           "last_login_at = ?, password_hash = ? WHERE id = ?")
                          : QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, "
                                           "last_login_at = ? WHERE id = ?"));
        q.addBindValue(now);
        if (renewed)
            q.addBindValue(*renewed);
        q.addBindValue(user.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("recording the sign-in"));
        return m_audit.record(who, kAction, kEntity, user.username,
                              renewed ? auditDetail(QStringLiteral("login.rehash")) : QString());
    });
    if (!saved)
        return saved.error();
    return who;
}

namespace {

// The record of an unknown name: a hash, so that a password typed into the
// name field is not kept in the settings.
QString unknownKey(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

constexpr int kUnknownNamesKept = 2000;

} // namespace

// A name that does not exist is answered exactly like a real account: wrong
// password, then after SettingKey::LockoutAttempts of them the same "locked"
// message for the same minutes, counted in the database (every loketctl call
// is a new process), so the answers cannot tell which names exist. A real
// user still learns that the account is locked and what to do.
Result<Actor> Authenticator::unknownName(const Actor &who, const QString &name, const QString &password)
{
    SettingsStore settings(m_db);
    const QString settingKey = QString::fromLatin1(SettingKey::UnknownNameFailures);
    const QString key = unknownKey(name);
    const qint64 now = m_clock.nowMs();
    auto load = [&] { return QJsonDocument::fromJson(settings.stringValue(settingKey).toUtf8()).object(); };
    {
        const QJsonObject entry = load().value(key).toObject();
        const qint64 until = entry.value(QStringLiteral("until")).toInteger();
        if (until > now) {
            (void)m_audit.record(who, kAction, kEntity, who.username, auditDetail(QStringLiteral("login.unknown_user")),
                                 QStringLiteral("refused"));
            return lockedError(name, until);
        }
    }
    PasswordHasher::verifyNothing(password);
    const int maxAttempts = settings.intValue(QString::fromLatin1(SettingKey::LockoutAttempts));
    const int lockMinutes = std::max(1, settings.intValue(QString::fromLatin1(SettingKey::LockoutMinutes)));
    std::optional<Error> answer;
    Status counted = m_db->transaction([&]() -> Status {
        QJsonObject all = load();
        QJsonObject entry = all.value(key).toObject();
        const qint64 oldUntil = entry.value(QStringLiteral("until")).toInteger();
        // The count starts again once the lock has run out, as for an account.
        const int failed = (oldUntil > 0 ? 0 : entry.value(QStringLiteral("n")).toInt()) + 1;
        const bool lock = maxAttempts > 0 && failed >= maxAttempts;
        const qint64 until = now + qint64(lockMinutes) * 60 * 1000;
        entry = QJsonObject { { QStringLiteral("n"), lock ? 0 : failed }, { QStringLiteral("at"), now } };
        if (lock)
            entry.insert(QStringLiteral("until"), until);
        all.insert(key, entry);
        // Kept small: ended locks go, then the oldest names.
        for (auto it = all.begin(); it != all.end();) {
            const QJsonObject e = it->toObject();
            const qint64 u = e.value(QStringLiteral("until")).toInteger();
            if (u > 0 && u <= now && it.key() != key)
                it = all.erase(it);
            else
                ++it;
        }
        while (all.size() > kUnknownNamesKept) {
            auto oldest = all.begin();
            for (auto it = all.begin(); it != all.end(); ++it) {
                if (it->toObject().value(QStringLiteral("at")).toInteger()
                    < oldest->toObject().value(QStringLiteral("at")).toInteger())
                    oldest = it;
            }
            all.erase(oldest);
        }
        if (Status saved = settings.setValue(
                settingKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
            !saved)
            return saved;
        answer = lock ? lockedError(name, until) : wrongCredentials();
        return m_audit.record(who, kAction, kEntity, who.username, auditDetail(QStringLiteral("login.unknown_user")),
                              QStringLiteral("failed"));
    });
    if (!counted)
        return counted.error();
    return *answer;
}

Result<Actor> Authenticator::countFailure(const Actor &who, qint64 nowMs)
{
    SettingsStore settings(m_db);
    const int maxAttempts = settings.intValue(QString::fromLatin1(SettingKey::LockoutAttempts));
    const int lockMinutes = std::max(1, settings.intValue(QString::fromLatin1(SettingKey::LockoutMinutes)));
    std::optional<Error> answer;
    Status counted = m_db->transaction([&]() -> Status {
        // Read again under the write lock: another counter PC may have
        // counted a failure meanwhile.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"));
        q.addBindValue(who.userId);
        if (!q.exec() || !q.next())
            return m_db->sqlError(q.lastError(), tr("counting a wrong password"));
        const int failed = q.value(0).toInt() + 1;
        q.finish();
        const bool lock = maxAttempts > 0 && failed >= maxAttempts;
        const qint64 until = nowMs + qint64(lockMinutes) * 60 * 1000;
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        // The count starts again once the lock has run out.
        q.addBindValue(lock ? 0 : failed);
        q.addBindValue(lock ? QVariant(until) : QVariant());
        q.addBindValue(who.userId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("counting a wrong password"));
        const QString detail = maxAttempts <= 0 ? auditDetail(QStringLiteral("login.wrong_password_any"))
            : lock ? auditDetail(QStringLiteral("login.wrong_password_locked"),
                         {{QStringLiteral("attempt"), failed}, {QStringLiteral("max"), maxAttempts},
                             {QStringLiteral("until"), until}})
                   : auditDetail(QStringLiteral("login.wrong_password"),
                         {{QStringLiteral("attempt"), failed}, {QStringLiteral("max"), maxAttempts}});
        answer = lock ? lockedError(who.username, until) : wrongCredentials();
        return m_audit.record(who, kAction, kEntity, who.username, detail, QStringLiteral("failed"));
    });
    if (!counted)
        return counted.error();
    return *answer;
}

} // namespace loket
