// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/QueueStatistics.h"

#include "core/auth/AuditLog.h"
#include "core/common/OfficeTime.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <map>

namespace loket {

namespace {

constexpr qint64 kNone = -1; // an interval that did not happen (never called, not started, …)

enum class TicketState : quint8 { Other, Done, NoShow, Cancelled, Expired };

// One ticket, reduced to what the figures need.
struct Row {
    qint64 serviceId = 0;
    qint64 counterId = 0; // 0: never called
    qint64 officerId = 0;
    int day = 0; // index into the list of distinct days
    int hour = 0; // office-local hour of issue
    TicketState status = TicketState::Other;
    bool priority = false;
    qint64 priorityReasonId = 0;
    qint64 waitMs = kNone;
    qint64 walkMs = kNone;
    qint64 serviceMs = kNone;
    qint64 totalMs = kNone;
};

// NULL stays "did not happen"; a negative interval (the clocks of two PCs
// disagreeing) counts as zero rather than vanishing from the counts.
qint64 interval(const QVariant &v)
{
    return v.isNull() ? kNone : std::max<qint64>(0, v.toLongLong());
}

DurationSummary summarise(std::vector<qint64> &values)
{
    DurationSummary s;
    s.count = int(values.size());
    if (values.empty())
        return s;
    // Two selections instead of a sort (a month has every group's values to
    // rank): the value at each nearest rank, as nearestRank() defines it.
    const qint64 n = qint64(values.size());
    auto rankOf = [n](int percent) { return std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n) - 1; };
    const auto p90 = values.begin() + rankOf(90);
    std::nth_element(values.begin(), p90, values.end());
    s.p90Ms = *p90;
    const auto median = values.begin() + rankOf(50);
    std::nth_element(values.begin(), median, p90 + 1);
    s.medianMs = *median;
    return s;
}

class FiguresBuilder
{
public:
    FiguresBuilder(const std::vector<Row> &rows, const std::vector<QDate> &days, const ServiceTargetFunction &target,
        TargetMeasure measure)
        : m_rows(rows)
        , m_days(days)
        , m_target(target)
        , m_measure(measure)
    { }

    // The figures of the rows at `indexes`, or of every row when it is null.
    QueueFigures build(const std::vector<int> *indexes) const
    {
        QueueFigures f;
        std::vector<qint64> wait, walk, service, total;
        const size_t n = indexes ? indexes->size() : m_rows.size();
        for (std::vector<qint64> *v : { &wait, &walk, &service, &total })
            v->reserve(n);
        auto add = [&](const Row &r) {
            ++f.issued;
            switch (r.status) {
            case TicketState::Done:
                ++f.served;
                break;
            case TicketState::NoShow:
                ++f.noShow;
                break;
            case TicketState::Cancelled:
                ++f.cancelled;
                break;
            case TicketState::Expired:
                ++f.expired;
                break;
            case TicketState::Other:
                break;
            }
            if (r.waitMs != kNone)
                wait.push_back(r.waitMs);
            if (r.walkMs != kNone)
                walk.push_back(r.walkMs);
            if (r.status != TicketState::Done)
                return;
            if (r.priority)
                ++f.priorityServed;
            if (r.serviceMs != kNone)
                service.push_back(r.serviceMs);
            if (r.totalMs != kNone)
                total.push_back(r.totalMs);
            const qint64 measured = m_measure == TargetMeasure::ServiceTime ? r.serviceMs : r.totalMs;
            if (measured == kNone)
                return;
            if (const std::optional<int> minutes = targetOf(r); minutes) {
                ++f.withTarget;
                if (measured <= qint64(*minutes) * 60000)
                    ++f.withinTarget;
            }
        };
        if (indexes) {
            for (int i : *indexes)
                add(m_rows[size_t(i)]);
        } else {
            for (const Row &r : m_rows)
                add(r);
        }
        f.wait = summarise(wait);
        f.walk = summarise(walk);
        f.service = summarise(service);
        f.total = summarise(total);
        return f;
    }

private:
    // The target function may be costly (a standard looked up by date), so it
    // is asked once per service and day.
    std::optional<int> targetOf(const Row &r) const
    {
        const auto key = std::pair(r.serviceId, r.day);
        auto it = m_targetCache.find(key);
        if (it == m_targetCache.end())
            it = m_targetCache.emplace(key, m_target(r.serviceId, m_days[size_t(r.day)])).first;
        return it->second;
    }

    const std::vector<Row> &m_rows;
    const std::vector<QDate> &m_days;
    const ServiceTargetFunction &m_target;
    TargetMeasure m_measure;
    mutable std::map<std::pair<qint64, int>, std::optional<int>> m_targetCache;
};

} // namespace

std::optional<double> QueueFigures::noShowRate() const
{
    if (served + noShow == 0)
        return std::nullopt;
    return double(noShow) / double(served + noShow);
}

