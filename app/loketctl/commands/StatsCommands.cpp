// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/standards/StandardTargets.h"
#include "core/stats/QueueStatistics.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &statsCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("stats"));
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject durationJson(const DurationSummary &d)
{
    return QJsonObject {
        { QStringLiteral("count"), d.count },
        { QStringLiteral("median_ms"), d.count ? QJsonValue(d.medianMs) : QJsonValue() },
        { QStringLiteral("p90_ms"), d.count ? QJsonValue(d.p90Ms) : QJsonValue() },
    };
}

QJsonObject figuresJson(const QueueFigures &f)
{
    return QJsonObject {
        { QStringLiteral("issued"), f.issued },
        { QStringLiteral("served"), f.served },
        { QStringLiteral("no_show"), f.noShow },
        { QStringLiteral("cancelled"), f.cancelled },
        { QStringLiteral("expired"), f.expired },
        { QStringLiteral("priority_served"), f.priorityServed },
        { QStringLiteral("no_show_rate"), optionalNumber(f.noShowRate()) },
        { QStringLiteral("with_target"), f.withTarget },
        { QStringLiteral("within_target"), f.withinTarget },
        { QStringLiteral("within_target_share"), optionalNumber(f.withinTargetShare()) },
        { QStringLiteral("wait"), durationJson(f.wait) },
        { QStringLiteral("walk"), durationJson(f.walk) },
        { QStringLiteral("service"), durationJson(f.service) },
        { QStringLiteral("total"), durationJson(f.total) },
    };
}

QJsonArray groupsJson(const QList<QueueGroupFigures> &groups)
{
    QJsonArray out;
    for (const QueueGroupFigures &g : groups) {
        QJsonObject o = figuresJson(g.figures);
        o.insert(QStringLiteral("key"), g.key);
        o.insert(QStringLiteral("label"), g.label);
        out.append(o);
    }
    return out;
}

QString minutes(const DurationSummary &d, qint64 DurationSummary::*field)
{
    return d.count ? decimal(double(d.*field) / 60000.0) : QStringLiteral("-");
}

QString share(const std::optional<double> &value)
{
    return value ? percent(*value) : QStringLiteral("-");
}

void printOverall(QTextStream &out, const QueueStatisticsReport &r, TargetMeasure measure)
{
    const QueueFigures &f = r.overall;
    out << QCoreApplication::translate("loketctl", "Queue statistics %1 to %2")
               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
        << "\n\n";
    out << QCoreApplication::translate("loketctl",
        "Tickets issued %1, served %2, no-show %3 (%4 of those called and closed), cancelled %5, expired %6")
               .arg(count(f.issued))
               .arg(count(f.served))
               .arg(count(f.noShow))
               .arg(share(f.noShowRate()))
               .arg(count(f.cancelled))
               .arg(count(f.expired))
        << '\n';
    out << QCoreApplication::translate(
        "loketctl", "Served with priority (lansia, disabilitas, ibu hamil, ibu dengan anak): %1")
               .arg(count(f.priorityServed))
        << '\n';
    out << (measure == TargetMeasure::ServiceTime
            ? QCoreApplication::translate(
                "loketctl", "Served within the service-time target (service time): %1 of %2 (%3)")
            : QCoreApplication::translate(
                "loketctl", "Served within the service-time target (whole visit): %1 of %2 (%3)"))
               .arg(count(f.withinTarget))
               .arg(count(f.withTarget))
               .arg(share(f.withinTargetShare()))
        << "\n\n";
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "Minutes"),
        QCoreApplication::translate("loketctl", "count"), QCoreApplication::translate("loketctl", "median"),
        QCoreApplication::translate("loketctl", "p90") } };
    const std::pair<QString, const DurationSummary *> parts[] = {
        { QCoreApplication::translate("loketctl", "Wait (issued to first call)"), &f.wait },
        { QCoreApplication::translate("loketctl", "Walk (call to start)"), &f.walk },
        { QCoreApplication::translate("loketctl", "Service (start to end)"), &f.service },
        { QCoreApplication::translate("loketctl", "Total (issued to end)"), &f.total },
    };
    for (const auto &[name, d] : parts)
        rows << QStringList { name, count(d->count), minutes(*d, &DurationSummary::medianMs),
            minutes(*d, &DurationSummary::p90Ms) };
    printTable(out, rows, Columns::NumbersRight);
}

void printGroups(QTextStream &out, const QString &title, const QString &column, const QList<QueueGroupFigures> &groups)
{
    out << '\n' << title << '\n';
    if (groups.isEmpty()) {
        out << QCoreApplication::translate("loketctl", "(no tickets)") << '\n';
        return;
    }
    QList<QStringList> rows { { column, QCoreApplication::translate("loketctl", "issued"),
        QCoreApplication::translate("loketctl", "served"), QCoreApplication::translate("loketctl", "no-show"),
        QCoreApplication::translate("loketctl", "priority"), QCoreApplication::translate("loketctl", "wait med"),
        QCoreApplication::translate("loketctl", "wait p90"), QCoreApplication::translate("loketctl", "service med"),
        QCoreApplication::translate("loketctl", "service p90"),
        QCoreApplication::translate("loketctl", "within target") } };
    for (const QueueGroupFigures &g : groups) {
        const QueueFigures &f = g.figures;
        rows << QStringList { g.label, count(f.issued), count(f.served), count(f.noShow),
            count(f.priorityServed), minutes(f.wait, &DurationSummary::medianMs),
            minutes(f.wait, &DurationSummary::p90Ms), minutes(f.service, &DurationSummary::medianMs),
            minutes(f.service, &DurationSummary::p90Ms), share(f.withinTargetShare()) };
    }
    printTable(out, rows, Columns::NumbersRight);
}

