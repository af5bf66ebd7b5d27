// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QStringList>

namespace loket::postgres {

// PostgreSQL's form of a schema statement written for SQLite (a migration's):
// INTEGER is 64-bit (BIGINT), an `id INTEGER PRIMARY KEY` an identity column,
// BLOB bytea; a trigger (WHEN … BEGIN …; END, RAISE(ABORT, '…')) becomes a
// PL/pgSQL function and its trigger, a refusal raising SQLSTATE 23000 as
// SQLite's is a constraint failure; the FTS5 table a plain table with a GIN
// index (PostgresTextIndex). `q` looks up the table of a trigger to drop.
QStringList schemaStatements(const QString &sqliteSql, QSqlQuery &q);

// Moves every identity column's counter past the rows already there (seeded
// by a migration, or copied from another database).
bool resetIdentities(QSqlQuery &q);

// Gives every table a trigger that sends NOTIFY on kChangeChannel after
// each statement that writes to it (delivered when the transaction commits).
bool announceChanges(QSqlQuery &q);

// The channel of NOTIFY that tells other PCs something changed.
inline constexpr char kChangeChannel[] = "loket_changes";

} // namespace loket::postgres
