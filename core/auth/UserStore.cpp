// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/UserStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kColumns = QStringLiteral("SELECT id, username, full_name, nip, role, active, failed_attempts, "
                                        "locked_until, created_at, last_login_at, password_hash FROM users ");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

StoredUser readUser(const QSqlQuery &q, qint64 nowMs)
{
    StoredUser s;
    s.user.id = q.value(0).toLongLong();
    s.user.username = q.value(1).toString();
    s.user.fullName = q.value(2).toString();
    s.user.nip = q.value(3).toString();
    s.user.role = roleFromCode(q.value(4).toString()).value_or(Role::Officer);
    s.user.active = q.value(5).toInt() != 0;
    s.user.failedAttempts = q.value(6).toInt();
    s.lockedUntilMs = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    // A lock that has run out is no lock.
    if (s.lockedUntilMs > nowMs)
        s.user.lockedUntil = fromMs(q.value(7));
    s.user.createdAt = fromMs(q.value(8));
    s.user.lastLoginAt = fromMs(q.value(9));
    s.hash = q.value(10).toString();
    return s;
}

} // namespace

UserStore::UserStore(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString UserStore::normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

Result<std::optional<StoredUser>> UserStore::find(const QString &username) const
{
    // Stored lower-cased (normalizedUsername): "Siti" finds "siti".
    return findWhere(QStringLiteral("username = ?"), normalizedUsername(username));
}

Result<std::optional<StoredUser>> UserStore::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<StoredUser>> UserStore::findWhere(const QString &where, const QVariant &key) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kColumns + QStringLiteral("WHERE ") + where);
    q.addBindValue(key);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the user accounts"));
    if (!q.next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(readUser(q, m_clock.nowMs()));
}

Result<QList<User>> UserStore::list() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(kColumns + QStringLiteral("ORDER BY username")))
        return m_db->sqlError(q.lastError(), tr("reading the list of users"));
    const qint64 now = m_clock.nowMs();
    QList<User> out;
    while (q.next())
        out << readUser(q, now).user;
    return out;
}

Result<int> UserStore::activeAdminCount() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = TRUE"));
    q.addBindValue(roleCode(Role::Admin));
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("counting the administrators"));
    return q.value(0).toInt();
}

Result<bool> UserStore::hasAny() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next())
        return m_db->sqlError(q.lastError(), tr("reading the user accounts"));
    return q.value(0).toInt() != 0;
}

} // namespace loket
