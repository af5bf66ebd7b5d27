// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlDialect.h"

namespace loket {

namespace {

// The key of the transaction-level advisory lock every change takes: one
// writer at a time, as on SQLite (BEGIN IMMEDIATE), so every read-then-write
// of the core (the next ticket number, the next ticket to call) behaves on
// both engines alike. A change holds it for about a millisecond.
constexpr qint64 kWriteLock = 0x4C4B5431; // "LKT1"

bool connectionLost(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return true;
    const QString text = (e.databaseText() + QLatin1Char(' ') + e.driverText()).toLower();
    for (const char *sign : {"server closed the connection", "no connection to the server", "could not connect",
                             "connection to server", "terminating connection", "connection refused",
                             "could not send data", "could not receive data", "ssl syscall", "broken pipe",
                             "unable to connect", "connection not open", "database not open", "driver not loaded"}) {
        if (text.contains(QLatin1String(sign)))
            return true;
    }
    // A statement on a connection that is not open fails without a word: the server is away.
    return state.isEmpty() && (e.type() == QSqlError::ConnectionError || e.type() == QSqlError::NoError
                               || e.text().trimmed().isEmpty());
}

class PostgresDialect final : public SqlDialect {
public:
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }

    Failure classify(const QSqlError &error) const override
    {
        const QString s = error.nativeErrorCode();
        if (s == QLatin1String("40001") || s == QLatin1String("40P01"))
            return Failure::Retry;
        if (s == QLatin1String("55P03") || s == QLatin1String("57014"))
            return Failure::Busy;
        if (connectionLost(error))
            return Failure::Connection;
        if (s == QLatin1String("53100"))
            return Failure::DiskFull;
        if (s.startsWith(QLatin1String("23")))
            return Failure::Constraint;
        if (s == QLatin1String("42501"))
            return Failure::Privilege;
        if (s == QLatin1String("25006"))
            return Failure::ReadOnly;
        return Failure::Other;
    }

    QSqlDatabase open(const QString &name, const DatabaseLocation &where, const DatabaseOptions &options) const override
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!where.host.isEmpty())
            c.setHostName(where.host);
        if (where.port > 0)
            c.setPort(where.port);
        if (!where.databaseName.isEmpty())
            c.setDatabaseName(where.databaseName);
        if (!where.user.isEmpty())
            c.setUserName(where.user);
        const QString password = Database::serverPassword();
        if (!password.isEmpty())
            c.setPassword(password);
        QStringList opts;
        if (!where.options.isEmpty())
            opts << where.options;
        if (!where.options.contains(QLatin1String("connect_timeout=")))
            opts << QStringLiteral("connect_timeout=%1").arg(qMax(1, options.connectTimeoutMs / 1000));
        if (!where.options.contains(QLatin1String("application_name=")))
            opts << QStringLiteral("application_name=loket");
        // A pulled cable must not hold a screen for the kernel's quarter of an
        // hour: unanswered data or keepalives end the connection within seconds.
        opts << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=5")
             << QStringLiteral("keepalives_interval=2") << QStringLiteral("keepalives_count=2")
             << QStringLiteral("tcp_user_timeout=%1").arg(qMax(1000, options.connectTimeoutMs));
        c.setConnectOptions(opts.join(QLatin1Char(';')));
        if (!c.open())
            return c;
        QSqlQuery q(c);
        // Quiet notices (a table that already exists), times are integers in UTC anyway,
        // and a read never waits forever on a lock.
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        q.exec(QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs));
        return c;
    }

    bool beginWrite(QSqlQuery &q, int limitMs, const DatabaseOptions &options, QSqlError *error) const override
    {
        if (!q.exec(QStringLiteral("BEGIN"))) {
            if (error)
                *error = q.lastError();
            return false;
        }
        // The wait for the writer's turn is bounded like SQLite's.
        const bool ok = q.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(limitMs))
            && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock))
            && q.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(options.busyTimeoutMs));
        if (!ok) {
            if (error)
                *error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
        }
        return ok;
    }

    int schemaVersion(QSqlDatabase &c) const override
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT to_regclass('loket_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM loket_schema WHERE id = 1")) && q.next())
            return q.value(0).toInt();
        return -1;
    }

    bool setSchemaVersion(QSqlQuery &q, int version) const override
    {
        return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS loket_schema (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                     "version INTEGER NOT NULL, application_id BIGINT NOT NULL)"))
            && q.exec(QStringLiteral("INSERT INTO loket_schema (id, version, application_id) VALUES (1, %1, %2) "
                                     "ON CONFLICT (id) DO UPDATE SET version = excluded.version")
                          .arg(version)
                          .arg(Migrations::applicationId()));
    }

    QStringList schemaStatements(const QString &sqliteSql, QSqlQuery &q) const override
    {
        return postgres::schemaStatements(sqliteSql, q);
    }

    bool finishSchema(QSqlQuery &q) const override
    {
        return postgres::resetIdentities(q) && postgres::announceChanges(q);
    }

    bool beginSnapshot(QSqlQuery &q) const override
    {
        return q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }

    QString localDay(const QString &ms, int offsetSeconds) const override
    {
        return QStringLiteral("to_char(to_timestamp(%1 / 1000 + %2) AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
            .arg(ms).arg(offsetSeconds);
    }

    QStringList tables(QSqlDatabase &c) const override
    {
        QSqlQuery q(c);
        QStringList out;
        q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'loket_schema' "
                              "ORDER BY c.oid"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QStringList columns(QSqlDatabase &c, const QString &table) const override
    {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    bool suspendTriggers(QSqlQuery &q, const QStringList &tables, QStringList *) const override
    {
        // The table's owner may; the foreign keys stay checked (tables go in creation order).
        for (const QString &t : tables) {
            if (!q.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t)))
                return false;
        }
        return true;
    }

    bool restoreTriggers(QSqlQuery &q, const QStringList &tables, const QStringList &) const override
    {
        for (const QString &t : tables) {
            if (!q.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t)))
                return false;
        }
        return true;
    }
};

} // namespace

std::shared_ptr<const SqlDialect> SqlDialect::postgres()
{
    static const auto d = std::make_shared<PostgresDialect>();
    return d;
}

} // namespace loket
