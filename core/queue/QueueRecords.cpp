// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueRecords.h"

#include "core/auth/AuditLog.h"
#include "core/queue/TicketStore.h"

namespace loket {

QueueRecords::QueueRecords(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<Ticket>> QueueRecords::tickets(const Actor &actor, QDate from, QDate to, qint64 serviceId,
                                            int limit) const
{
    if (Status allowed = AuditLog(m_db).require(actor, Permission::ViewReports, QStringLiteral("stats.read")); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput, tr("Give a valid period: its first day on or before its last."));
    // The range walks the index on (service_day, …).
    QString condition = QStringLiteral("t.service_day BETWEEN ? AND ?");
    QVariantList binds {from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (serviceId != 0) {
        condition += QStringLiteral(" AND t.service_id = ?");
        binds << serviceId;
    }
    return TicketStore(*m_db).select(condition, binds, QStringLiteral("t.issued_at, t.id"), limit);
}

} // namespace loket
