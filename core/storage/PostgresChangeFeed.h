// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace loket {

// ChangeFeed for a database on a PostgreSQL server: LISTEN on a connection of
// its own. Every change (Database::transaction) sends NOTIFY in its own
// transaction, which the server delivers to every listener when it commits,
// so a call at one PC reaches the board on another within milliseconds,
// without polling the data. The connection is checked every few seconds;
// when the server went away the feed says so (connectionLost), reconnects by
// itself, and reports a change once it is back (what happened meanwhile is
// read again).
//
// The listening connection lives in a thread of its own: a pulled cable or a
// server that hangs with the socket open makes a check wait for seconds (until
// the TCP timeouts) or for ever, and the screens that follow the feed — the
// board's clock among them — must not wait with it. A check the server has
// not answered within answerTimeoutMs counts as the server gone.
class PostgresChangeFeed final : public ChangeFeed
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 2000;
    static constexpr int kAnswerTimeoutMs = 3000;
    // start() waits this long for the first LISTEN, so that a change committed
    // right after it is reported; a server slower than this is followed as
    // soon as it answers (with one changed(), as what it missed is unknown).
    static constexpr int kStartWaitMs = 1500;

    PostgresChangeFeed(const Database &db, int checkIntervalMs = kCheckIntervalMs,
                       int answerTimeoutMs = kAnswerTimeoutMs, QObject *parent = nullptr);
    ~PostgresChangeFeed() override;

    Status start() override;
    void stop() override;
    bool isRunning() const override { return m_running; }
    bool serverAway() const override { return m_running && m_announcedLost; }

    struct Shared;   // what the listening thread and this object share
    struct Listener; // the listening connection, in its thread

private:
    void sendCheck();
    void checked(int id, bool connected, bool reconnected);
    void announceLost();

    DatabaseLocation m_location;
    DatabaseOptions m_options;
    std::shared_ptr<const SqlDialect> m_dialect;
    QString m_connectionName;
    int m_answerTimeoutMs;
    QTimer m_timer;
    QTimer m_watchdog;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr; // lives in m_thread
    bool m_running = false;
    bool m_everConnected = false;
    bool m_announcedLost = false;
    int m_lastCheck = 0;
    int m_inFlight = 0;           // the check waiting for its answer, 0 when none
    int m_answeredInStart = 0;    // the first check, answered inside start()
};

} // namespace loket
