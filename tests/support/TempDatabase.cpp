// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempDatabase.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace loket::test {

namespace {

// A connection to the server's maintenance database, for CREATE/DROP DATABASE.
class ServerAdmin {
public:
    ServerAdmin()
        : m_name(QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        const QUrl url(testServer());
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setDatabaseName(QStringLiteral("postgres"));
        m_ok = c.open();
        if (!m_ok)
            m_error = c.lastError().text();
    }
    ~ServerAdmin()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql) const
    {
        if (!m_ok)
            FAIL("cannot reach the test server " << testServer().toStdString() << ": " << m_error.toStdString());
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
    bool tryExec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    bool exists(const QString &database) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(database);
        return q.exec() && q.next();
    }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

QString serverUrl(const QString &database)
{
    QUrl url(testServer());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// A database migrated to the latest version once per cluster; each test's
// database is a copy of it (CREATE DATABASE … TEMPLATE), which is much faster
// than migrating every time.
QString templateDatabase(const ServerAdmin &admin)
{
    const QString name = QStringLiteral("loket_template_v%1").arg(Migrations::latestVersion());
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(7001)"));
    if (!admin.exists(name)) {
        const QString building = name + QStringLiteral("_building");
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(building));
        admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(building));
        {
            auto opened = Database::open(serverUrl(building));
            if (!opened)
                FAIL(opened.error().message.toStdString());
            opened.value()->closeThreadConnection();
        }
        admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name));
    }
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(7001)"));
    return name;
}

} // namespace

QString testServer()
{
    return qEnvironmentVariable("LOKET_TEST_PG");
}

TempDatabase::TempDatabase()
    : TempDatabase(DatabaseOptions{})
{
}

TempDatabase::TempDatabase(DatabaseOptions options)
{
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        ServerAdmin admin;
        const QString from = options.migrate ? templateDatabase(admin) : QStringLiteral("template0");
        m_serverDatabase = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_serverDatabase, from));
        m_path = serverUrl(m_serverDatabase);
    } else {
        m_path = m_dir.filePath(QStringLiteral("loket.db"));
    }
    auto opened = Database::open(m_path, options);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_db = opened.value();
}

TempDatabase::~TempDatabase()
{
    if (m_serverDatabase.isEmpty())
        return;
    if (m_db)
        m_db->closeThreadConnection();
    m_db.reset();
    ServerAdmin admin;
    admin.tryExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase)); // never throws here
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

void TempDatabase::schema(const QString &sqliteSql) const
{
    Status done = m_db->execSchema(sqliteSql, QStringLiteral("test"));
    if (!done)
        FAIL(QString(sqliteSql + QStringLiteral(": ") + done.error().detail).toStdString());
}

QByteArray fingerprint(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlDatabase c = db.connection();
    QStringList names = db.dialect().tables(c);
    names.sort();
    for (const QString &name : names) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(name)));
        hash.addData(name.toUtf8());
        while (q.next()) {
            // When the file was last checked whole: written by every open, not part of the office's data.
            if (name == QLatin1String("settings") && q.value(0).toString() == QLatin1String("storage.full_check_at"))
                continue;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                // A number is a number whichever engine gave it (bigint or integer), a
                // yes/no is 1 or 0 (a server's boolean, a file's integer); bytes as hex.
                const QByteArray text = v.isNull() ? QByteArray("\\N")
                    : v.typeId() == QMetaType::Bool ? QByteArray(v.toBool() ? "1" : "0")
                    : v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                                                          : v.toString().toUtf8();
                hash.addData(QByteArray(text + '\x1f'));
            }
            hash.addData(QByteArray("\x1e"));
        }
    }
    return hash.result();
}

void TempDatabase::failInserts(const QString &table, const QString &message) const
{
    if (onServer()) {
        exec(QStringLiteral("CREATE FUNCTION test_fail_%1() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                            "RAISE EXCEPTION '%2'; END $f$").arg(table, message));
        exec(QStringLiteral("CREATE TRIGGER test_fail_%1 BEFORE INSERT ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION test_fail_%1()").arg(table));
    } else {
        exec(QStringLiteral("CREATE TEMP TRIGGER test_fail_%1 BEFORE INSERT ON %1 "
                            "BEGIN SELECT RAISE(ABORT, '%2'); END").arg(table, message));
    }
}

void TempDatabase::stopFailingInserts(const QString &table) const
{
    if (onServer()) {
        exec(QStringLiteral("DROP TRIGGER test_fail_%1 ON %1").arg(table));
        exec(QStringLiteral("DROP FUNCTION test_fail_%1()").arg(table));
    } else {
        exec(QStringLiteral("DROP TRIGGER temp.test_fail_%1").arg(table));
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace loket::test
