// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl report monthly: the supervisor's monthly report (issue 12) as a
// summary table or JSON, with the month before and the same month last year.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/reports/EvaluationCheck.h"
#include "core/catalog/OfficeService.h"
#include "core/reports/MonthlyReportService.h"
#include "print/reports/MonthlyReportPack.h"
#include "print/reports/MonthlyReportPdf.h"
#include "print/reports/MonthlyReportXlsx.h"

#include <QDir>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &reportCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("report"));
}

QJsonValue rounded(std::optional<double> v, int decimals = 1)
{
    if (!v)
        return QJsonValue();
    const double f = std::pow(10.0, decimals);
    return std::round(*v * f) / f;
}

QJsonValue minutes(const DurationSummary &d, qint64 DurationSummary::*field)
{
    return d.count ? rounded(double(d.*field) / 60000.0) : QJsonValue();
}

std::optional<double> percentOf(std::optional<double> share)
{
    if (!share)
        return std::nullopt;
    return *share * 100.0;
}

QJsonObject figuresJson(const QueueFigures &f)
{
    return QJsonObject {
        {QStringLiteral("issued"), f.issued},
        {QStringLiteral("served"), f.served},
        {QStringLiteral("no_show"), f.noShow},
        {QStringLiteral("cancelled"), f.cancelled},
        {QStringLiteral("expired"), f.expired},
        {QStringLiteral("no_show_percent"), rounded(percentOf(f.noShowRate()))},
        {QStringLiteral("priority"), f.priorityServed},
        {QStringLiteral("median_wait_minutes"), minutes(f.wait, &DurationSummary::medianMs)},
        {QStringLiteral("p90_wait_minutes"), minutes(f.wait, &DurationSummary::p90Ms)},
        {QStringLiteral("median_service_minutes"), minutes(f.service, &DurationSummary::medianMs)},
        {QStringLiteral("p90_service_minutes"), minutes(f.service, &DurationSummary::p90Ms)},
        {QStringLiteral("with_standard"), f.withTarget},
        {QStringLiteral("within_standard"), f.withinTarget},
        {QStringLiteral("within_standard_percent"), rounded(percentOf(f.withinTargetShare()))},
    };
}

QJsonArray groupsJson(const QList<QueueGroupFigures> &groups, const QString &keyName)
{
    QJsonArray a;
    for (const QueueGroupFigures &g : groups) {
        QJsonObject o = figuresJson(g.figures);
        o.insert(keyName, g.key);
        o.insert(QStringLiteral("name"), g.label);
        a << o;
    }
    return a;
}

QJsonArray countsJson(const QList<ReportCount> &rows)
{
    QJsonArray a;
    for (const ReportCount &c : rows)
        a << QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.label}, {QStringLiteral("count"), c.count}};
    return a;
}

QJsonValue ikmJson(const std::optional<SurveyIndexReport> &r)
{
    if (!r)
        return QJsonValue();
    const IkmResult &ikm = r->office.ikm;
    QJsonArray elements;
    for (const IkmElement &e : ikm.elements) {
        elements << QJsonObject {{QStringLiteral("code"), e.code}, {QStringLiteral("respondents"), e.count},
            {QStringLiteral("value"), e.convertedCenti ? QJsonValue(*e.convertedCenti / 100.0) : QJsonValue()},
            {QStringLiteral("grade"), e.grade ? QJsonValue(ikmGradeLetter(*e.grade)) : QJsonValue()}};
    }
    QJsonObject o {{QStringLiteral("from"), r->from.toString(Qt::ISODate)}, {QStringLiteral("to"), r->to.toString(Qt::ISODate)},
        {QStringLiteral("respondents"), ikm.respondents},
        {QStringLiteral("ikm"), ikm.convertedCenti ? QJsonValue(*ikm.convertedCenti / 100.0) : QJsonValue()},
        {QStringLiteral("grade"), ikm.grade ? QJsonValue(ikmGradeLetter(*ikm.grade)) : QJsonValue()},
        {QStringLiteral("weighting"), ikmWeightingCode(r->weighting)},
        {QStringLiteral("sample_required"), r->office.sample.required},
        {QStringLiteral("sample_sufficient"), r->office.sample.sufficient()},
        {QStringLiteral("elements"), elements}};
    if (r->period)
        o.insert(QStringLiteral("period"), r->period->code());
    return o;
}

