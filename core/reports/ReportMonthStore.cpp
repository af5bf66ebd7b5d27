// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ReportMonthStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {

namespace {

// Bumped whenever the encoded shape changes: an older row is then recomputed.
constexpr int kFormat = 1;

QJsonArray durations(const DurationSummary &d)
{
    return QJsonArray {d.count, double(d.medianMs), double(d.p90Ms)};
}

DurationSummary durations(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    DurationSummary d;
    d.count = a.at(0).toInt();
    d.medianMs = qint64(a.at(1).toDouble());
    d.p90Ms = qint64(a.at(2).toDouble());
    return d;
}

QJsonArray figures(const QueueFigures &f)
{
    return QJsonArray {f.issued, f.served, f.noShow, f.cancelled, f.expired, f.priorityServed, f.withTarget,
                       f.withinTarget, durations(f.wait), durations(f.walk), durations(f.service),
                       durations(f.total)};
}

QueueFigures figures(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    QueueFigures f;
    f.issued = a.at(0).toInt();
    f.served = a.at(1).toInt();
    f.noShow = a.at(2).toInt();
    f.cancelled = a.at(3).toInt();
    f.expired = a.at(4).toInt();
    f.priorityServed = a.at(5).toInt();
    f.withTarget = a.at(6).toInt();
    f.withinTarget = a.at(7).toInt();
    f.wait = durations(a.at(8));
    f.walk = durations(a.at(9));
    f.service = durations(a.at(10));
    f.total = durations(a.at(11));
    return f;
}

QJsonArray groups(const QList<QueueGroupFigures> &list)
{
    QJsonArray a;
    for (const QueueGroupFigures &g : list)
        a.append(QJsonArray {g.key, g.label, figures(g.figures)});
    return a;
}

QList<QueueGroupFigures> groups(const QJsonValue &v)
{
    QList<QueueGroupFigures> list;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonArray a = e.toArray();
        list << QueueGroupFigures {a.at(0).toString(), a.at(1).toString(), figures(a.at(2))};
    }
    return list;
}

} // namespace

ReportMonthStore::ReportMonthStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

QByteArray ReportMonthStore::encode(const ReportTickets &t)
{
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("overall")] = figures(t.overall);
    QJsonArray services;
    for (const ReportService &s : t.services)
        services.append(QJsonArray {double(s.id), s.code, s.name, s.targetMinutes, s.targetFromStandard,
                                    figures(s.figures)});
    o[QStringLiteral("services")] = services;
    o[QStringLiteral("counters")] = groups(t.byCounter);
    o[QStringLiteral("officers")] = groups(t.byOfficer);
    o[QStringLiteral("days")] = groups(t.byDay);
    o[QStringLiteral("priority")] = groups(t.byPriorityReason);
    QJsonArray heat;
    for (const auto &day : t.issuedByWeekdayHour)
        for (int n : day)
            heat.append(n);
    o[QStringLiteral("heat")] = heat;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ReportTickets> ReportMonthStore::decode(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    ReportTickets t;
    t.overall = figures(o.value(QStringLiteral("overall")));
    for (const QJsonValue &e : o.value(QStringLiteral("services")).toArray()) {
        const QJsonArray a = e.toArray();
        ReportService s;
        s.id = qint64(a.at(0).toDouble());
        s.code = a.at(1).toString();
        s.name = a.at(2).toString();
        s.targetMinutes = a.at(3).toInt();
        s.targetFromStandard = a.at(4).toBool();
        s.figures = figures(a.at(5));
        t.services << s;
    }
    t.byCounter = groups(o.value(QStringLiteral("counters")));
    t.byOfficer = groups(o.value(QStringLiteral("officers")));
    t.byDay = groups(o.value(QStringLiteral("days")));
    t.byPriorityReason = groups(o.value(QStringLiteral("priority")));
    const QJsonArray heat = o.value(QStringLiteral("heat")).toArray();
    if (heat.size() != 7 * 24)
        return std::nullopt;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            t.issuedByWeekdayHour[d][h] = heat.at(d * 24 + h).toInt();
    return t;
}

Result<std::optional<ReportTickets>> ReportMonthStore::load(QDate month) const
{
    auto text = rows().load(reportMonthCode(month), tr("reading the stored figures of a finished month"));
    if (!text)
        return text.error();
    if (!text->has_value())
        return std::optional<ReportTickets> {};
    return decode(text->value());
}

Status ReportMonthStore::reserve(QDate month, qint64 nowMs) const
{
    return rows().reserve(reportMonthCode(month), nowMs, tr("storing the figures of a finished month"));
}

Result<bool> ReportMonthStore::fill(QDate month, const ReportTickets &tickets, qint64 nowMs) const
{
    return rows().fill(reportMonthCode(month), encode(tickets), nowMs, tr("storing the figures of a finished month"));
}

MonthRows ReportMonthStore::rows() const
{
    return MonthRows(m_db, QStringLiteral("report_months"), QStringLiteral("figures"));
}

} // namespace loket
