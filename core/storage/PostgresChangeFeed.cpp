// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresChangeFeed.h"

#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

namespace loket {

PostgresChangeFeed::PostgresChangeFeed(const Database &db, int checkIntervalMs, QObject *parent)
    : ChangeFeed(parent)
    , m_location(db.location())
    , m_options(db.options())
    , m_dialect(db.dialectPtr())
    , m_connectionName(QStringLiteral("loket-changefeed-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_timer.setParent(this);
    m_timer.setInterval(std::max(10, checkIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &PostgresChangeFeed::check);
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    stop();
}

Status PostgresChangeFeed::connectAndListen()
{
    QSqlDatabase c = m_dialect->open(m_connectionName, m_location, m_options);
    if (!c.isOpen() || !c.driver()->subscribeToNotification(QString::fromLatin1(postgres::kChangeChannel))) {
        Error e = makeError(ErrorCode::Unreachable,
            tr("Cannot reach the database server %1 to follow changes: live updates wait until it is back.")
                .arg(m_location.display()));
        e.detail = c.lastError().text();
        c = QSqlDatabase();
        closeConnection();
        return e;
    }
    connect(c.driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { Q_EMIT changed(); });
    m_connected = true;
    return {};
}

Status PostgresChangeFeed::start()
{
    if (m_running)
        return {};
    // Running even when the server cannot be reached now: it is tried again
    // at every check, and connectionRestored() and changed() follow.
    m_running = true;
    m_timer.start();
    Status s = connectAndListen();
    if (!s)
        QTimer::singleShot(0, this, [this] {
            if (m_running && !m_connected)
                Q_EMIT connectionLost();
        });
    return s;
}

void PostgresChangeFeed::check()
{
    if (m_connected) {
        bool alive = false;
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            QSqlQuery q(c);
            alive = q.exec(QStringLiteral("SELECT 1"));
        }
        if (alive)
            return;
        closeConnection();
        Database::serverWentAway(m_location.display());
        Q_EMIT connectionLost();
    }
    if (connectAndListen()) {
        Q_EMIT connectionRestored();
        Q_EMIT changed(); // what others saved meanwhile
    }
}

void PostgresChangeFeed::closeConnection()
{
    m_connected = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen() && c.driver())
            c.driver()->unsubscribeFromNotification(QString::fromLatin1(postgres::kChangeChannel));
        c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresChangeFeed::stop()
{
    m_timer.stop();
    m_running = false;
    closeConnection();
}

} // namespace loket
