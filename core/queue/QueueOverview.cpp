// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueOverview.h"

#include "core/queue/QueueReader.h"
#include "core/queue/TicketStore.h"

#include <QSqlQuery>

namespace loket {

int QueueOverview::servedToday() const
{
    int total = 0;
    for (int n : servedByService)
        total += n;
    return total;
}

std::optional<QDateTime> QueueOverview::longestWaitingSince(qint64 serviceId) const
{
    // `waiting` is in arrival order: the first one of the service waited longest.
    for (const Ticket &t : waiting) {
        if (t.serviceId == serviceId)
            return t.issuedAt;
    }
    return std::nullopt;
}

Result<QueueOverview> QueueOverview::read(
    const DatabasePtr &db, const Clock &clock, const QueueSnapshotOptions &options)
{
    QueueOverview o;
    // Plain reads, no transaction: a write lock would hold up the counters, and
    // a change landing between two reads is followed by a change notice anyway.
    auto snap = QueueReader(db, clock).snapshot(options);
    if (!snap)
        return snap.error();
    o.snapshot = snap.value();
    const QString day = o.snapshot.day.toString(Qt::ISODate);
    auto waiting = TicketStore(*db).select(QStringLiteral("t.service_day = ? AND t.status = 'waiting'"), { day });
    if (!waiting)
        return waiting.error();
    o.waiting = waiting.value();

    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT service_id, counter_id, count(*) FROM tickets "
                             "WHERE service_day = ? AND status = 'done' GROUP BY service_id, counter_id"));
    q.addBindValue(day);
    if (!q.exec())
        return db->sqlError(q.lastError(), QCoreApplication::translate("loket", "counting today's served tickets"));
    while (q.next()) {
        const int n = q.value(2).toInt();
        o.servedByService[q.value(0).toLongLong()] += n;
        if (!q.value(1).isNull())
            o.servedByCounter[q.value(1).toLongLong()] += n;
    }
    return o;
}

} // namespace loket