std::optional<QDate> dateOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty()) {
        cli.failUsage(
            QCoreApplication::translate("loketctl", "give the period with --from YYYY-MM-DD --to YYYY-MM-DD."),
            statsCommand());
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        cli.failUsage(
            QCoreApplication::translate("loketctl", "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.")
                .arg(text),
            statsCommand());
        return std::nullopt;
    }
    return date;
}

int runStats(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption byOption(
        QStringLiteral("by"), QString(), QStringLiteral("LIST"), QStringLiteral("service,counter,officer,hour"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"), QString(), QStringLiteral("WHAT"), QStringLiteral("service"));
    parser.addOptions({ fromOption, toOption, byOption, measureOption });
    if (!cli.parse(parser, args, statsCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "stats takes only options."), statsCommand());
    const auto from = dateOption(cli, parser, fromOption);
    if (!from)
        return ExitUsage;
    const auto to = dateOption(cli, parser, toOption);
    if (!to)
        return ExitUsage;

    QueueStatisticsOptions options;
    const QString measure = parser.value(measureOption).trimmed().toLower();
    if (measure == QLatin1String("total"))
        options.measure = TargetMeasure::TotalTime;
    else if (measure != QLatin1String("service"))
        return cli.failUsage(QCoreApplication::translate(
                                 "loketctl", "--measure is \"service\" (start to end) or \"total\" (issued to end)."),
            statsCommand());

    const QStringList known { QStringLiteral("service"), QStringLiteral("counter"), QStringLiteral("officer"),
        QStringLiteral("day"), QStringLiteral("hour") };
    QStringList by;
    for (const QString &part : parser.value(byOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (!known.contains(p))
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "--by takes a list of: service, counter, officer, day, hour."),
                statsCommand());
        by << p;
    }

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    // Measured against the service standard in force each day.
    auto targets = standardServiceTargets(db);
    if (!targets)
        return cli.fail(targets.error());
    options.target = targets.value();
    auto report = QueueStatistics(db).compute(*actor, *from, *to, options);
    if (!report)
        return cli.fail(report.error());
    const QueueStatisticsReport &r = report.value();

    if (cli.json) {
        cli.printJson(QJsonObject {
            { QStringLiteral("from"), r.from.toString(Qt::ISODate) },
            { QStringLiteral("to"), r.to.toString(Qt::ISODate) },
            { QStringLiteral("target_measure"),
                options.measure == TargetMeasure::ServiceTime ? QStringLiteral("service") : QStringLiteral("total") },
            { QStringLiteral("percentile_method"), QStringLiteral("nearest-rank") },
            { QStringLiteral("overall"), figuresJson(r.overall) },
            { QStringLiteral("by_service"), groupsJson(r.byService) },
            { QStringLiteral("by_counter"), groupsJson(r.byCounter) },
            { QStringLiteral("by_officer"), groupsJson(r.byOfficer) },
            { QStringLiteral("by_day"), groupsJson(r.byDay) },
            { QStringLiteral("by_hour"), groupsJson(r.byHour) },
        });
        return ExitOk;
    }
    QTextStream &out = cli.out();
    printOverall(out, r, options.measure);
    for (const QString &g : by) {
        if (g == QLatin1String("service"))
            printGroups(out, QCoreApplication::translate("loketctl", "By service"),
                QCoreApplication::translate("loketctl", "Service"), r.byService);
        else if (g == QLatin1String("counter"))
            printGroups(out, QCoreApplication::translate("loketctl", "By counter"),
                QCoreApplication::translate("loketctl", "Counter"), r.byCounter);
        else if (g == QLatin1String("officer"))
            printGroups(out, QCoreApplication::translate("loketctl", "By officer"),
                QCoreApplication::translate("loketctl", "Officer"), r.byOfficer);
        else if (g == QLatin1String("day"))
            printGroups(out, QCoreApplication::translate("loketctl", "By day"),
                QCoreApplication::translate("loketctl", "Day"), r.byDay);
        else
            printGroups(out, QCoreApplication::translate("loketctl", "By hour of issue (office time)"),
                QCoreApplication::translate("loketctl", "Hour"), r.byHour);
    }
    out << '\n'
        << QCoreApplication::translate("loketctl",
               "Minutes; median and p90 by the nearest-rank method. No-show rate: no-shows among tickets called and "
               "closed.")
        << '\n';
    out.flush();
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("stats"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "queue statistics for a period: waits, service times, no-shows, targets"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] stats --from YYYY-MM-DD --to YYYY-MM-DD [--by LIST] [--measure service|total] "
        "[--json]\n\n"
        "Queue figures for the office days from --from to --to (both included): tickets issued, served, no-show, "
        "cancelled, expired, served with priority; wait (issued to first call), walk (call to start), service "
        "(start to end) and total (issued to end) as median and 90th percentile (nearest-rank); the share served "
        "within the service-time target.\n"
        "  --by LIST        groups to print, comma-separated: service, counter, officer, day, hour "
        "(default service,counter,officer,hour); --json always gives all of them\n"
        "  --measure WHAT   what is compared with the target: service (start to end, the default) or total "
        "(issued to end)\n\n"
        "Needs a user allowed to view reports (supervisor or administrator).\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed or wrong password."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int { return runStats(cli, args); },
});
