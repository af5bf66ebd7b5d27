// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintReport.h"

#include "core/catalog/CalendarRepository.h"
#include "core/complaints/Complaint.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace loket {

namespace {

// The month's complaints with their current status (a range on the
// complaints_received index, the status by its primary key).
const QString kJoin = QStringLiteral(" FROM complaints c LEFT JOIN complaint_status s ON s.complaint_id = c.id ");
const QString kWhere = QStringLiteral(" WHERE c.received_at >= :from AND c.received_at < :to ");
const QString kFrom = kJoin + kWhere;

struct Range {
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

template <typename E>
QList<ReportCount> everyCode(const QList<E> &values, QString (*code)(E), QString (*name)(E),
                             const QHash<QString, qint64> &counts)
{
    QList<ReportCount> out;
    for (E v : values)
        out << ReportCount {code(v), name(v), counts.value(code(v))};
    return out;
}

} // namespace

QString responseBucketSql()
{
    const qint64 day = 24LL * 3600 * 1000;
    return QStringLiteral("CASE WHEN s.responded_at IS NULL THEN 'none' "
                          "WHEN s.responded_at - c.received_at <= %1 THEN 'le_1d' "
                          "WHEN s.responded_at - c.received_at <= %2 THEN 'le_3d' "
                          "WHEN s.responded_at - c.received_at <= %3 THEN 'le_5d' "
                          "WHEN s.responded_at - c.received_at <= %4 THEN 'le_7d' "
                          "WHEN s.responded_at - c.received_at <= %5 THEN 'le_14d' ELSE 'more' END")
        .arg(day)
        .arg(3 * day)
        .arg(5 * day)
        .arg(7 * day)
        .arg(14 * day);
}

ComplaintReport::ComplaintReport(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

QString ComplaintReport::monthName(QDate month)
{
    return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : QString();
}

Result<ComplaintMonthReport> ComplaintReport::month(const Actor &actor, QDate firstOfMonth) const
{
    const QString monthCode = firstOfMonth.isValid() ? firstOfMonth.toString(QStringLiteral("yyyy-MM")) : QString();
    if (!actor.can(Permission::ViewReports) && !actor.can(Permission::ManageComplaints)) {
        if (Status s = m_audit.require(actor, Permission::ViewReports, QStringLiteral("complaint.report"),
                                       QStringLiteral("complaint"), monthCode);
            !s)
            return s.error();
    }
    if (!firstOfMonth.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the month of the report (for example 2026-12)."));
    auto time = CalendarRepository(m_db).officeTime();
    if (!time)
        return time.error();
    const OfficeTime office = time.value();

    ComplaintMonthReport r;
    r.month = QDate(firstOfMonth.year(), firstOfMonth.month(), 1);
    r.asOf = office.localDateOfMs(m_clock.nowMs());
    if (r.month > r.asOf)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has not begun yet: a report can be made for this month or an earlier one.")
                             .arg(monthName(r.month)));
    const Range range {office.dayStartUtcMs(r.month), office.dayStartUtcMs(r.month.addMonths(1))};
    const QString today = r.asOf.toString(Qt::ISODate);
    const int offset = office.offsetSeconds();

    auto run = [&](const QString &sql, const std::function<void(QSqlQuery &)> &row) -> Status {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return m_db->sqlError(q.lastError(), tr("making the complaint report"));
        q.bindValue(QStringLiteral(":from"), range.fromMs);
        q.bindValue(QStringLiteral(":to"), range.toMs);
        if (sql.contains(QLatin1String(":today")))
            q.bindValue(QStringLiteral(":today"), today);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("making the complaint report"));
        while (q.next())
            row(q);
        return {};
    };
    auto countsBy = [&](const QString &column, QHash<QString, qint64> &out) -> Status {
        return run(QStringLiteral("SELECT %1, count(*)").arg(column) + kFrom + QStringLiteral("GROUP BY 1"),
                   [&](QSqlQuery &q) { out.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    };

    QHash<QString, qint64> channels, types, tiers, states, buckets;
    for (auto [column, out] : {std::pair {QStringLiteral("c.channel"), &channels}, {QStringLiteral("c.type"), &types},
             {QStringLiteral("c.tier"), &tiers}, {QStringLiteral("COALESCE(s.state, 'received')"), &states}}) {
        if (Status s = countsBy(column, *out); !s)
            return s.error();
    }
    r.byChannel = everyCode(allChannels(), &channelCode, &channelName, channels);
    r.byType = everyCode(allTypes(), &typeCode, &typeName, types);
    r.byTier = everyCode(allTiers(), &tierCode, &tierName, tiers);
    r.byState = everyCode(allStates(), &stateCode, &stateName, states);
    for (const ReportCount &c : r.byChannel)
        r.received += c.count;
    for (ComplaintState st : allStates()) {
        if (!isOpen(st))
            r.completed += states.value(stateCode(st));
    }

    // The services named, most complaints first; those naming none last.
    qint64 noService = 0;
    if (Status s = run(QStringLiteral("SELECT c.service_id, sv.code, sv.name, count(*) AS n") + kJoin
                           + QStringLiteral("LEFT JOIN services sv ON sv.id = c.service_id") + kWhere
                           + QStringLiteral("GROUP BY c.service_id, sv.code, sv.name ORDER BY n DESC, sv.name"),
                       [&](QSqlQuery &q) {
                           if (q.value(0).isNull())
                               noService = q.value(3).toLongLong();
                           else
                               r.byService << ReportCount {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
                       });
        !s)
        return s.error();
    if (noService > 0)
        r.byService << ReportCount {QString(), tr("No service named"), noService};

    // The first response on the evaluators' scale (multiples of 24 hours).
    if (Status s = countsBy(responseBucketSql(), buckets); !s)
        return s.error();
    for (const auto &[code, label] : {std::pair {"le_1d", QT_TR_NOOP("up to 1 × 24 hours")},
             {"le_3d", QT_TR_NOOP("up to 3 × 24 hours")}, {"le_5d", QT_TR_NOOP("up to 5 × 24 hours")},
             {"le_7d", QT_TR_NOOP("up to 7 × 24 hours")}, {"le_14d", QT_TR_NOOP("up to 14 × 24 hours")},
             {"more", QT_TR_NOOP("more than 14 × 24 hours")}, {"none", QT_TR_NOOP("not answered yet")}}) {
        r.responseTime << ReportCount {QLatin1String(code), tr(label), buckets.value(QLatin1String(code))};
    }

    // Each deadline: met in time or late (the office-local day it was met
    // against its due day), missed and still open, pending, not needed.
    // The clock stands still while the complaint waits for the complainant,
    // so a waiting complaint is pending, as in the work lists.
    auto localDay = [&](const QString &ms) { return m_db->localDaySql(ms, offset); };
    QStringList sums;
    const std::pair<const char *, const char *> kinds[] = {
        {"verify_due", "verified_at"}, {"follow_up_due", "first_follow_up_at"}, {"settle_due", "responded_at"}};
    for (const auto &[due, met] : kinds) {
        const QString d = QStringLiteral("s.") + QLatin1String(due), m = QStringLiteral("s.") + QLatin1String(met);
        sums << QStringLiteral("count(*) FILTER (WHERE %1 IS NOT NULL AND %2 <= %3)").arg(m, localDay(m), d)
             << QStringLiteral("count(*) FILTER (WHERE %1 IS NOT NULL AND %2 > %3)").arg(m, localDay(m), d)
             << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL AND s.open = TRUE AND s.state <> 'waiting' AND %2 < :today)").arg(m, d)
             << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL AND s.open = TRUE AND NOT (s.state <> 'waiting' AND %2 < :today))").arg(m, d)
             << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL AND s.open = FALSE)").arg(m);
    }
    QList<qint64> figures;
    if (Status s = run(QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) + kFrom,
                       [&](QSqlQuery &q) {
                           for (int i = 0; i < sums.size(); ++i)
                               figures << q.value(i).toLongLong();
                       });
        !s)
        return s.error();
    const std::pair<const char *, const char *> labels[] = {{"verify", QT_TR_NOOP("Verification")},
        {"first_follow_up", QT_TR_NOOP("First follow-up")}, {"settle", QT_TR_NOOP("Settlement")}};
    for (int k = 0; k < 3; ++k) {
        auto at = [&](int i) { return figures.value(k * 5 + i); };
        r.deadlines << ReportDeadline {QLatin1String(labels[k].first), tr(labels[k].second), at(0), at(1), at(2), at(3), at(4)};
    }
    r.overdueAnsweredLate = r.deadlines.at(2).metLate;
    r.overdueOpen = r.deadlines.at(2).missedOpen;

    // The supervisor making the report signs it.
    if (actor.isUser() && actor.role == Role::Supervisor) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT full_name, nip FROM users WHERE id = ?"));
        q.addBindValue(actor.userId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("making the complaint report"));
        if (q.next()) {
            r.signerName = q.value(0).toString();
            r.signerNip = q.value(1).toString();
        }
    }

    if (Status s = m_audit.record(actor, QStringLiteral("complaint.report"), QStringLiteral("complaint"), monthCode); !s)
        return s.error();
    return r;
}

} // namespace loket
