// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey report: the SKM report of a range of days as a summary,
// JSON, an A4 PDF in the standard outline and the evaluators' workbook.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/ComplaintCli.h" // dayText
#include "app/loketctl/commands/SurveyCli.h"
#include "core/survey/SurveyReport.h"
#include "print/survey/SurveyReportPdf.h"
#include "print/survey/SurveyReportXlsx.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

QJsonValue centiJson(const std::optional<int> &c)
{
    return c ? QJsonValue(centiText(*c, QLatin1Char('.')).toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue gradeJson(const std::optional<IkmGrade> &g)
{
    return g ? QJsonValue(ikmGradeLetter(*g)) : QJsonValue(QJsonValue::Null);
}

QJsonObject groupJson(const SurveyGroupIndex &g)
{
    QJsonObject nrr;
    for (const IkmElement &e : g.ikm.elements)
        nrr.insert(e.code, e.nrr ? QJsonValue(*e.nrr) : QJsonValue(QJsonValue::Null));
    QJsonObject o {{QStringLiteral("respondents"), g.ikm.respondents},
                   {QStringLiteral("nrr"), nrr},
                   {QStringLiteral("ikm"), g.ikm.ikm ? QJsonValue(*g.ikm.ikm) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("ikm_converted"), centiJson(g.ikm.convertedCenti)},
                   {QStringLiteral("grade"), gradeJson(g.ikm.grade)},
                   {QStringLiteral("population"), g.sample.population},
                   {QStringLiteral("sample"), g.sample.required},
                   {QStringLiteral("sufficient"), g.sample.sufficient()}};
    if (g.serviceId > 0)
        o.insert(QStringLiteral("service"), g.serviceCode);
    return o;
}

QJsonObject reportJson(const SurveyReportData &d)
{
    QJsonObject o = groupJson(d.index.office);
    o.insert(QStringLiteral("from"), d.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), d.to.toString(Qt::ISODate));
    if (d.index.period)
        o.insert(QStringLiteral("period"), d.index.period->code());
    o.insert(QStringLiteral("weighting"), ikmWeightingCode(d.index.weighting));
    QJsonArray services;
    for (const SurveyGroupIndex &g : d.index.byService)
        services << groupJson(g);
    o.insert(QStringLiteral("services"), services);
    QJsonArray trend;
    for (const SurveyTrendPoint &t : d.trend)
        trend << QJsonObject {{QStringLiteral("period"), t.period.code()},
                              {QStringLiteral("respondents"), t.respondents},
                              {QStringLiteral("ikm_converted"), centiJson(t.convertedCenti)},
                              {QStringLiteral("grade"), gradeJson(t.grade)}};
    o.insert(QStringLiteral("trend"), trend);
    QJsonObject profiles;
    for (const SurveyProfileTable &t : d.profiles) {
        QJsonObject counts;
        for (const SurveyProfileCount &c : t.rows)
            counts.insert(c.code.isEmpty() ? QStringLiteral("none") : c.code, c.count);
        profiles.insert(t.field, counts);
    }
    o.insert(QStringLiteral("profiles"), profiles);
    o.insert(QStringLiteral("plan_items"), int(d.planItems.size()));
    o.insert(QStringLiteral("publications"), int(d.publications.size()));
    return o;
}

void printSummary(QTextStream &o, const SurveyReportData &d)
{
    const IkmResult &ikm = d.index.office.ikm;
    o << QCoreApplication::translate("loketctl", "Satisfaction survey %1 to %2%3").arg(dayText(d.from), dayText(d.to),
                                                  d.index.period ? QStringLiteral(" (%1)").arg(d.index.period->label())
                                                                 : QString())
      << '\n'
      << ikmWeightingLabel(d.index.weighting) << "\n\n";
    const SampleSufficiency &s = d.index.office.sample;
    printTable(o, {{QCoreApplication::translate("loketctl", "Respondents"), count(ikm.respondents)},
                   {QCoreApplication::translate("loketctl", "Served (N)"), count(s.population)},
                   {QCoreApplication::translate("loketctl", "Minimum sample"), count(s.required) + QStringLiteral(" (") + s.statusText() + QLatin1Char(')')},
                   {QCoreApplication::translate("loketctl", "IKM converted"), ikm.convertedCenti ? centiText(*ikm.convertedCenti) : QStringLiteral("—")},
                   {QCoreApplication::translate("loketctl", "Grade"), ikm.grade ? QStringLiteral("%1 %2").arg(ikmGradeLetter(*ikm.grade), ikmGradeName(*ikm.grade))
                                           : QStringLiteral("—")}});
    QList<QStringList> table {{QCoreApplication::translate("loketctl", "SERVICE"), QCoreApplication::translate("loketctl", "RESPONDENTS"), QCoreApplication::translate("loketctl", "IKM"), QCoreApplication::translate("loketctl", "GRADE")}};
    for (const SurveyGroupIndex &g : d.index.byService)
        table << QStringList {g.serviceName, count(g.ikm.respondents),
                              g.ikm.convertedCenti ? centiText(*g.ikm.convertedCenti) : QStringLiteral("—"),
                              g.ikm.grade ? ikmGradeLetter(*g.ikm.grade) : QStringLiteral("—")};
    o << '\n';
    printTable(o, table, Columns::NumbersRight);
}

} // namespace

