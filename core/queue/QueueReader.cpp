// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueReader.h"

#include "core/queue/CounterService.h"
#include "core/queue/OfficeDay.h"
#include "core/queue/TicketStore.h"
#include "core/standards/StandardTargets.h"
#include "core/storage/SettingsStore.h"

#include <QHash>
#include <QSqlQuery>

namespace loket {

namespace {

// The first event id of the day, so the newest-first scans below stop at the
// day's start instead of walking back through every earlier day. "id + 0":
// a plain min(id) makes SQLite walk the table in id order from the first
// event ever until it meets today (23 ms on five years); this way it reads
// only today's entries of the index on `at`.
const QString kFirstEventOfDay
    = QStringLiteral("(SELECT coalesce(min(id + 0), 9223372036854775807) FROM ticket_events WHERE at >= ?)");

QList<Ticket> inOrder(const QList<Ticket> &tickets, const QList<qint64> &ids)
{
    QHash<qint64, const Ticket *> byId;
    for (const Ticket &t : tickets)
        byId.insert(t.id, &t);
    QList<Ticket> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << *byId.value(id);
    return out;
}

} // namespace

QueueReader::QueueReader(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

OrderingPolicy QueueReader::policy() const
{
    return OrderingPolicy(OrderingSettings::load(SettingsStore(m_db)));
}

QList<WaitingTicket> QueueReader::asWaiting(const QList<Ticket> &tickets)
{
    QList<WaitingTicket> out;
    out.reserve(tickets.size());
    for (const Ticket &t : tickets)
        out << WaitingTicket { t.id, t.issuedAt.toMSecsSinceEpoch(), t.isPriority() };
    return out;
}

Result<QDate> QueueReader::today() const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    return office->dayOf(m_clock.nowMs());
}

Result<QList<Ticket>> QueueReader::callableTickets(qint64 counterId, QDate day) const
{
    return TicketStore(*m_db).select(
        QStringLiteral("t.service_day = ? AND t.status = 'waiting' "
                       "AND t.service_id IN (SELECT service_id FROM counter_services WHERE counter_id = ?) "
                       "AND (t.target_counter_id IS NULL OR t.target_counter_id = ?)"),
        { day.toString(Qt::ISODate), counterId, counterId });
}

Result<QList<WaitingTicket>> QueueReader::callableWaiting(qint64 counterId, QDate day) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, issued_at, priority_reason_id IS NOT NULL FROM tickets "
                             "WHERE service_day = ? AND status = 'waiting' "
                             "AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = ?) "
                             "AND (target_counter_id IS NULL OR target_counter_id = ?)"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(counterId);
    q.addBindValue(counterId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the waiting tickets"));
    QList<WaitingTicket> out;
    while (q.next())
        out << WaitingTicket { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool() };
    return out;
}

Result<CounterHistory> QueueReader::history(qint64 counterId, qint64 sinceMs, int depth) const
{
    CounterHistory h;
    if (depth <= 0)
        return h;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT t.priority_reason_id IS NOT NULL FROM ticket_events e "
                             "JOIN tickets t ON t.id = e.ticket_id "
                             "WHERE e.counter_id = ? AND e.id >= ")
        + kFirstEventOfDay + QStringLiteral(" AND e.kind IN ('call', 'call_specific') ORDER BY e.id DESC LIMIT ?"));
    q.addBindValue(counterId);
    q.addBindValue(sinceMs);
    q.addBindValue(depth);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the counter's recent calls"));
    while (q.next())
        h.recentCallsPriority << q.value(0).toBool();
    return h;
}

Result<std::optional<Ticket>> QueueReader::currentTicket(qint64 counterId) const
{
    auto day = today();
    if (!day)
        return day.error();
    auto rows = TicketStore(*m_db).select(
        QStringLiteral("t.counter_id = ? AND t.service_day = ? AND t.status IN ('called', 'serving')"),
        { counterId, day->toString(Qt::ISODate) }, QStringLiteral("t.last_called_at DESC, t.id DESC"), 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(rows->first());
}

Result<QList<Ticket>> QueueReader::waitingFor(qint64 counterId) const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    const qint64 now = m_clock.nowMs();
    const QDate day = office->dayOf(now);
    auto tickets = callableTickets(counterId, day);
    if (!tickets)
        return tickets.error();
    const OrderingPolicy p = policy();
    auto h = history(counterId, office->dayStartUtcMs(day), p.settings().maxPriorityInRow);
    if (!h)
        return h.error();
    return inOrder(tickets.value(), p.order(asWaiting(tickets.value()), h.value(), now));
}

Result<QList<RecentCall>> QueueReader::recentCalls(int limit) const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    const QDate day = office->dayOf(m_clock.nowMs());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT e.ticket_id, t.number, s.name, e.counter_id, c.number, c.name, e.at, e.kind "
                             "FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                             "JOIN services s ON s.id = t.service_id LEFT JOIN counters c ON c.id = e.counter_id "
                             "WHERE e.id >= ")
        + kFirstEventOfDay
        + QStringLiteral(" AND e.kind IN ('call', 'call_specific', 'recall', 'resume') "
                         "ORDER BY e.id DESC LIMIT ?"));
    q.addBindValue(office->dayStartUtcMs(day));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the last calls"));
    QList<RecentCall> out;
    while (q.next()) {
        RecentCall c;
        c.ticketId = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.serviceName = q.value(2).toString();
        c.counterId = q.value(3).toLongLong();
        c.counterNumber = q.value(4).toInt();
        c.counterName = q.value(5).toString();
        c.at = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        c.repeated = q.value(7).toString() == QLatin1String("recall");
        out << c;
    }
    return out;
}

