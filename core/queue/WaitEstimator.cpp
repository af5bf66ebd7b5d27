// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/WaitEstimator.h"

#include "core/common/WaitText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace loket {

QString WaitEstimate::text() const
{
    return minutes ? waitText(*minutes) : QString();
}

double WaitEstimator::typicalMinutes(const QList<qint64> &durationsMs, int targetMinutes)
{
    QList<double> d;
    d.reserve(qMax<qsizetype>(durationsMs.size(), minSamples));
    for (qint64 ms : durationsMs)
        d << double(qMax<qint64>(0, ms)) / 60000.0;
    while (d.size() < minSamples)
        d << double(qMax(0, targetMinutes));
    std::sort(d.begin(), d.end());
    const qsizetype n = d.size();
    return n % 2 ? d.at(n / 2) : (d.at(n / 2 - 1) + d.at(n / 2)) / 2.0;
}

WaitEstimate WaitEstimator::estimate(int peopleAhead, double serviceMinutes, int openCounters)
{
    WaitEstimate e;
    e.peopleAhead = qMax(0, peopleAhead);
    e.position = e.peopleAhead + 1;
    e.serviceMinutes = qMax(0.0, serviceMinutes);
    e.openCounters = qMax(0, openCounters);
    if (e.openCounters > 0) {
        e.exactMinutes = e.peopleAhead * e.serviceMinutes / e.openCounters;
        e.minutes = roundWaitMinutes(e.exactMinutes);
    }
    return e;
}

QString WaitEstimator::recentDurationsSql()
{
    // "status || ''" (an expression, not the column): the (status, day) index would
    // walk every service's tickets; the (service, day, status) one walks only this
    // service's. (SQLite's unary "+status" says the same, but only SQLite has it.)
    return QStringLiteral("SELECT service_day, finished_at - started_at FROM tickets "
                          "WHERE service_id = ? AND service_day <= ? AND service_day >= ? AND status || '' = 'done' "
                          "AND started_at IS NOT NULL AND finished_at IS NOT NULL "
                          "ORDER BY service_day DESC LIMIT ?");
}

Result<QList<qint64>> WaitEstimator::recentDurations(const Database &db, qint64 serviceId, QDate day)
{
    // tickets_service_day_status (service_id, service_day, status) gives the
    // rows newest day first without a sort; the LIMIT and the day bound keep
    // the walk short whatever the history's length.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(recentDurationsSql());
    q.addBindValue(serviceId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.addDays(-lookbackDays).toString(Qt::ISODate));
    q.addBindValue(maxSamples);
    if (!q.exec())
        return db.sqlError(q.lastError(), QCoreApplication::translate("loket", "reading the recent service times"));
    QList<qint64> out;
    QString lastDay;
    int days = 0;
    while (q.next()) {
        const QString d = q.value(0).toString();
        if (d != lastDay) {
            if (++days > historyDays)
                break;
            lastDay = d;
        }
        out << qMax<qint64>(0, q.value(1).toLongLong());
    }
    return out;
}

} // namespace loket
