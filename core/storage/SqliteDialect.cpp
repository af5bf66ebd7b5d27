// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

namespace loket {

namespace {

bool isBusy(const QSqlError &e)
{
    const QString text = e.databaseText().toLower() + e.driverText().toLower();
    return e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6")
        || text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

bool isNotADatabase(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11")
        || e.databaseText().contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || e.databaseText().contains(QLatin1String("malformed"), Qt::CaseInsensitive);
}

class SqliteDialect final : public SqlDialect {
public:
    QString engineName() const override { return QStringLiteral("SQLite"); }

    Failure classify(const QSqlError &error) const override
    {
        if (isBusy(error))
            return Failure::Busy;
        if (error.nativeErrorCode() == QLatin1String("13")
            || error.databaseText().contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive))
            return Failure::DiskFull;
        if (isNotADatabase(error))
            return Failure::NotADatabase;
        const QString native = error.nativeErrorCode();
        if (native == QLatin1String("8"))
            return Failure::ReadOnly;
        // SQLITE_CONSTRAINT (19) and its extended codes (CHECK 275, FOREIGN KEY 787, NOT NULL 1299, …).
        const int code = native.toInt();
        if (code == 19 || (code & 0xff) == 19
            || error.databaseText().contains(QLatin1String("constraint failed"), Qt::CaseInsensitive))
            return Failure::Constraint;
        return Failure::Other;
    }

    QSqlDatabase open(const QString &name, const DatabaseLocation &where, const DatabaseOptions &options) const override
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(where.file);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!c.open())
            return c;
        QSqlQuery q(c);
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs));
        return c;
    }

    bool beginWrite(QSqlQuery &q, int limitMs, const DatabaseOptions &options, QSqlError *error) const override
    {
        // Poll ourselves with the busy handler off, so that no waiter sleeps
        // longer than another; one that has waited long polls a little faster.
        q.exec(QStringLiteral("PRAGMA busy_timeout=0"));
        QElapsedTimer waited;
        waited.start();
        bool ok = false;
        for (;;) {
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                ok = true;
                break;
            }
            const QSqlError e = q.lastError();
            if (!isBusy(e) || waited.elapsed() >= limitMs) {
                if (error)
                    *error = e;
                break;
            }
            const int maxUs = waited.elapsed() < 200 ? 2000 : 600;
            QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(100, maxUs)));
        }
        q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs));
        return ok;
    }

    int schemaVersion(QSqlDatabase &c) const override
    {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }

    bool setSchemaVersion(QSqlQuery &q, int version) const override
    {
        return q.exec(QStringLiteral("PRAGMA application_id=%1").arg(Migrations::applicationId()))
            && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
    }

    QStringList schemaStatements(const QString &sqliteSql, QSqlQuery &) const override { return { sqliteSql }; }

    bool beginSnapshot(QSqlQuery &q) const override
    {
        // In WAL mode a read transaction sees the commit it started at; writers go on.
        return q.exec(QStringLiteral("BEGIN"));
    }

    QString localDay(const QString &ms, int offsetSeconds) const override
    {
        return QStringLiteral("date(%1 / 1000 + %2, 'unixepoch')").arg(ms).arg(offsetSeconds);
    }

    QStringList tables(QSqlDatabase &c) const override
    {
        QSqlQuery q(c);
        QStringList virtualTables, all;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY rowid"));
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables << name;
            all << name;
        }
        QStringList out;
        for (const QString &name : all) {
            bool shadow = false;
            for (const QString &v : virtualTables)
                shadow = shadow || (name.startsWith(v + QLatin1Char('_')) && name != v);
            if (!shadow)
                out << name;
        }
        return out;
    }

    QStringList columns(QSqlDatabase &c, const QString &table) const override
    {
        QSqlQuery q(c);
        QStringList out;
        // An FTS5 table's rows are named by rowid, which table_info does not list.
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table));
        if (q.next() && q.value(0).toString().contains(QLatin1String("fts5"), Qt::CaseInsensitive))
            out << QStringLiteral("rowid");
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            out << q.value(1).toString();
        return out;
    }

    bool suspendTriggers(QSqlQuery &q, const QStringList &tables, QStringList *saved) const override
    {
        QStringList names;
        if (!q.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")))
            return false;
        while (q.next()) {
            if (tables.contains(q.value(1).toString())) {
                names << q.value(0).toString();
                *saved << q.value(2).toString();
            }
        }
        for (const QString &n : names) {
            if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(n)))
                return false;
        }
        return true;
    }

    bool restoreTriggers(QSqlQuery &q, const QStringList &, const QStringList &saved) const override
    {
        for (const QString &sql : saved) {
            if (!q.exec(sql))
                return false;
        }
        return true;
    }
    bool finishSchema(QSqlQuery &) const override { return true; }
};

} // namespace

std::shared_ptr<const SqlDialect> SqlDialect::sqlite()
{
    static const auto d = std::make_shared<SqliteDialect>();
    return d;
}

} // namespace loket
