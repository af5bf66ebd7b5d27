// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/QueueSnapshot.h"
#include "core/storage/Database.h"

#include <QHash>

#include <optional>

namespace loket {

// Today's queue as the counter screen and the supervisor's monitor show it:
// the snapshot, every waiting ticket and today's served counts, read at one
// moment. Reading needs no permission, like the snapshot.
struct QueueOverview {
    QueueSnapshot snapshot;
    QList<Ticket> waiting; // every ticket waiting today, by arrival (issuedAt, id)
    QHash<qint64, int> servedByService; // tickets done today, by the service they ended in
    QHash<qint64, int> servedByCounter; // tickets done today, by the counter that served them

    int servedToday() const;
    // The arrival of the ticket that has waited longest for the service; none when none waits.
    std::optional<QDateTime> longestWaitingSince(qint64 serviceId) const;

    static Result<QueueOverview> read(
        const DatabasePtr &db, const Clock &clock, const QueueSnapshotOptions &options = {});
};

} // namespace loket