int surveyReport(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from = surveyOption("from", "YYYY-MM-DD"), to = surveyOption("to", "YYYY-MM-DD"),
                             pdf = surveyOption("pdf", "FILE"), xlsx = surveyOption("xlsx", "FILE"),
                             weight = surveyOption("weight", "exact|0.111");
    parser.addOptions({from, to, pdf, xlsx, weight});
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey report takes no arguments besides its options."), surveyCommand());
    if (!parser.isSet(from) || !parser.isSet(to))
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey report needs --from YYYY-MM-DD and --to YYYY-MM-DD (for example --from "
                                "2026-10-01 --to 2026-12-31)."),
                             surveyCommand());
    const QDate first = surveyDayArgument(cli, QStringLiteral("from"), parser.value(from));
    if (!first.isValid())
        return ExitUsage;
    const QDate last = surveyDayArgument(cli, QStringLiteral("to"), parser.value(to));
    if (!last.isValid())
        return ExitUsage;
    if (last < first)
        return cli.failUsage(QCoreApplication::translate("loketctl", "--to (%1) is before --from (%2): the last day comes after the first.")
                                 .arg(parser.value(to), parser.value(from)),
                             surveyCommand());
    if (first.daysTo(last) > 366 * 5)
        return cli.failUsage(QCoreApplication::translate("loketctl", "The range is longer than five years: report a year, a semester or a quarter."),
                             surveyCommand());
    std::optional<IkmWeighting> weighting;
    if (parser.isSet(weight)) {
        weighting = ikmWeightingFromCode(parser.value(weight));
        if (!weighting)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--weight is exact (1/9) or 0.111, not \"%1\".").arg(parser.value(weight).left(20)),
                                 surveyCommand());
    }
    for (const QCommandLineOption *file : {&pdf, &xlsx}) {
        if (parser.isSet(*file) && parser.value(*file).trimmed().isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--%1 needs a file name.").arg(file->names().first()), surveyCommand());
    }

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    SurveyReport::Options options;
    options.weighting = weighting;
    options.withRows = parser.isSet(xlsx) || parser.isSet(pdf); // the appendix lists a small survey's responses
    auto made = SurveyReport(db, cli.clock()).read(*actor, first, last, options);
    if (!made)
        return cli.fail(made.error());
    const SurveyReportData &d = made.value();

    QJsonObject json = reportJson(d);
    QStringList written;
    if (parser.isSet(pdf)) {
        auto pages = SurveyReportPdf::write(parser.value(pdf), d);
        if (!pages)
            return cli.fail(pages.error());
        const QString path = QFileInfo(parser.value(pdf)).absoluteFilePath();
        json.insert(QStringLiteral("pdf"), path);
        json.insert(QStringLiteral("pages"), pages.value());
        written << QCoreApplication::translate("loketctl", "The report was written to %1 (PDF, A4, %n page(s)).", nullptr,
                                               pages.value())
                       .arg(path);
    }
    if (parser.isSet(xlsx)) {
        if (Status s = SurveyReportXlsx::write(parser.value(xlsx), d); !s)
            return cli.fail(s.error());
        const QString path = QFileInfo(parser.value(xlsx)).absoluteFilePath();
        json.insert(QStringLiteral("xlsx"), path);
        written << QCoreApplication::translate("loketctl", "The workbook was written to %1 (XLSX).").arg(path);
    }
    if (cli.json) {
        cli.printJson(json);
        return ExitOk;
    }
    QTextStream &o = cli.out();
    printSummary(o, d);
    for (const QString &line : written)
        o << '\n' << line;
    if (!written.isEmpty())
        o << '\n';
    o.flush();
    return ExitOk;
}

} // namespace loket::cli