QJsonObject monthJson(const MonthFigures &m)
{
    const ReportTickets &t = m.tickets;
    QJsonObject tickets = figuresJson(t.overall);
    qint64 priorityIssued = 0;
    QJsonArray reasons;
    for (const QueueGroupFigures &g : t.byPriorityReason) {
        priorityIssued += g.figures.issued;
        reasons << QJsonObject {{QStringLiteral("code"), g.key}, {QStringLiteral("name"), g.label},
            {QStringLiteral("issued"), g.figures.issued}, {QStringLiteral("served"), g.figures.served}};
    }
    tickets.insert(QStringLiteral("priority_issued"), priorityIssued);
    tickets.insert(QStringLiteral("priority_by_reason"), reasons);

    QJsonArray services;
    for (const ReportService &s : t.services) {
        QJsonObject o = figuresJson(s.figures);
        o.insert(QStringLiteral("code"), s.code);
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(s.targetMinutes) : QJsonValue());
        o.insert(QStringLiteral("target_from_standard"), s.targetFromStandard);
        services << o;
    }
    QJsonArray days;
    for (const QueueGroupFigures &g : t.byDay) {
        days << QJsonObject {{QStringLiteral("day"), g.key}, {QStringLiteral("issued"), g.figures.issued},
            {QStringLiteral("served"), g.figures.served}};
    }
    QJsonArray heat;
    for (const auto &row : t.issuedByWeekdayHour) {
        QJsonArray hours;
        for (int n : row)
            hours << n;
        heat << hours;
    }

    const ComplaintMonthReport &c = m.complaints;
    qint64 closed = 0;
    for (const ReportCount &s : c.byState) {
        if (s.code == QLatin1String("closed"))
            closed = s.count;
    }
    const QJsonObject complaints {{QStringLiteral("received"), c.received}, {QStringLiteral("closed"), closed},
        {QStringLiteral("completed"), c.completed},
        {QStringLiteral("completed_percent"), c.received ? rounded(c.completedShare() * 100.0) : QJsonValue()},
        {QStringLiteral("overdue"), c.overdue()}, {QStringLiteral("response_time"), countsJson(c.responseTime)}};

    const ReportSuggestions &s = m.suggestions;
    const QJsonObject suggestions {{QStringLiteral("openings"), s.openings}, {QStringLiteral("slips"), s.slips},
        {QStringLiteral("by_kind"), countsJson(s.byKind)}, {QStringLiteral("by_decision"), countsJson(s.byDecision)}};

    const ComplianceSummary &k = m.standards.compliance;
    QJsonArray reviews;
    for (const ReviewDue &r : m.standards.reviewsDue) {
        reviews << QJsonObject {{QStringLiteral("code"), r.service.code}, {QStringLiteral("due_on"), r.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("state"), reviewStateCode(r.state)}};
    }
    const QJsonObject standards {{QStringLiteral("on"), k.date.toString(Qt::ISODate)}, {QStringLiteral("services"), k.serviceCount},
        {QStringLiteral("complete"), k.complete}, {QStringLiteral("set"), k.set}, {QStringLiteral("consulted"), k.consulted},
        {QStringLiteral("published_fully"), k.publishedFully}, {QStringLiteral("reviewed"), k.reviewed},
        {QStringLiteral("fully_compliant"), k.fullyCompliant}, {QStringLiteral("maklumat_signed"), k.maklumatSigned},
        {QStringLiteral("reviews_due"), reviews}};

    return QJsonObject {{QStringLiteral("month"), reportMonthCode(m.month)},
        {QStringLiteral("last_day"), m.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("tickets"), tickets},
        {QStringLiteral("services"), services},
        {QStringLiteral("counters"), groupsJson(t.byCounter, QStringLiteral("id"))},
        {QStringLiteral("officers"), groupsJson(t.byOfficer, QStringLiteral("id"))},
        {QStringLiteral("days"), days},
        {QStringLiteral("hourly_load"), QJsonObject {{QStringLiteral("rows"), QStringLiteral("monday..sunday")},
                                            {QStringLiteral("columns"), QStringLiteral("hour 0..23, office-local")},
                                            {QStringLiteral("issued"), heat}}},
        {QStringLiteral("complaints"), complaints},
        {QStringLiteral("suggestions"), suggestions},
        {QStringLiteral("survey"), QJsonObject {{QStringLiteral("month"), ikmJson(m.survey.month)},
                                       {QStringLiteral("period"), ikmJson(m.survey.period)}}},
        {QStringLiteral("standards"), standards}};
}

