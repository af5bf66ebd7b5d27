// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteChangeFeed.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace loket {

SqliteChangeFeed::SqliteChangeFeed(QString databasePath, int intervalMs, QObject *parent)
    : ChangeFeed(parent)
    , m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("loket-changefeed-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_timer.setParent(this); // moves with the feed to another thread
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeFeed::poll);
}

SqliteChangeFeed::~SqliteChangeFeed()
{
    stop();
}

Status SqliteChangeFeed::start()
{
    if (isRunning())
        return {};
    if (!QFileInfo::exists(m_path)) {
        return makeError(ErrorCode::NotFound,
            tr("The database %1 does not exist, so changes to it cannot be followed. Check the "
               "database location in the settings.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        c.setDatabaseName(m_path);
        // Never wait for a writer: a busy poll is skipped and the next one sees the change.
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!c.open()) {
            const QString reason = c.lastError().text();
            c = QSqlDatabase();
            closeConnection();
            Error e = makeError(ErrorCode::Io,
                tr("Cannot watch the database %1 for changes. Live updates are off: restart Loket, and if it "
                   "happens again check the database file.")
                    .arg(QDir::toNativeSeparators(m_path)));
            e.detail = reason; // SQLite's own words: for the log, not the message
            return e;
        }
        m_query.emplace(c);
        m_query->setForwardOnly(true);
        m_query->prepare(QStringLiteral("PRAGMA data_version"));
    }
    const std::optional<qint64> version = readVersion();
    if (!version) {
        const QString reason = m_query->lastError().text();
        closeConnection();
        Error e = makeError(ErrorCode::Io,
            tr("Cannot watch the database %1 for changes. Live updates are off: restart Loket, and if it "
               "happens again check the database file.")
                .arg(QDir::toNativeSeparators(m_path)));
        e.detail = reason;
        return e;
    }
    m_version = *version;
    m_timer.start();
    return {};
}

void SqliteChangeFeed::stop()
{
    m_timer.stop();
    closeConnection();
}

void SqliteChangeFeed::closeConnection()
{
    m_query.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

std::optional<qint64> SqliteChangeFeed::readVersion()
{
    if (!m_query || !m_query->exec() || !m_query->next())
        return std::nullopt;
    const qint64 version = m_query->value(0).toLongLong();
    // An unfinished statement would hold a read transaction open, and inside
    // it data_version never changes.
    m_query->finish();
    return version;
}

void SqliteChangeFeed::poll()
{
    const std::optional<qint64> version = readVersion();
    if (!version) {
        if (m_query)
            m_query->finish();
        return; // busy or briefly unavailable: the next poll tries again
    }
    if (*version == m_version)
        return;
    m_version = *version;
    Q_EMIT changed();
}

} // namespace loket
