// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoHistory.h"

#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtMath>

#include <algorithm>

namespace loket::demo {

namespace {

constexpr qint64 kMinute = 60'000;

struct DayEvent {
    qint64 at;
    qint64 ticketId;
    const char *kind;
    const char *after;
    qint64 counterId;
    qint64 officerId;
};

struct Visitor {
    qint64 issuedAt = 0;
    int service = 0;        // index into input.services
    qint64 priorityReason = 0;
    qint64 calledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 counterId = 0;
    qint64 officerId = 0;
    bool noShow = false;
    bool served = false;    // taken by a counter (called)
};

double uniform(QRandomGenerator &r)
{
    return r.generateDouble();
}

double normal(QRandomGenerator &r)
{
    // Box–Muller; avoids log(0).
    const double u1 = std::max(uniform(r), 1e-12);
    const double u2 = uniform(r);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// Visitors by hour of the day: a morning peak, a lunch dip, a quiet afternoon.
struct HourWeight {
    int fromMinute;  // minutes after midnight, office-local
    int toMinute;
    double weight;
};
const HourWeight kArrivals[] = {
    {7 * 60 + 30, 8 * 60, 0.7},   {8 * 60, 9 * 60, 1.7},    {9 * 60, 10 * 60, 1.9},  {10 * 60, 11 * 60, 1.5},
    {11 * 60, 12 * 60, 1.0},      {12 * 60, 13 * 60, 0.45}, {13 * 60, 14 * 60, 0.8}, {14 * 60, 15 * 60, 0.55},
    {15 * 60, 15 * 60 + 30, 0.3},
};

double weekdayFactor(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1: return 1.25;
    case 2: return 1.08;
    case 3: return 1.0;
    case 4: return 0.95;
    case 5: return 0.78;
    default: return 0.0;
    }
}

int sampleArrivalMinute(QRandomGenerator &r)
{
    double total = 0;
    for (const HourWeight &h : kArrivals)
        total += h.weight * (h.toMinute - h.fromMinute);
    double pick = uniform(r) * total;
    for (const HourWeight &h : kArrivals) {
        const double mass = h.weight * (h.toMinute - h.fromMinute);
        if (pick < mass)
            return h.fromMinute + int(pick / h.weight);
        pick -= mass;
    }
    return 15 * 60;
}

int sampleService(const QList<ServiceSpec> &services, QRandomGenerator &r)
{
    double total = 0;
    for (const ServiceSpec &s : services)
        total += s.share;
    double pick = uniform(r) * total;
    for (int i = 0; i < services.size(); ++i) {
        if (pick < services[i].share)
            return i;
        pick -= services[i].share;
    }
    return int(services.size()) - 1;
}

qint64 sampleReason(const QList<qint64> &reasons, QRandomGenerator &r)
{
    // lansia most often, then mothers with children, then the others.
    static const double weights[] = {0.5, 0.15, 0.15, 0.2};
    double pick = uniform(r);
    for (int i = 0; i < reasons.size() && i < 4; ++i) {
        if (pick < weights[i])
            return reasons[i];
        pick -= weights[i];
    }
    return reasons.isEmpty() ? 0 : reasons.first();
}

} // namespace

Result<HistoryOutput> writeHistory(const DatabasePtr &db, const HistoryInput &in, QRandomGenerator &random)
{
    HistoryOutput out;
    QSqlDatabase c = db->connection();
    QSqlQuery ticket(c);
    ticket.prepare(QStringLiteral(
        "INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, priority_reason_id, "
        "channel, issued_at, first_called_at, last_called_at, call_count, started_at, finished_at, counter_id, "
        "officer_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'kiosk', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery event(c);
    event.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, status_after, counter_id, officer_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    auto fail = [&](const QSqlQuery &q) {
        return db->sqlError(q.lastError(), QCoreApplication::translate("loket", "writing demo history"));
    };

    int dayIndex = 0;
    for (QDate day = in.first; day <= in.last; day = day.addDays(1), ++dayIndex) {
        const double factor = weekdayFactor(day.dayOfWeek());
        if (factor == 0.0 || in.closedDays.contains(day))
            continue;
        ++out.workingDays;
        const qint64 midnightUtc = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
            - qint64(in.utcOffsetSeconds) * 1000;
        const bool isToday = day == in.last;
        const qint64 stopAt = isToday && in.nowUtcMs > 0 ? in.nowUtcMs : std::numeric_limits<qint64>::max();

        // Visitors of the day, in order of arrival.
        const int count = std::max(20, int(std::lround(140.0 * in.visitorScale * factor * (1.0 + 0.12 * normal(random)))));
        QList<Visitor> visitors;
        visitors.reserve(count);
        for (int i = 0; i < count; ++i) {
            Visitor v;
            v.issuedAt = midnightUtc + qint64(sampleArrivalMinute(random)) * kMinute + random.bounded(60) * 1000;
            v.service = sampleService(in.services, random);
            if (uniform(random) < 0.08)
                v.priorityReason = sampleReason(in.priorityReasonIds, random);
            visitors << v;
        }
        std::sort(visitors.begin(), visitors.end(),
                  [](const Visitor &a, const Visitor &b) { return a.issuedAt < b.issuedAt; });

        // Counters open at 07.30 and serve until the line is empty; officers rotate daily.
        // Which services each counter serves, as a bit per service index.
        QList<quint64> serves;
        for (const CounterSpec &counter : in.counters) {
            quint64 bits = 0;
            for (int s = 0; s < in.services.size() && s < 64; ++s) {
                if (counter.serviceIds.contains(in.services[s].id))
                    bits |= quint64(1) << s;
            }
            serves << bits;
        }
        int firstWaiting = 0; // visitors before it are all taken
        QList<qint64> freeAt;
        for (int k = 0; k < in.counters.size(); ++k)
            freeAt << midnightUtc + (7 * 60 + 30) * kMinute + random.bounded(5) * kMinute;
        for (;;) {
            int k = int(std::min_element(freeAt.begin(), freeAt.end()) - freeAt.begin());
            const qint64 t = freeAt[k];
            if (t >= stopAt || t == std::numeric_limits<qint64>::max())
                break;
            const CounterSpec &counter = in.counters[k];
            // The next visitor for this counter: priority first, then arrival order.
            int chosen = -1;
            qint64 nextArrival = std::numeric_limits<qint64>::max();
            while (firstWaiting < visitors.size() && visitors[firstWaiting].served)
                ++firstWaiting;
            for (int i = firstWaiting; i < visitors.size(); ++i) {
                const Visitor &v = visitors[i];
                if (v.served || !(serves[k] >> v.service & 1))
                    continue;
                if (v.issuedAt > t) {
                    // Visitors are in arrival order: the first later one this counter serves is the next.
                    nextArrival = v.issuedAt;
                    break;
                }
                if (chosen < 0 || (v.priorityReason && !visitors[chosen].priorityReason))
                    chosen = i;
            }
            if (chosen < 0) {
                freeAt[k] = nextArrival; // idle until someone comes
                continue;
            }
            Visitor &v = visitors[chosen];
            v.served = true;
            v.counterId = counter.id;
            v.officerId = in.officerIds.isEmpty() ? 0 : in.officerIds[(k + dayIndex) % in.officerIds.size()];
            v.calledAt = t;
            if (uniform(random) < 0.03) {
                v.noShow = true;
                v.finishedAt = t + 2 * kMinute; // recalled, then marked absent
                freeAt[k] = v.finishedAt;
                continue;
            }
            v.startedAt = t + 15'000 + random.bounded(60'000);
            const double median = in.services[v.service].targetMinutes * 0.6;
            const double minutes = std::max(1.5, median * std::exp(0.38 * normal(random)));
            v.finishedAt = v.startedAt + qint64(minutes * kMinute);
            freeAt[k] = v.finishedAt + random.bounded(20'000, 90'000);
        }

        QHash<int, int> seqByService;
        std::vector<DayEvent> dayEvents;
        for (const Visitor &v : visitors) {
            if (v.issuedAt > stopAt)
                continue;
            const ServiceSpec &s = in.services[v.service];
            const int seq = ++seqByService[v.service];
            QString status = QStringLiteral("done");
            const bool called = v.served && v.calledAt <= stopAt;
            const bool started = called && !v.noShow && v.startedAt <= stopAt;
            const bool finished = v.served && v.finishedAt <= stopAt;
            if (!called)
                status = QStringLiteral("waiting");
            else if (v.noShow)
                status = finished ? QStringLiteral("no_show") : QStringLiteral("called");
            else if (!started)
                status = QStringLiteral("called");
            else if (!finished)
                status = QStringLiteral("serving");
            ticket.addBindValue(day.toString(Qt::ISODate));
            ticket.addBindValue(s.id);
            ticket.addBindValue(seq);
            ticket.addBindValue(QStringLiteral("%1-%2").arg(s.prefix).arg(seq, 3, 10, QLatin1Char('0')));
            ticket.addBindValue(s.id);
            ticket.addBindValue(status);
            ticket.addBindValue(v.priorityReason ? QVariant(v.priorityReason) : QVariant());
            ticket.addBindValue(v.issuedAt);
            ticket.addBindValue(called ? QVariant(v.calledAt) : QVariant());
            ticket.addBindValue(called ? QVariant(v.calledAt + (v.noShow && finished ? kMinute : 0)) : QVariant());
            ticket.addBindValue(called ? (v.noShow && finished ? 2 : 1) : 0);
            ticket.addBindValue(started ? QVariant(v.startedAt) : QVariant());
            ticket.addBindValue(finished ? QVariant(v.finishedAt) : QVariant());
            ticket.addBindValue(called ? QVariant(v.counterId) : QVariant());
            ticket.addBindValue(called && v.officerId ? QVariant(v.officerId) : QVariant());
            if (!ticket.exec())
                return fail(ticket);
            const qint64 id = returnedId(ticket);
            ++out.tickets;
            if (v.priorityReason)
                ++out.priority;
            if (status == QLatin1String("waiting"))
                ++out.waitingNow;

            // Events are written after the day, in time order, as the queue writes them.
            auto addEvent = [&](qint64 at, const char *kind, const char *after, bool atCounter) {
                dayEvents.push_back(DayEvent{at, id, kind, after, atCounter ? v.counterId : 0,
                                             atCounter ? v.officerId : 0});
            };
            addEvent(v.issuedAt, "issue", "waiting", false);
            if (!called)
                continue;
            addEvent(v.calledAt, "call", "called", true);
            if (v.noShow) {
                if (finished) {
                    addEvent(v.calledAt + kMinute, "recall", "called", true);
                    addEvent(v.finishedAt, "no_show", "no_show", true);
                    ++out.noShows;
                }
                continue;
            }
            if (started)
                addEvent(v.startedAt, "start", "serving", true);
            if (finished)
                addEvent(v.finishedAt, "finish", "done", true);
        }
        std::stable_sort(dayEvents.begin(), dayEvents.end(),
                         [](const DayEvent &a, const DayEvent &b) { return a.at < b.at; });
        for (const DayEvent &e : dayEvents) {
            event.addBindValue(e.ticketId);
            event.addBindValue(e.at);
            event.addBindValue(QLatin1String(e.kind));
            event.addBindValue(QLatin1String(e.after));
            event.addBindValue(e.counterId ? QVariant(e.counterId) : QVariant());
            event.addBindValue(e.officerId ? QVariant(e.officerId) : QVariant());
            if (!event.exec())
                return fail(event);
        }
    }
    return out;
}

} // namespace loket::demo
