// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace loket::test {

TempDatabase::TempDatabase()
    : TempDatabase(DatabaseOptions{})
{
}

TempDatabase::TempDatabase(DatabaseOptions options)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("loket.db"));
    auto opened = Database::open(m_path, options);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_db = opened.value();
}

void TempDatabase::exec(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
}

QVariant TempDatabase::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace loket::test
