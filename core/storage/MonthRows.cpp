// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/MonthRows.h"

#include <QSqlQuery>
#include <QStringList>

namespace loket {

MonthRows::MonthRows(DatabasePtr db, QString table, QString valueColumn)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_value(std::move(valueColumn))
{
}

Result<std::optional<QByteArray>> MonthRows::load(const QString &month, const QString &what) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE month = ?").arg(m_value, m_table));
    q.addBindValue(month);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    if (!q.next())
        return std::optional<QByteArray> {};
    const QByteArray text = q.value(0).toByteArray();
    if (text.isEmpty())
        return std::optional<QByteArray> {}; // pending
    return std::optional<QByteArray> {text};
}

Status MonthRows::reserve(const QString &month, qint64 nowMs, const QString &what,
                          const QList<std::pair<QString, QVariant>> &columns) const
{
    QStringList names {QStringLiteral("month")}, marks {QStringLiteral("?")},
        updates {QStringLiteral("%1 = ''").arg(m_value), QStringLiteral("computed_at = excluded.computed_at")};
    for (const auto &[name, value] : columns) {
        names << name;
        marks << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    names << m_value << QStringLiteral("computed_at");
    marks << QStringLiteral("''") << QStringLiteral("?");
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (month) DO UPDATE SET %4")
                      .arg(m_table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                           updates.join(QStringLiteral(", "))));
        q.addBindValue(month);
        for (const auto &[name, value] : columns)
            q.addBindValue(value);
        q.addBindValue(nowMs);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        return {};
    });
}

Result<bool> MonthRows::fill(const QString &month, const QByteArray &value, qint64 nowMs, const QString &what) const
{
    bool stored = false;
    Status s = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, computed_at = ? WHERE month = ? AND %2 = ''")
                      .arg(m_table, m_value));
        q.addBindValue(QString::fromUtf8(value));
        q.addBindValue(nowMs);
        q.addBindValue(month);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        stored = q.numRowsAffected() == 1;
        return {};
    });
    if (!s)
        return s.error();
    return stored;
}

} // namespace loket