std::optional<double> QueueFigures::withinTargetShare() const
{
    if (withTarget == 0)
        return std::nullopt;
    return double(withinTarget) / double(withTarget);
}

QueueStatistics::QueueStatistics(DatabasePtr db)
    : m_db(std::move(db))
{ }

qint64 QueueStatistics::nearestRank(const std::vector<qint64> &sorted, int percent)
{
    if (sorted.empty())
        return 0;
    const qint64 n = qint64(sorted.size());
    const qint64 rank = std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n); // ceil(p·n/100)
    return sorted[size_t(rank - 1)];
}

Result<ServiceTargetFunction> QueueStatistics::serviceTableTargets() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, target_minutes FROM services")))
        return m_db->sqlError(q.lastError(), tr("reading the service time targets"));
    QHash<qint64, int> targets;
    while (q.next()) {
        if (!q.value(1).isNull() && q.value(1).toInt() > 0)
            targets.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return ServiceTargetFunction([targets](qint64 serviceId, QDate) -> std::optional<int> {
        const auto it = targets.constFind(serviceId);
        if (it == targets.constEnd())
            return std::nullopt;
        return *it;
    });
}

Result<QueueStatisticsReport> QueueStatistics::compute(
    const Actor &actor, QDate from, QDate to, const QueueStatisticsOptions &options) const
{
    if (Status allowed = AuditLog(m_db).require(actor, Permission::ViewReports, QStringLiteral("stats.read")); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give both the first and the last day of the period."));
    if (from > to) {
        return makeError(ErrorCode::InvalidInput,
            tr("The period starts (%1) after it ends (%2). Swap the two dates.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }

    ServiceTargetFunction target = options.target;
    if (!target) {
        auto fromTable = serviceTableTargets();
        if (!fromTable)
            return fromTable.error();
        target = fromTable.value();
    }

    QSqlDatabase c = m_db->connection();
    QSqlQuery q(c);
    q.setForwardOnly(true);

    int offsetSeconds = OfficeTime::offsetSeconds(OfficeTimeZone::WIB);
    if (!q.exec(QStringLiteral("SELECT time_zone FROM office WHERE id = 1")))
        return m_db->sqlError(q.lastError(), tr("reading the office's time zone"));
    if (q.next())
        offsetSeconds
            = OfficeTime::offsetSeconds(OfficeTime::zoneFromCode(q.value(0).toString()).value_or(OfficeTimeZone::WIB));
    q.finish();

    // The range condition uses the index on (service_day, status).
    q.prepare(
        QStringLiteral("SELECT service_day, service_id, coalesce(counter_id, 0), coalesce(officer_id, 0), "
                       "  CASE status WHEN 'done' THEN 1 WHEN 'no_show' THEN 2 WHEN 'cancelled' THEN 3 "
                       "    WHEN 'expired' THEN 4 ELSE 0 END, "
                       "  coalesce(priority_reason_id, 0), "
                       "  ((issued_at / 1000 + ?) % 86400) / 3600, "
                       "  first_called_at - issued_at, started_at - first_called_at, finished_at - started_at, "
                       "  CASE WHEN finished_at IS NULL THEN NULL ELSE finished_at - issued_at END "
                       "FROM tickets WHERE service_day BETWEEN ? AND ?"));
    q.addBindValue(offsetSeconds);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the tickets of the period"));

    std::vector<Row> rows;
    std::vector<QDate> days;
    QHash<QString, int> dayIndex;
    QString lastDay;
    int lastDayIndex = 0;
    while (q.next()) {
        Row r;
        // The index gives the rows day by day: look a day up only when it changes.
        const QString day = q.value(0).toString();
        if (day != lastDay) {
            auto d = dayIndex.constFind(day);
            if (d == dayIndex.constEnd()) {
                d = dayIndex.insert(day, int(days.size()));
                days.push_back(QDate::fromString(day, Qt::ISODate));
            }
            lastDay = day;
            lastDayIndex = *d;
        }
        r.day = lastDayIndex;
        r.serviceId = q.value(1).toLongLong();
        r.counterId = q.value(2).toLongLong();
        r.officerId = q.value(3).toLongLong();
        static constexpr TicketState kStates[] = { TicketState::Other, TicketState::Done, TicketState::NoShow,
            TicketState::Cancelled, TicketState::Expired };
        const int state = q.value(4).toInt();
        r.status = state >= 0 && state <= 4 ? kStates[state] : TicketState::Other;
        r.priorityReasonId = q.value(5).toLongLong();
        r.priority = r.priorityReasonId != 0;
        r.hour = q.value(6).toInt();
        r.waitMs = interval(q.value(7));
        r.walkMs = interval(q.value(8));
        r.serviceMs = interval(q.value(9));
        r.totalMs = interval(q.value(10));
        rows.push_back(r);
    }
    q.finish();

    // Names and catalogue order of the services, counters and officers.
    struct Named {
        QString name;
        int order = 0;
    };
    auto readNames = [&](const QString &sql, QHash<qint64, Named> &into) -> Status {
        QSqlQuery n(c);
        n.setForwardOnly(true);
        if (!n.exec(sql))
            return m_db->sqlError(n.lastError(), tr("reading the names for the queue figures"));
        int order = 0;
        while (n.next())
            into.insert(n.value(0).toLongLong(), Named { n.value(1).toString(), order++ });
        return {};
    };
    QHash<qint64, Named> services, counters, officers, reasons;
    if (Status s = readNames(QStringLiteral("SELECT id, name FROM services ORDER BY sort_order, name, id"), services);
        !s)
        return s.error();
    if (Status s = readNames(QStringLiteral("SELECT id, name FROM counters ORDER BY number, id"), counters); !s)
        return s.error();
    if (Status s
        = readNames(QStringLiteral("SELECT id, full_name FROM users ORDER BY lower(full_name), id"), officers);
        !s)
        return s.error();

    QHash<qint64, QString> reasonCodes;
    {
        QSqlQuery n(c);
        n.setForwardOnly(true);
        if (!n.exec(QStringLiteral("SELECT id, code, name FROM priority_reasons ORDER BY sort_order, id")))
            return m_db->sqlError(n.lastError(), tr("reading the names for the queue figures"));
        int order = 0;
        while (n.next()) {
            reasons.insert(n.value(0).toLongLong(), Named { n.value(2).toString(), order++ });
            reasonCodes.insert(n.value(0).toLongLong(), n.value(1).toString());
        }
    }

    const FiguresBuilder builder(rows, days, target, options.measure);
    QueueStatisticsReport report;
    report.from = from;
    report.to = to;
    report.overall = builder.build(nullptr);

    // Groups rows by an id; the groups come out in the order of `orderOf`.
    auto groupBy = [&](auto keyOf, auto orderOf, auto keyText, auto labelOf) {
        std::map<qint64, std::vector<int>> groups;
        for (int i = 0; i < int(rows.size()); ++i) {
            const qint64 key = keyOf(rows[size_t(i)]);
            if (key != 0 || !keyText(key).isEmpty())
                groups[key].push_back(i);
        }
        std::vector<std::pair<qint64, const std::vector<int> *>> ordered;
        for (const auto &[key, indexes] : groups)
            ordered.emplace_back(key, &indexes);
        std::stable_sort(ordered.begin(), ordered.end(),
            [&](const auto &a, const auto &b) { return orderOf(a.first) < orderOf(b.first); });
        QList<QueueGroupFigures> out;
        for (const auto &[key, indexes] : ordered)
            out.append(QueueGroupFigures { keyText(key), labelOf(key), builder.build(indexes) });
        return out;
    };
    auto idText = [](qint64 id) { return id == 0 ? QString() : QString::number(id); };
    auto orderIn = [](const QHash<qint64, Named> &names) {
        return [&names](qint64 id) { return names.contains(id) ? names.value(id).order : INT_MAX; };
    };
    auto nameIn = [](const QHash<qint64, Named> &names) {
        return
            [&names](qint64 id) { return names.contains(id) ? names.value(id).name : QStringLiteral("#%1").arg(id); };
    };

    report.byService = groupBy([](const Row &r) { return r.serviceId; }, orderIn(services), idText, nameIn(services));
    report.byCounter = groupBy([](const Row &r) { return r.counterId; }, orderIn(counters), idText, nameIn(counters));
    report.byOfficer = groupBy([](const Row &r) { return r.officerId; }, orderIn(officers), idText, nameIn(officers));
    report.byDay = groupBy([](const Row &r) { return qint64(r.day); }, [&](qint64 i) { return days[size_t(i)]; },
        [&](qint64 i) { return days[size_t(i)].toString(Qt::ISODate); },
        [&](qint64 i) { return days[size_t(i)].toString(Qt::ISODate); });
    report.byHour = groupBy([](const Row &r) { return qint64(r.hour); }, [](qint64 h) { return h; },
        [](qint64 h) { return QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')); },
        [](qint64 h) { return QStringLiteral("%1.00").arg(h, 2, 10, QLatin1Char('0')); });
    report.byPriorityReason = groupBy([](const Row &r) { return r.priorityReasonId; }, orderIn(reasons),
        [&](qint64 id) { return id == 0 ? QString() : reasonCodes.value(id, QString::number(id)); }, nameIn(reasons));
    for (const Row &r : rows) {
        const int weekday = days[size_t(r.day)].dayOfWeek() - 1; // Monday 0
        if (weekday >= 0 && weekday < 7 && r.hour >= 0 && r.hour < 24)
            ++report.issuedByWeekdayHour[size_t(weekday)][size_t(r.hour)];
    }
    return report;
}

} // namespace loket
