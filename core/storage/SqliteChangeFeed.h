// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ChangeFeed.h"

#include <QSqlQuery>
#include <QString>
#include <QTimer>

#include <optional>

namespace loket {

// ChangeFeed for a SQLite file: reads PRAGMA data_version on a connection of
// its own every few milliseconds. The pragma reads a counter in the shared
// WAL index, not the data, so a poll costs microseconds; it changes when any
// other connection, in this process or another, commits.
class SqliteChangeFeed final : public ChangeFeed
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 25; // a call reaches the board well within 100 ms

    explicit SqliteChangeFeed(QString databasePath, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~SqliteChangeFeed() override;

    Status start() override;
    void stop() override;
    bool isRunning() const override { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }

private:
    void poll();
    std::optional<qint64> readVersion();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    QTimer m_timer;
    std::optional<QSqlQuery> m_query;
    qint64 m_version = -1;
};

} // namespace loket