QString change(double now, double before)
{
    const auto c = relativeChange(now, before);
    if (!c)
        return QStringLiteral("-");
    return (*c >= 0 ? QStringLiteral("+") : QString()) + percent(*c);
}

QString minutesText(const DurationSummary &d)
{
    return d.count ? decimal(double(d.medianMs) / 60000.0) : QStringLiteral("-");
}

QString shareText(std::optional<double> v)
{
    return v ? percent(*v) : QStringLiteral("-");
}

QString ikmText(const std::optional<SurveyIndexReport> &r)
{
    if (!r || !r->office.ikm.convertedCenti)
        return QStringLiteral("-");
    return centiText(*r->office.ikm.convertedCenti) + QLatin1Char(' ') + ikmGradeLetter(*r->office.ikm.grade);
}

void printReport(QTextStream &o, const MonthlyReport &r)
{
    const MonthFigures &m = r.current, &p = r.previousMonth, &y = r.lastYear;
    const QString monthName = QLocale().toString(m.month, QStringLiteral("MMMM yyyy"));
    o << QCoreApplication::translate("loketctl", "Monthly report for %1 (as of %2)").arg(monthName, QLocale().toString(r.asOf, QLocale::ShortFormat)) << "\n\n";
    auto row = [&](const QString &label, double now, double prev, double last, const QString &nowText,
                   const QString &prevText, const QString &lastText) {
        return QStringList {label, nowText, prevText, change(now, prev), lastText, change(now, last)};
    };
    auto num = [&](const QString &label, qint64 a, qint64 b, qint64 c) {
        return row(label, double(a), double(b), double(c), count(a), count(b), count(c));
    };
    const QueueFigures &a = m.tickets.overall, &b = p.tickets.overall, &c = y.tickets.overall;
    QList<QStringList> table {{QCoreApplication::translate("loketctl", "FIGURE"), reportMonthCode(m.month), reportMonthCode(p.month), QCoreApplication::translate("loketctl", "CHANGE"),
        reportMonthCode(y.month), QCoreApplication::translate("loketctl", "CHANGE")}};
    table << num(QCoreApplication::translate("loketctl", "Tickets issued"), a.issued, b.issued, c.issued);
    table << num(QCoreApplication::translate("loketctl", "Served"), a.served, b.served, c.served);
    table << num(QCoreApplication::translate("loketctl", "No-shows"), a.noShow, b.noShow, c.noShow);
    table << num(QCoreApplication::translate("loketctl", "Priority visitors served"), a.priorityServed, b.priorityServed, c.priorityServed);
    table << QStringList {QCoreApplication::translate("loketctl", "Median wait (minutes)"), minutesText(a.wait), minutesText(b.wait), QString(), minutesText(c.wait), QString()};
    table << QStringList {QCoreApplication::translate("loketctl", "Median service (minutes)"), minutesText(a.service), minutesText(b.service), QString(),
        minutesText(c.service), QString()};
    table << QStringList {QCoreApplication::translate("loketctl", "Served within the standard"), shareText(a.withinTargetShare()), shareText(b.withinTargetShare()),
        QString(), shareText(c.withinTargetShare()), QString()};
    table << num(QCoreApplication::translate("loketctl", "Complaints received"), m.complaints.received, p.complaints.received, y.complaints.received);
    table << num(QCoreApplication::translate("loketctl", "Complaints followed up to completion"), m.complaints.completed, p.complaints.completed,
                 y.complaints.completed);
    table << num(QCoreApplication::translate("loketctl", "Complaints past the deadline"), m.complaints.overdue(), p.complaints.overdue(), y.complaints.overdue());
    table << num(QCoreApplication::translate("loketctl", "Suggestion-box slips"), m.suggestions.slips, p.suggestions.slips, y.suggestions.slips);
    table << QStringList {QCoreApplication::translate("loketctl", "IKM of the month"), ikmText(m.survey.month), ikmText(p.survey.month), QString(),
        ikmText(y.survey.month), QString()};
    table << QStringList {QCoreApplication::translate("loketctl", "Standards fully compliant"),
        QStringLiteral("%1/%2").arg(m.standards.compliance.fullyCompliant).arg(m.standards.compliance.serviceCount),
        QStringLiteral("%1/%2").arg(p.standards.compliance.fullyCompliant).arg(p.standards.compliance.serviceCount), QString(),
        QStringLiteral("%1/%2").arg(y.standards.compliance.fullyCompliant).arg(y.standards.compliance.serviceCount), QString()};
    printTable(o, table, Columns::NumbersRight);

    QList<QStringList> services {{QCoreApplication::translate("loketctl", "SERVICE"), QCoreApplication::translate("loketctl", "ISSUED"), QCoreApplication::translate("loketctl", "SERVED"), QCoreApplication::translate("loketctl", "MEDIAN WAIT"), QCoreApplication::translate("loketctl", "P90 WAIT"),
        QCoreApplication::translate("loketctl", "MEDIAN SERVICE"), QCoreApplication::translate("loketctl", "STANDARD (MIN)"), QCoreApplication::translate("loketctl", "WITHIN STANDARD")}};
    for (const ReportService &s : m.tickets.services) {
        services << QStringList {s.name, count(s.figures.issued), count(s.figures.served), minutesText(s.figures.wait),
            s.figures.wait.count ? decimal(double(s.figures.wait.p90Ms) / 60000.0) : QStringLiteral("-"),
            minutesText(s.figures.service), s.targetMinutes ? QString::number(s.targetMinutes) : QStringLiteral("-"),
            shareText(s.figures.withinTargetShare())};
    }
    o << '\n';
    printTable(o, services, Columns::NumbersRight);

    if (!m.tickets.byPriorityReason.isEmpty()) {
        QList<QStringList> reasons {{QCoreApplication::translate("loketctl", "PRIORITY REASON"), QCoreApplication::translate("loketctl", "ISSUED"), QCoreApplication::translate("loketctl", "SERVED")}};
        for (const QueueGroupFigures &g : m.tickets.byPriorityReason)
            reasons << QStringList {g.label, count(g.figures.issued), count(g.figures.served)};
        o << '\n';
        printTable(o, reasons, Columns::NumbersRight);
    }
    if (!r.ikmTrend.isEmpty()) {
        QList<QStringList> trend {{QCoreApplication::translate("loketctl", "SURVEY PERIOD"), QCoreApplication::translate("loketctl", "RESPONDENTS"), QCoreApplication::translate("loketctl", "IKM")}};
        for (const ReportTrendPoint &t : r.ikmTrend) {
            trend << QStringList {t.period.label(), count(t.respondents),
                t.convertedCenti ? centiText(*t.convertedCenti) : QStringLiteral("-")};
        }
        o << '\n';
        printTable(o, trend, Columns::NumbersRight);
    }
}

