// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeFeed.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresChangeFeed.h"
#include "core/storage/SqliteChangeFeed.h"

#include <atomic>

namespace loket {

namespace {

std::atomic<int> g_liveFeeds { 0 };

} // namespace

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{
    ++g_liveFeeds;
}

ChangeFeed::~ChangeFeed()
{
    --g_liveFeeds;
}

int ChangeFeed::liveCount()
{
    return g_liveFeeds.load();
}

std::unique_ptr<ChangeFeed> ChangeFeed::create(const Database &db)
{
    if (db.isServer())
        return std::make_unique<PostgresChangeFeed>(db);
    return std::make_unique<SqliteChangeFeed>(db.path());
}

} // namespace loket
