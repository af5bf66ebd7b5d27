// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace loket {

// Qt binds a null QString as SQL NULL; columns declared NOT NULL DEFAULT ''
// want an empty string instead.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The id an `INSERT … RETURNING id` gave (the one form both engines
// have; SQLite's lastInsertId() is not PostgreSQL's); 0 when it gave none.
// Leaves the statement finished, so a kept one holds no read.
inline qint64 returnedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace loket
