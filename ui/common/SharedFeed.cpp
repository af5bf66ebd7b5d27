// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SharedFeed.h"

#include "core/storage/ChangeFeed.h"

#include <QList>

namespace loket::ui {

namespace {

// The feeds alive in this process, by the database they follow. Held weakly:
// the screens own the feed, this only finds it for the next screen.
struct Entry {
    std::weak_ptr<Database> db;
    std::weak_ptr<ChangeFeed> feed;
};

QList<Entry> &entries()
{
    static QList<Entry> list;
    return list;
}

} // namespace

std::shared_ptr<ChangeFeed> sharedChangeFeed(const DatabasePtr &db)
{
    if (!db)
        return {};
    QList<Entry> &list = entries();
    list.removeIf([](const Entry &e) { return e.db.expired() || e.feed.expired(); });
    for (const Entry &e : list) {
        if (e.db.lock() == db)
            return e.feed.lock();
    }
    std::shared_ptr<ChangeFeed> feed(ChangeFeed::create(*db));
    list.append(Entry { db, feed });
    return feed;
}

} // namespace loket::ui
