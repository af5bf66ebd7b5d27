// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>

#include <memory>

namespace loket {

class Database;

// Tells a process that another connection — another window, process or PC —
// committed a change to the database, so the board, the counters and the
// kiosk re-read what they show. It says only "something changed", never what:
// readers query the current state, which also makes a missed or merged
// notification harmless.
//
// One implementation per engine: SQLite polls PRAGMA data_version on its own
// connection (SqliteChangeFeed); PostgreSQL LISTENs (PostgresChangeFeed),
// every change sending NOTIFY.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // The feed for the engine of `db`. Stopped: connect to changed(), then start().
    static std::unique_ptr<ChangeFeed> create(const Database &db);
    ~ChangeFeed() override;

    // Starts watching from the current state (changes made while stopped are
    // not reported). Call it in the thread the feed lives in; it never blocks
    // on another process's lock.
    [[nodiscard]] virtual Status start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    // Between connectionLost() and connectionRestored(): the server is away,
    // so a screen refuses at once what needs it (a kiosk tap) instead of
    // waiting for the network to time out. A file is never away.
    virtual bool serverAway() const { return false; }

    // How many feeds exist in this process now (each one is a watcher with a connection of its own):
    // the screens of one process share one (ui/common/SharedFeed), which tests check with this.
    static int liveCount();

Q_SIGNALS:
    // Once per detected change; several commits close together may give one signal.
    void changed();
    // A database server went away (a file never does): the screens say so
    // until connectionRestored(), which is followed by changed().
    void connectionLost();
    void connectionRestored();

protected:
    explicit ChangeFeed(QObject *parent = nullptr);
};

} // namespace loket
