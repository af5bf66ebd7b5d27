// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a server (PostgreSQL): opening it and what its errors mean to a user.
#include "core/storage/Database.h"

#include "core/common/Clock.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace loket {

namespace storage_detail {
thread_local bool retryable = false;
} // namespace storage_detail

namespace {

QMutex g_passwordMutex;
QString g_password;

} // namespace

QString Database::serverPassword()
{
    QMutexLocker lock(&g_passwordMutex);
    return g_password;
}

void Database::setServerPassword(const QString &password)
{
    QMutexLocker lock(&g_passwordMutex);
    g_password = password;
}

Result<DatabasePtr> Database::openServer(const DatabaseLocation &where, const DatabaseOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(ErrorCode::Io,
            tr("This PC cannot use a database server: Qt's PostgreSQL driver is not installed (Debian package "
               "libqt6sql6-psql). Install it, or use a database file."));
    }
    DatabasePtr db(new Database(where, options));
    QSqlDatabase c = db->connection();
    if (!c.isOpen())
        return db->sqlError(c.lastError(), tr("connecting to the database server"));
    const int version = db->dialect().schemaVersion(c);
    if (version < 0)
        return db->sqlError(c.lastError(), tr("checking the database"));
    const QString name = where.display();
    if (version == 0) {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
            || !q.next())
            return db->sqlError(q.lastError(), tr("checking the database"));
        if (q.value(0).toInt() > 0) {
            return makeError(ErrorCode::NotADatabase,
                tr("The database %1 holds the tables of another program, not of Loket. Choose the right database.")
                    .arg(name));
        }
        if (!options.createIfMissing) {
            return makeError(ErrorCode::NotFound,
                tr("The database %1 on the server is empty: it is not a Loket database yet, and nothing was written "
                   "to it. Create Loket's tables with \"loketctl db init %1\".").arg(name));
        }
    } else {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT application_id FROM loket_schema WHERE id = 1")) && q.next()
            && q.value(0).toLongLong() != Migrations::applicationId()) {
            return makeError(ErrorCode::NotADatabase,
                tr("The database %1 belongs to another program, not to Loket. Choose the right database.").arg(name));
        }
    }
    if (version > Migrations::latestVersion()) {
        return newerSchemaError(name, version);
    }
    if (options.migrate && version < Migrations::latestVersion()) {
        Status migrated = Migrations::migrate(*db);
        if (!migrated)
            return migrated.error();
    }
    return db;
}

QString Database::localDaySql(const QString &msExpression, int offsetSeconds) const
{
    return m_dialect->localDay(msExpression, offsetSeconds);
}

