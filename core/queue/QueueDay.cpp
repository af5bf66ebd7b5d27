// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueService: closing the day, reading tickets, and the ordering settings.
// (The ticket's life is in QueueService.cpp.)
#include "core/queue/QueueService.h"

#include "core/queue/OfficeDay.h"
#include "core/queue/TicketStore.h"
#include "core/storage/SettingsStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace loket {

namespace {
const QString kEntity = QStringLiteral("ticket");
} // namespace

Result<int> QueueService::closeDay(const Actor &actor)
{
    if (Status allowed = m_audit.require(actor, Permission::MonitorQueue, QStringLiteral("queue.close_day")); !allowed)
        return allowed.error();
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    const qint64 now = m_clock.nowMs();
    const QDate today = office->dayOf(now);
    auto closing = OfficeDay::closingTime(*m_db, today);
    if (!closing)
        return closing.error();
    const bool afterClosing = closing->has_value() && now >= office->utcMsOf(today, **closing);
    const QString day = today.toString(Qt::ISODate);
    // Two plain conditions rather than one OR, so each uses tickets_status_day.
    const QStringList conditions = {
        QStringLiteral("status IN ('waiting', 'called', 'serving', 'held') AND service_day < ?"),
        QStringLiteral("status IN ('waiting', 'held') AND service_day = ?"),
    };
    int expired = 0;
    Status done = m_db->transaction([&]() -> Status {
        for (int i = 0; i < conditions.size(); ++i) {
            if (i == 1 && !afterClosing)
                break;
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, status_after, counter_id, "
                                     "officer_id, detail) SELECT id, ?, 'expire', 'expired', counter_id, ?, '' "
                                     "FROM tickets WHERE ")
                + conditions.at(i));
            q.addBindValue(now);
            q.addBindValue(actor.isUser() ? QVariant(actor.userId) : QVariant());
            q.addBindValue(day);
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("closing the day"));
            q.prepare(
                QStringLiteral("UPDATE tickets SET status = 'expired', finished_at = ? WHERE ") + conditions.at(i));
            q.addBindValue(now);
            q.addBindValue(day);
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("closing the day"));
            expired += q.numRowsAffected();
        }
        if (expired == 0)
            return {};
        return m_audit.record(
            actor, QStringLiteral("queue.close_day"), kEntity, {}, tr("%n ticket(s) expired", nullptr, expired));
    });
    if (!done)
        return done.error();
    return expired;
}

Result<Ticket> QueueService::ticket(qint64 id) const
{
    return TicketStore(*m_db).byId(id);
}

Result<Ticket> QueueService::findTicket(const QString &idOrNumber) const
{
    const QString ref = idOrNumber.trimmed();
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric)
        return ticket(id);
    // "A-001", "a1", "A001" all name today's A-001.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]+)-?0*([0-9]+)$"));
    const auto m = pattern.match(ref);
    if (!m.hasMatch()) {
        return makeError(
            ErrorCode::InvalidInput, tr("\"%1\" is not a ticket: give its number, such as A-001, or its id.").arg(ref));
    }
    const QString number = TicketStore::formatNumber(m.captured(1).toUpper(), m.captured(2).toInt());
    auto day = m_reader.today();
    if (!day)
        return day.error();
    auto found = TicketStore(*m_db).byNumber(day.value(), number);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no ticket %1 today.").arg(number));
    return *found.value();
}

Result<QList<TicketEvent>> QueueService::events(qint64 ticketId) const
{
    return TicketStore(*m_db).events(ticketId);
}

Result<QueueSnapshot> QueueService::snapshot(const QueueSnapshotOptions &options) const
{
    return m_reader.snapshot(options);
}

OrderingSettings QueueService::orderingSettings() const
{
    return OrderingSettings::load(SettingsStore(m_db));
}

Status QueueService::setOrderingSettings(const Actor &actor, const OrderingSettings &s)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("settings.queue_order"));
        !allowed)
        return allowed;
    if (s.maxPriorityInRow < 0 || s.maxPriorityInRow > 50) {
        return makeError(
            ErrorCode::InvalidInput, tr("The number of priority calls in a row must be between 0 (no limit) and 50."));
    }
    if (s.starvationMinutes < 0 || s.starvationMinutes > 600) {
        return makeError(ErrorCode::InvalidInput,
            tr("The longest wait before a ticket goes first must be between 0 (off) and 600 minutes."));
    }
    return m_db->transaction([&]() -> Status {
        SettingsStore store(m_db);
        if (Status st = store.setValue(QLatin1String(SettingKey::QueueMaxPriorityInRow), s.maxPriorityInRow); !st)
            return st;
        if (Status st = store.setValue(QLatin1String(SettingKey::QueueStarvationMinutes), s.starvationMinutes); !st)
            return st;
        return m_audit.record(actor, QStringLiteral("settings.queue_order"), QStringLiteral("settings"), {},
            QStringLiteral("max_priority_in_row=%1 starvation_minutes=%2")
                .arg(s.maxPriorityInRow)
                .arg(s.starvationMinutes));
    });
}

} // namespace loket
