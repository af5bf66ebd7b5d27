// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/queue/Ticket.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace loket {

// The tickets behind a report's figure (the dashboard's click-through): the
// tickets of a range of office-local service days, optionally of one service
// (the service a ticket ended in, as QueueStatistics groups them), by arrival.
// Needs Permission::ViewReports (refusal audited, "stats.read").
class QueueRecords
{
    Q_DECLARE_TR_FUNCTIONS(QueueRecords)
public:
    explicit QueueRecords(DatabasePtr db);

    // `from` and `to` both included; serviceId 0: every service. At most `limit` rows.
    Result<QList<Ticket>> tickets(const Actor &actor, QDate from, QDate to, qint64 serviceId = 0,
                                  int limit = 5000) const;

private:
    DatabasePtr m_db;
};

} // namespace loket
