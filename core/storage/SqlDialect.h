// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace loket {

struct DatabaseOptions;

// What differs between the two engines Loket runs on, in one place: how a
// connection is opened, how a change takes its turn to write, what an error
// means, where the schema's version is kept and how a schema statement is
// said. Everything outside core/storage speaks through Database and never
// names an engine. SQL is written once, in the dialect both engines share
// (ON CONFLICT, RETURNING, lower() for case-blind matches, integers for
// times); a migration statement is written in SQLite's form and
// schemaStatements() gives the other engine's.
class SqlDialect {
public:
    // What a failed statement means to the user.
    enum class Failure {
        Other,
        Busy,          // another writer holds the lock too long
        Retry,         // a serialization failure or a deadlock: run the change again
        Connection,    // the server went away (restarted, cable pulled)
        DiskFull,
        NotADatabase,
        ReadOnly,
        Constraint,    // a rule of the schema (CHECK, UNIQUE, a trigger's refusal)
        Privilege,     // the role may not do this (the append-only history)
    };

    virtual ~SqlDialect() = default;
    // The engine's name, for technical detail in the log only.
    virtual QString engineName() const = 0;
    virtual Failure classify(const QSqlError &error) const = 0;
    // A new connection named `name` for the calling thread (open, or with its error).
    virtual QSqlDatabase open(const QString &name, const DatabaseLocation &where, const DatabaseOptions &options) const = 0;
    // Starts a write transaction, waiting for its turn at most limitMs.
    virtual bool beginWrite(QSqlQuery &q, int limitMs, const DatabaseOptions &options, QSqlError *error) const = 0;
    // The schema version, 0 for an empty database, -1 when it cannot be read.
    virtual int schemaVersion(QSqlDatabase &c) const = 0;
    virtual bool setSchemaVersion(QSqlQuery &q, int version) const = 0;
    // The statements that do on this engine what `sqliteSql` (a migration
    // statement, written for SQLite) does; q is a query on the connection, for lookups.
    virtual QStringList schemaStatements(const QString &sqliteSql, QSqlQuery &q) const = 0;
    // After the schema steps (PostgreSQL: identity counters past seeded rows,
    // and every table's trigger that tells the other PCs something changed).
    virtual bool finishSchema(QSqlQuery &q) const = 0;

    // The office-local day ('YYYY-MM-DD') of a time in ms UTC, as an SQL expression.
    virtual QString localDay(const QString &msExpression, int offsetSeconds) const = 0;

    // A read-only transaction whose reads all see one moment (a copy, a
    // backup, while the counters go on writing).
    virtual bool beginSnapshot(QSqlQuery &q) const = 0;

    // Loket's tables, in the order they were created (a table's references
    // point to earlier ones), without the engine's own (SQLite's FTS5 shadow tables).
    virtual QStringList tables(QSqlDatabase &c) const = 0;
    virtual QStringList columns(QSqlDatabase &c, const QString &table) const = 0;
    // Inside a transaction: lets the rows of `tables` be cleared and written
    // as they are (a copy of another database), past the append-only and
    // signed-minutes triggers; restoreTriggers puts them back before commit.
    // SQLite keeps the triggers' SQL in `saved`.
    virtual bool suspendTriggers(QSqlQuery &q, const QStringList &tables, QStringList *saved) const = 0;
    virtual bool restoreTriggers(QSqlQuery &q, const QStringList &tables, const QStringList &saved) const = 0;

    static std::shared_ptr<const SqlDialect> sqlite();
    static std::shared_ptr<const SqlDialect> postgres();
};

} // namespace loket
