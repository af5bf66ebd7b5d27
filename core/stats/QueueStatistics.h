// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace loket {

// Median and 90th percentile of a set of durations, by the nearest-rank
// method: the p-th percentile of n sorted values is the value at rank
// ceil(p/100 · n) (1-based). The result is always a duration that occurred;
// for an even count the median is the lower of the two middle values.
struct DurationSummary {
    int count = 0;
    qint64 medianMs = 0; // meaningless when count is 0
    qint64 p90Ms = 0;
};

// Figures for one group of tickets (the whole range, one service, one day, …).
struct QueueFigures {
    int issued = 0; // tickets in the group, whatever became of them
    int served = 0; // status done
    int noShow = 0;
    int cancelled = 0;
    int expired = 0;
    int priorityServed = 0; // served with a priority reason (lansia, disabilitas, …)
    int withTarget = 0; // served tickets whose service had a time target that day
    int withinTarget = 0; // … of which the measured time was at most the target

    DurationSummary wait; // issued → first call (every called ticket)
    DurationSummary walk; // first call → start of service
    DurationSummary service; // start → end (served tickets)
    DurationSummary total; // issued → end (served tickets)

    // No-shows among the tickets that were called and closed: noShow / (served + noShow).
    std::optional<double> noShowRate() const;
    // withinTarget / withTarget.
    std::optional<double> withinTargetShare() const;
};

struct QueueGroupFigures {
    QString key; // service, counter or officer id; "YYYY-MM-DD"; or the hour "08"
    QString label; // service name, counter name, officer's full name, the date, or "08.00"
    QueueFigures figures;
};

struct QueueStatisticsReport {
    QDate from;
    QDate to;
    QueueFigures overall;
    QList<QueueGroupFigures> byService; // the service a ticket ended in (after transfers); catalogue order
    QList<QueueGroupFigures> byCounter; // called tickets only; by counter number
    QList<QueueGroupFigures> byOfficer; // called tickets only; by name
    QList<QueueGroupFigures> byDay; // office-local service day; days without tickets are left out
    QList<QueueGroupFigures> byHour; // office-local hour of issue; hours without tickets are left out
    // Tickets with a priority reason (lansia, disabilitas, …), by reason: key
    // the reason's code, label its name; in the reasons' order.
    QList<QueueGroupFigures> byPriorityReason;
    // Tickets issued by office-local weekday and hour of issue (the heat map):
    // [0] is Monday … [6] Sunday.
    std::array<std::array<int, 24>, 7> issuedByWeekdayHour {};
};

// The service-time target of a service on a day, in minutes; nullopt when
// there is none (the ticket then does not count towards the share). The
// standards module supplies the standard in force on that day; the default
// reads services.target_minutes.
using ServiceTargetFunction = std::function<std::optional<int>(qint64 serviceId, QDate day)>;

// What is compared with the target. The standard's "jangka waktu pelayanan"
// usually runs from the moment the officer takes the documents, so service
// time is the default; some offices promise the whole visit instead.
enum class TargetMeasure { ServiceTime, TotalTime };

struct QueueStatisticsOptions {
    ServiceTargetFunction target; // empty: services.target_minutes
    TargetMeasure measure = TargetMeasure::ServiceTime;
};

// Queue figures over a range of office-local days, for the dashboard, the
// monthly report and "loketctl stats". Reads the tickets of the range once
// (durations and hour of day are computed by SQL) and groups them in memory:
// percentiles need every value of a group anyway, and one scan serves all
// five groupings; a year of a busy office (~100k tickets) takes well under a second.
class QueueStatistics
{
    Q_DECLARE_TR_FUNCTIONS(QueueStatistics)
public:
    explicit QueueStatistics(DatabasePtr db);

    // Needs Permission::ViewReports. `from` and `to` are both included.
    Result<QueueStatisticsReport> compute(
        const Actor &actor, QDate from, QDate to, const QueueStatisticsOptions &options = {}) const;

    // Targets from services.target_minutes, read once.
    Result<ServiceTargetFunction> serviceTableTargets() const;

    // Nearest-rank percentile (see DurationSummary) of ascending values; 0 when empty.
    static qint64 nearestRank(const std::vector<qint64> &sorted, int percent);

private:
    DatabasePtr m_db;
};

} // namespace loket
