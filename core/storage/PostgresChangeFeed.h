// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTimer>

namespace loket {

// ChangeFeed for a database on a PostgreSQL server: LISTEN on a connection of
// its own. Every change (Database::transaction) sends NOTIFY in its own
// transaction, which the server delivers to every listener when it commits,
// so a call at one PC reaches the board on another within milliseconds,
// without polling the data. The connection is checked every few seconds;
// when the server went away the feed says so (connectionLost), reconnects by
// itself, and reports a change once it is back (what happened meanwhile is
// read again).
class PostgresChangeFeed final : public ChangeFeed
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 2000;

    PostgresChangeFeed(const Database &db, int checkIntervalMs = kCheckIntervalMs, QObject *parent = nullptr);
    ~PostgresChangeFeed() override;

    Status start() override;
    void stop() override;
    bool isRunning() const override { return m_running; }

private:
    Status connectAndListen();
    void check();
    void closeConnection();

    DatabaseLocation m_location;
    DatabaseOptions m_options;
    std::shared_ptr<const SqlDialect> m_dialect;
    QString m_connectionName;
    QTimer m_timer;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace loket
