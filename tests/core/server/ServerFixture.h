// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace loket::test {

// Runs the event loop until `done` or the time is up.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// A connection of the test's own to a server database (given as the URL
// TempDatabase::path() gives), outside Loket: what another client, or the
// server's administrator, sees and does.
class ServerConnection {
public:
    explicit ServerConnection(const QString &url)
        : m_name(QStringLiteral("test-peer-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        const QUrl u(url);
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        c.setHostName(u.host());
        c.setPort(u.port(5432));
        c.setUserName(u.userName());
        c.setDatabaseName(u.path().mid(1));
        c.open();
    }
    ~ServerConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    // Ends every other connection to this database, as a server restart does to its clients.
    int cutOthers() const
    {
        return scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
            .toInt();
    }

private:
    QString m_name;
};

} // namespace loket::test