Status Database::grantApplicationRole(const QString &role) const
{
    if (!isServer()) {
        return makeError(ErrorCode::InvalidInput,
            tr("A database file has no roles: only a database on a server gives the PCs their own role."));
    }
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!name.match(role).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a role name (lower-case letters, digits, _).").arg(role));
    QSqlDatabase c = connection();
    QSqlQuery q(c);
    // A table is append-only when its triggers refuse every UPDATE or DELETE
    // (<table>_no_update, <table>_no_delete); the tickets' event log is one too.
    QSet<QString> noUpdate { QStringLiteral("ticket_events") }, noDelete { QStringLiteral("ticket_events") };
    if (!q.exec(QStringLiteral("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                               "AND NOT t.tgisinternal")))
        return sqlError(q.lastError(), tr("reading the database's rules"));
    while (q.next()) {
        const QString table = q.value(0).toString(), trigger = q.value(1).toString();
        if (trigger == table + QStringLiteral("_no_update"))
            noUpdate.insert(table);
        if (trigger == table + QStringLiteral("_no_delete"))
            noDelete.insert(table);
    }
    return transaction([&]() -> Status {
        QSqlQuery g(c);
        QStringList statements {
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %2 FROM %1"),
            QStringLiteral("GRANT USAGE ON SCHEMA %2 TO %1"),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %2 TO %1"),
            QStringLiteral("GRANT SELECT ON loket_schema TO %1"),
        };
        for (const QString &table : m_dialect->tables(c)) {
            QStringList rights { QStringLiteral("SELECT"), QStringLiteral("INSERT") };
            if (!noUpdate.contains(table))
                rights << QStringLiteral("UPDATE");
            if (!noDelete.contains(table))
                rights << QStringLiteral("DELETE");
            statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(rights.join(QStringLiteral(", ")), table, QStringLiteral("%1"));
        }
        if (!g.exec(QStringLiteral("SELECT current_schema()")) || !g.next())
            return sqlError(g.lastError(), tr("giving the role %1 its rights").arg(role));
        const QString schema = g.value(0).toString();
        for (const QString &sql : statements) {
            if (!g.exec(QString(sql).replace(QLatin1String("%2"), schema).replace(QLatin1String("%1"), role)))
                return sqlError(g.lastError(), tr("giving the role %1 its rights").arg(role));
        }
        return {};
    });
}

Error Database::serverAwayError(const QString &what, const QString &detail) const
{
    return makeError(ErrorCode::Unreachable,
        tr("The connection to the database server was lost (while %1), or the server cannot be reached: %2. "
           "Nothing of this step was saved. Loket connects again by itself when the server is back.")
            .arg(what, m_location.display()),
        detail);
}

std::optional<Error> Database::serverError(const QSqlError &error, const QString &what) const
{
    const QString name = m_location.display();
    const QString detail = QStringLiteral("PostgreSQL %1: %2").arg(error.nativeErrorCode(), error.text());
    const QString state = error.nativeErrorCode();
    const QString text = error.text().toLower();
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))) {
        return makeError(ErrorCode::AuthenticationFailed,
            tr("The database server refused the login of %1 (while %2). Check the user's password in ~/.pgpass, "
               "or ask the administrator whether this PC may connect (pg_hba.conf).")
                .arg(m_location.user.isEmpty() ? name : m_location.user, what),
            detail);
    }
    if (state == QLatin1String("3D000")
        || (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))) {
        return makeError(ErrorCode::NotFound,
            tr("The server has no database %1 (while %2). Ask the administrator to create it (docs/deployment.md), "
               "then run \"loketctl db init\".").arg(name, what),
            detail);
    }
    switch (m_dialect->classify(error)) {
    case SqlDialect::Failure::Connection:
        dropBrokenConnection();
        return serverAwayError(what, detail);
    case SqlDialect::Failure::Busy:
        return makeError(ErrorCode::Locked,
            tr("The database server kept this change waiting too long for its turn (while %1): other counters were "
               "saving. Nothing of this change was saved; try again.").arg(what),
            detail);
    case SqlDialect::Failure::Retry:
        storage_detail::retryable = true;
        return makeError(ErrorCode::Conflict,
            tr("Another PC changed the same records at the same moment (while %1). Nothing of this change was "
               "saved; try again.").arg(what),
            detail);
    case SqlDialect::Failure::DiskFull:
        return makeError(ErrorCode::DiskFull,
            tr("The database server's disk is full (while %1). Nothing was lost of what was saved before: the "
               "administrator must free some space on the server.").arg(what),
            detail);
    case SqlDialect::Failure::Privilege:
        return makeError(ErrorCode::PermissionDenied,
            tr("The database server does not let Loket's role do this (while %1): the history is append-only, and "
               "the schema changes only with \"loketctl db init\" run by the database's owner.").arg(what),
            detail);
    case SqlDialect::Failure::ReadOnly:
        return makeError(ErrorCode::ReadOnly,
            tr("The database server accepts no changes now (while %1): it may be a standby copy. Ask the "
               "administrator.").arg(what),
            detail);
    default:
        break;
    }
    return std::nullopt; // a broken rule, or something else: said as for a file (sqlError)
}

} // namespace loket