Result<WaitEstimate> QueueReader::estimateIn(qint64 serviceId, QDate day, int peopleAhead) const
{
    auto durations = WaitEstimator::recentDurations(*m_db, serviceId, day);
    if (!durations)
        return durations.error();
    // The target fills in only while the history is short: no standard is read on a busy day.
    int target = 0;
    if (durations->size() < WaitEstimator::minSamples) {
        auto t = serviceTarget(m_db, serviceId, day);
        if (!t)
            return t.error();
        target = t->minutes;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM counters c JOIN counter_services cs ON cs.counter_id = c.id "
                             "WHERE cs.service_id = ? AND c.state = 'open' AND c.active = TRUE"));
    q.addBindValue(serviceId);
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("counting the open counters"));
    const int openCounters = q.value(0).toInt();
    WaitEstimate e = WaitEstimator::estimate(
        peopleAhead, WaitEstimator::typicalMinutes(durations.value(), target), openCounters);
    e.samples = int(durations->size());
    e.fromHistory = e.samples >= WaitEstimator::minSamples;
    return e;
}

Result<WaitEstimate> QueueReader::estimate(qint64 ticketId) const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    auto ticket = TicketStore(*m_db).byId(ticketId);
    if (!ticket)
        return ticket.error();
    if (ticket->status != TicketStatus::Waiting) {
        return makeError(ErrorCode::InvalidState,
            tr("Ticket %1 is %2, not waiting: it has no place in the line.")
                .arg(ticket->number, ticketStatusDisplayName(ticket->status)));
    }
    // The line of its service as one counter would call it; counters serving
    // several services make the real order vary a little.
    auto line
        = TicketStore(*m_db).select(QStringLiteral("t.service_day = ? AND t.status = 'waiting' AND t.service_id = ?"),
            { ticket->serviceDay.toString(Qt::ISODate), ticket->serviceId });
    if (!line)
        return line.error();
    const QList<qint64> order = policy().order(asWaiting(line.value()), {}, m_clock.nowMs());
    const int ahead = int(order.indexOf(ticket->id));
    return estimateIn(ticket->serviceId, ticket->serviceDay, qMax(0, ahead));
}

Result<WaitEstimate> QueueReader::estimateForNewTicket(qint64 serviceId) const
{
    auto day = today();
    if (!day)
        return day.error();
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM tickets WHERE service_day = ? AND status = 'waiting' AND service_id = ?"));
    q.addBindValue(day->toString(Qt::ISODate));
    q.addBindValue(serviceId);
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("counting the waiting tickets"));
    return estimateIn(serviceId, day.value(), q.value(0).toInt());
}

Result<QueueSnapshot> QueueReader::snapshot(const QueueSnapshotOptions &options) const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    QueueSnapshot snap;
    snap.at = m_clock.nowUtc();
    snap.day = office->dayOf(snap.at.toMSecsSinceEpoch());
    const QString day = snap.day.toString(Qt::ISODate);

    auto counters = CounterService(m_db, m_clock).counters();
    if (!counters)
        return counters.error();
    TicketStore store(*m_db);
    auto atCounters = store.select(QStringLiteral("t.service_day = ? AND t.status IN ('called', 'serving', 'held')"),
        { day }, QStringLiteral("t.last_called_at DESC, t.id DESC"));
    if (!atCounters)
        return atCounters.error();
    // Only counts are shown, so only what counting needs is read.
    struct Waiting {
        qint64 serviceId;
        qint64 targetCounterId;
        bool priority;
    };
    QList<Waiting> waiting;
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT service_id, coalesce(target_counter_id, 0), priority_reason_id IS NOT NULL "
                                 "FROM tickets WHERE service_day = ? AND status = 'waiting'"));
        q.addBindValue(day);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("counting the waiting tickets"));
        while (q.next())
            waiting << Waiting { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool() };
    }

    for (const QueueCounter &c : counters.value()) {
        CounterView v;
        v.counter = c;
        for (const Ticket &t : atCounters.value()) {
            if (t.counterId != c.id)
                continue;
            if (t.status == TicketStatus::Held)
                v.held << t;
            else if (!v.current)
                v.current = t;
        }
        for (const Waiting &t : waiting) {
            if (c.serves(t.serviceId) && (t.targetCounterId == 0 || t.targetCounterId == c.id))
                ++v.waiting;
        }
        snap.counters << v;
    }

    auto services = QueueCatalog::activeServices(*m_db);
    if (!services)
        return services.error();
    for (const QueueServiceInfo &s : services.value()) {
        ServiceQueue sq;
        sq.service = s;
        for (const Waiting &t : waiting) {
            if (t.serviceId == s.id) {
                ++sq.waiting;
                if (t.priority)
                    ++sq.priorityWaiting;
            }
        }
        for (const QueueCounter &c : counters.value()) {
            if (c.state == CounterState::Open && c.serves(s.id))
                ++sq.openCounters;
        }
        if (options.estimates) {
            auto e = estimateIn(s.id, snap.day, sq.waiting);
            if (!e)
                return e.error();
            sq.newTicket = e.value();
        }
        snap.services << sq;
    }

    auto calls = recentCalls(options.recentCalls);
    if (!calls)
        return calls.error();
    snap.recentCalls = calls.value();

    if (options.counterId > 0) {
        auto line = waitingFor(options.counterId);
        if (!line)
            return line.error();
        snap.waitingForCounter = line.value();
    }
    return snap;
}

} // namespace loket