QString stateText(EvidenceState state)
{
    switch (state) {
    case EvidenceState::Met: return QCoreApplication::translate("loketctl", "met");
    case EvidenceState::Partly: return QCoreApplication::translate("loketctl", "partly");
    case EvidenceState::Missing: return QCoreApplication::translate("loketctl", "missing");
    }
    return {};
}

int runEvaluation(Cli &cli, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption dayOption(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({dayOption});
    if (!cli.parse(parser, args, reportCommand()))
        return ExitUsage;
    QDate day;
    if (parser.isSet(dayOption)) {
        day = QDate::fromString(parser.value(dayOption), Qt::ISODate);
        if (!day.isValid())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--date needs a day like 2026-11-30."), reportCommand());
    }
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    auto made = EvaluationCheck(db, cli.clock()).check(*actor, day);
    if (!made)
        return cli.fail(made.error());
    const EvaluationCheckResult &r = made.value();
    if (cli.json) {
        QJsonArray points;
        for (const EvaluationPoint &p : r.points) {
            points << QJsonObject {{QStringLiteral("code"), p.code}, {QStringLiteral("label"), p.label},
                {QStringLiteral("evaluator"), p.evaluator}, {QStringLiteral("state"), evidenceStateCode(p.state)},
                {QStringLiteral("evidence"), p.evidence}, {QStringLiteral("missing"), p.missing}};
        }
        cli.printJson(QJsonObject {{QStringLiteral("date"), r.day.toString(Qt::ISODate)},
            {QStringLiteral("met"), r.count(EvidenceState::Met)}, {QStringLiteral("partly"), r.count(EvidenceState::Partly)},
            {QStringLiteral("missing"), r.count(EvidenceState::Missing)}, {QStringLiteral("points"), points}});
        return ExitOk;
    }
    QTextStream &o = cli.out();
    o << QCoreApplication::translate("loketctl", "Evaluation self-check on %1: %2 met, %3 partly, %4 missing")
             .arg(QLocale().toString(r.day, QLocale::ShortFormat))
             .arg(r.count(EvidenceState::Met))
             .arg(r.count(EvidenceState::Partly))
             .arg(r.count(EvidenceState::Missing))
      << "\n\n";
    QList<QStringList> table {{QCoreApplication::translate("loketctl", "POINT"), QCoreApplication::translate("loketctl", "STATE"),
        QCoreApplication::translate("loketctl", "EVIDENCE"), QCoreApplication::translate("loketctl", "TO DO")}};
    for (const EvaluationPoint &p : r.points)
        table << QStringList {p.label, stateText(p.state), p.evidence, p.missing};
    printTable(o, table);
    o.flush();
    return ExitOk;
}

// report schedule [--folder DIR]: run daily (cron); writes last month's pack once, from the month's first working day,
// into DIR or the folder saved with --save-folder (which Loket itself also writes into when it starts); --off forgets it.
int runSchedule(Cli &cli, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOption(QStringLiteral("folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption saveOption(QStringLiteral("save-folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption offOption(QStringLiteral("off"));
    parser.addOptions({folderOption, saveOption, offOption});
    if (!cli.parse(parser, args, reportCommand()))
        return ExitUsage;
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    const MonthlyReportPack pack(db, cli.clock());
    if (parser.isSet(saveOption) || parser.isSet(offOption)) {
        const QString folder = parser.isSet(offOption) ? QString() : parser.value(saveOption);
        if (Status s = pack.setScheduledFolder(*actor, folder); !s)
            return cli.fail(s.error());
        if (cli.json) {
            cli.printJson(QJsonObject {{QStringLiteral("folder"), pack.scheduledFolder()}});
        } else {
            QTextStream &o = cli.out();
            o << (folder.isEmpty() ? QCoreApplication::translate("loketctl", "The monthly report is no longer written by itself.")
                                   : QCoreApplication::translate("loketctl", "Loket writes each month's report into %1 from the month's first working day.")
                                         .arg(pack.scheduledFolder()))
              << "\n";
        }
        return ExitOk;
    }
    const QString folder = parser.isSet(folderOption) ? parser.value(folderOption) : pack.scheduledFolder();
    if (folder.trimmed().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "report schedule needs --folder DIR, where the monthly reports are written (or a folder saved with --save-folder)."), reportCommand());
    auto done = pack.writeDue(*actor, folder);
    if (!done)
        return cli.fail(done.error());
    const PackWritten &w = done.value();
    if (cli.json) {
        QJsonObject o {{QStringLiteral("written"), w.month.isValid()}, {QStringLiteral("already_done"), w.alreadyDone},
            {QStringLiteral("due_from"), w.dueFrom.toString(Qt::ISODate)}};
        if (w.month.isValid()) {
            o.insert(QStringLiteral("month"), reportMonthCode(w.month));
            o.insert(QStringLiteral("pdf"), w.pdf);
            o.insert(QStringLiteral("xlsx"), w.xlsx);
            o.insert(QStringLiteral("pages"), w.pages);
        }
        cli.printJson(o);
        return ExitOk;
    }
    QTextStream &o = cli.out();
    if (w.month.isValid()) {
        o << QCoreApplication::translate("loketctl", "The monthly report for %1 was written to %2 and %3.")
                 .arg(reportMonthCode(w.month), w.pdf, w.xlsx) << '\n';
    } else if (w.alreadyDone) {
        o << QCoreApplication::translate("loketctl", "Last month's report was already written; nothing to do.") << '\n';
    } else {
        o << QCoreApplication::translate("loketctl", "Last month's report is due from %1; nothing to do yet.")
                 .arg(QLocale().toString(w.dueFrom, QLocale::ShortFormat)) << '\n';
    }
    o.flush();
    return ExitOk;
}

int runReport(Cli &cli, QStringList args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("evaluation")) {
        args.removeFirst();
        return runEvaluation(cli, args);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("schedule")) {
        args.removeFirst();
        return runSchedule(cli, args);
    }
    if (args.isEmpty() || args.first() != QLatin1String("monthly"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "Give the report to make: loketctl report monthly --month YYYY-MM."), reportCommand());
    args.removeFirst();
    QCommandLineParser parser;
    const QCommandLineOption monthOption(QStringLiteral("month"), QString(), QStringLiteral("YYYY-MM"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QString(), QStringLiteral("FILE"));
    parser.addOptions({monthOption, pdf, xlsx});
    if (!cli.parse(parser, args, reportCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "report monthly takes no arguments besides its options."), reportCommand());
    if (!parser.isSet(monthOption))
        return cli.failUsage(QCoreApplication::translate("loketctl", "report monthly needs --month YYYY-MM (for example --month 2026-11)."), reportCommand());
    const QDate month = reportMonthFromCode(parser.value(monthOption));
    if (!month.isValid() || month.year() < 2000) {
        return cli.failUsage(QCoreApplication::translate("loketctl", "\"%1\" is not a month: give it as YYYY-MM, the month from 01 to 12 "
                                "(for example --month 2026-11).")
                                 .arg(parser.value(monthOption).left(40)),
                             reportCommand());
    }
    for (const QCommandLineOption *file : {&pdf, &xlsx}) {
        if (parser.isSet(*file) && parser.value(*file).trimmed().isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--%1 needs a file name.").arg(file->names().first()), reportCommand());
    }
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    auto made = MonthlyReportService(db, cli.clock()).month(*actor, month);
    if (!made)
        return cli.fail(made.error());
    const MonthlyReport &r = made.value();
    QJsonObject files;
    QStringList written;
    if (parser.isSet(pdf) || parser.isSet(xlsx)) {
        auto office = OfficeService(db, cli.clock()).get();
        const OfficeProfile profile = office ? office.value() : OfficeProfile {};
        if (parser.isSet(pdf)) {
            auto pages = MonthlyReportPdf(profile, r.asOf).write(parser.value(pdf), r);
            if (!pages)
                return cli.fail(pages.error());
            const QString path = QFileInfo(parser.value(pdf)).absoluteFilePath();
            files.insert(QStringLiteral("pdf"), path);
            files.insert(QStringLiteral("pages"), pages.value());
            written << QCoreApplication::translate("loketctl", "The report was written to %1 (PDF, A4, %n page(s)).", nullptr, pages.value()).arg(path);
        }
        if (parser.isSet(xlsx)) {
            if (Status s = MonthlyReportXlsx::write(parser.value(xlsx), r, profile.name); !s)
                return cli.fail(s.error());
            const QString path = QFileInfo(parser.value(xlsx)).absoluteFilePath();
            files.insert(QStringLiteral("xlsx"), path);
            written << QCoreApplication::translate("loketctl", "The report was written to %1 (spreadsheet).").arg(path);
        }
    }
    if (cli.json) {
        QJsonObject json = monthJson(r.current);
        for (auto it = files.begin(); it != files.end(); ++it)
            json.insert(it.key(), it.value());
        json.insert(QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate));
        json.insert(QStringLiteral("previous_month"), monthJson(r.previousMonth));
        json.insert(QStringLiteral("last_year"), monthJson(r.lastYear));
        QJsonArray trend;
        for (const ReportTrendPoint &t : r.ikmTrend) {
            trend << QJsonObject {{QStringLiteral("period"), t.period.code()}, {QStringLiteral("respondents"), t.respondents},
                {QStringLiteral("ikm"), t.convertedCenti ? QJsonValue(*t.convertedCenti / 100.0) : QJsonValue()}};
        }
        json.insert(QStringLiteral("ikm_trend"), trend);
        cli.printJson(json);
        return ExitOk;
    }
    printReport(cli.out(), r);
    for (const QString &line : written)
        cli.out() << '\n' << line;
    if (!written.isEmpty())
        cli.out() << '\n';
    cli.out().flush();
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("report"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "the supervisor's monthly report, with last month and last year; the evaluation self-check"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl --user NAME report monthly --month YYYY-MM [--json] [--pdf FILE] [--xlsx FILE]\n"
        "       loketctl --user NAME report schedule [--folder DIR] [--json]\n"
        "       loketctl --user NAME report schedule --save-folder DIR | --off\n"
        "       loketctl --user NAME report evaluation [--date YYYY-MM-DD] [--json]\n\n"
        "The month's figures in the office's time zone: tickets issued, served, no-shows and priority visitors by "
        "reason; per service the median and 90th percentile of waiting and service time and the share served within "
        "the standard in force; per counter, officer and day; the hourly load by weekday; complaints, "
        "suggestion-box slips, the satisfaction index (IKM) and its trend, standards compliance and reviews due. "
        "Each figure also for the month before and the same month last year. Needs a supervisor or administrator.\n"
        "--json gives month, tickets (issued, served, no_show, priority, …), services (code, issued, served, "
        "median_wait_minutes, within_standard_percent, …) and the rest, with previous_month and last_year.\n"
        "--pdf writes \"Laporan Bulanan Pelayanan Publik\" (A4, letterhead, summary, charts, tables, the head of office's "
        "signature); --xlsx the workbook, one sheet per table. Both files are readable by their owner only.\n\n"
        "report schedule: run it every day (cron). From the first working day of a month it writes the previous "
        "month's PDF and workbook into DIR (laporan-bulanan-YYYY-MM.pdf, .xlsx), once: the month written is remembered. "
        "--save-folder keeps DIR as the office's report folder: Loket then writes the pack there by itself when it "
        "starts, and report schedule without --folder uses it; --off forgets it.\n\n"
        "report evaluation: what PEKPPP and the Ombudsman look at (standards with 14 components, decrees, "
        "consultations, publications, yearly reviews, the Maklumat, the SKM done, published and followed up, complaint "
        "channels, follow-up and speed, the suggestion box, the queue and priority service), each with the evidence "
        "Loket holds and what is missing, on the day (default: today)."),
    .needsDatabase = true,
    .run = runReport,
});
