// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey ikm and survey import.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SurveyCli.h"
#include "core/survey/SurveyService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

// 8831 → 88.31 (JSON) ; the figure is exact in hundredths.
double centi(int c)
{
    return c / 100.0;
}

QJsonObject groupJson(const SurveyGroupIndex &g)
{
    QJsonObject o;
    if (g.serviceId != 0) {
        o.insert(QStringLiteral("service"), g.serviceCode);
        o.insert(QStringLiteral("service_name"), g.serviceName);
    }
    const IkmResult &r = g.ikm;
    o.insert(QStringLiteral("respondents"), r.respondents);
    QJsonObject nrr, converted, answered;
    for (const IkmElement &e : r.elements) {
        nrr.insert(e.code, e.nrr ? QJsonValue(*e.nrr) : QJsonValue());
        converted.insert(e.code, e.convertedCenti ? QJsonValue(centi(*e.convertedCenti)) : QJsonValue());
        answered.insert(e.code, e.count);
    }
    o.insert(QStringLiteral("nrr"), nrr);
    o.insert(QStringLiteral("nrr_converted"), converted);
    o.insert(QStringLiteral("answered"), answered);
    o.insert(QStringLiteral("unanswered"), QJsonArray::fromStringList(r.unanswered));
    o.insert(QStringLiteral("ikm"), r.ikm ? QJsonValue(*r.ikm) : QJsonValue());
    o.insert(QStringLiteral("ikm_converted"), r.convertedCenti ? QJsonValue(centi(*r.convertedCenti)) : QJsonValue());
    o.insert(QStringLiteral("grade"), r.grade ? QJsonValue(ikmGradeLetter(*r.grade)) : QJsonValue());
    QJsonObject sample;
    sample.insert(QStringLiteral("population"), g.sample.population);
    sample.insert(QStringLiteral("required"), g.sample.required);
    sample.insert(QStringLiteral("sufficient"), g.sample.sufficient());
    sample.insert(QStringLiteral("missing"), g.sample.missing());
    o.insert(QStringLiteral("sample"), sample);
    return o;
}

QString resultText(const IkmResult &r)
{
    if (!r.convertedCenti)
        return QCoreApplication::translate("loketctl", "no answers");
    return QStringLiteral("%1 (%2 %3)").arg(centiText(*r.convertedCenti), ikmGradeLetter(*r.grade), ikmGradeName(*r.grade));
}

} // namespace

int surveyIkm(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from = surveyOption("from", "YYYY-MM-DD"), to = surveyOption("to", "YYYY-MM-DD"),
                             period = surveyOption("period", "P"), service = surveyOption("service", "CODE"),
                             weight = surveyOption("weight", "exact|0.111");
    parser.addOptions({ from, to, period, service, weight });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    std::optional<IkmWeighting> weighting;
    if (parser.isSet(weight)) {
        weighting = ikmWeightingFromCode(parser.value(weight));
        if (!weighting)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--weight is exact (1/9) or 0.111 (the regulation's printed weight)."), surveyCommand());
    }
    QDate first, last;
    if (parser.isSet(period)) {
        const auto p = SurveyPeriod::fromCode(parser.value(period));
        if (!p)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--period is 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2 or 2026."), surveyCommand());
        first = p->from();
        last = p->to();
    } else {
        if (!parser.isSet(from) || !parser.isSet(to))
            return cli.failUsage(QCoreApplication::translate("loketctl", "survey ikm needs --from and --to (or --period)."), surveyCommand());
        first = surveyDayArgument(cli, QStringLiteral("from"), parser.value(from));
        if (!first.isValid())
            return ExitUsage;
        last = surveyDayArgument(cli, QStringLiteral("to"), parser.value(to));
        if (!last.isValid())
            return ExitUsage;
    }
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    SurveyService survey(db, cli.clock());
    auto report = survey.index(*actor, first, last, weighting);
    if (!report)
        return cli.fail(report.error());
    const SurveyGroupIndex *group = &report->office;
    if (parser.isSet(service)) {
        group = nullptr;
        for (const SurveyGroupIndex &g : report->byService)
            if (g.serviceCode.compare(parser.value(service).trimmed(), Qt::CaseInsensitive) == 0)
                group = &g;
        if (!group)
            return cli.fail(makeError(ErrorCode::NotFound,
                                      QCoreApplication::translate("loketctl", "No service %1 has responses or served tickets in the range.").arg(parser.value(service).left(40))));
    }
    if (cli.json) {
        QJsonObject o = groupJson(*group);
        o.insert(QStringLiteral("from"), first.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), last.toString(Qt::ISODate));
        o.insert(QStringLiteral("weighting"), ikmWeightingCode(report->weighting));
        if (group == &report->office) {
            QJsonArray services;
            for (const SurveyGroupIndex &g : report->byService)
                services.append(groupJson(g));
            o.insert(QStringLiteral("services"), services);
        }
        cli.printJson(o);
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << QCoreApplication::translate("loketctl", "Satisfaction index (IKM) %1 – %2, %3").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                                                          ikmWeightingLabel(report->weighting))
        << '\n';
    if (group != &report->office)
        out << QCoreApplication::translate("loketctl", "Service: %1").arg(group->serviceName) << '\n';
    out << QCoreApplication::translate("loketctl", "Respondents: %1. Sample: %2.").arg(count(group->ikm.respondents), group->sample.statusText()) << '\n';
    QList<QStringList> rows {{QCoreApplication::translate("loketctl", "Element"), QCoreApplication::translate("loketctl", "Answered"), QCoreApplication::translate("loketctl", "NRR"), QCoreApplication::translate("loketctl", "Converted"), QCoreApplication::translate("loketctl", "Grade")}};
    for (const QString &code : SurveyElements::questionnaireOrder()) {
        const IkmElement *e = group->ikm.element(code);
        rows << QStringList {SurveyElements::label(code), count(e ? e->count : 0),
                             e && e->nrr ? decimal(*e->nrr, 3) : QStringLiteral("–"),
                             e && e->convertedCenti ? centiText(*e->convertedCenti) : QStringLiteral("–"),
                             e && e->grade ? ikmGradeLetter(*e->grade) : QStringLiteral("–")};
    }
    printTable(out, rows, Columns::NumbersRight);
    out << QCoreApplication::translate("loketctl", "IKM: %1").arg(resultText(group->ikm)) << '\n';
    if (group == &report->office && !report->byService.isEmpty()) {
        out << '\n';
        QList<QStringList> services {{QCoreApplication::translate("loketctl", "Service"), QCoreApplication::translate("loketctl", "Respondents"), QCoreApplication::translate("loketctl", "IKM"), QCoreApplication::translate("loketctl", "Sample")}};
        for (const SurveyGroupIndex &g : report->byService)
            services << QStringList {g.serviceName, count(g.ikm.respondents), resultText(g.ikm), g.sample.statusText()};
        printTable(out, services, Columns::Left);
    }
    return ExitOk;
}

int surveyImport(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey import needs one CSV file."), surveyCommand());
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("loketctl", "Cannot read %1: %2.").arg(path, file.errorString())));
    if (file.size() > 64 * 1024 * 1024)
        return cli.fail(makeError(ErrorCode::InvalidInput, QCoreApplication::translate("loketctl", "%1 is larger than 64 MB: not a survey file.").arg(path)));
    const QByteArray bytes = file.readAll();
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    SurveyService survey(db, cli.clock());
    QList<SurveyImportProblem> problems;
    auto imported = survey.importCsv(*actor, bytes, &problems);
    if (!imported) {
        if (cli.json && !problems.isEmpty()) {
            QJsonArray list;
            for (const SurveyImportProblem &p : problems)
                list.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("field"), p.field},
                                         {QStringLiteral("message"), p.message}});
            cli.printJson(QJsonObject {{QStringLiteral("imported"), 0}, {QStringLiteral("problems"), list}});
        }
        for (const SurveyImportProblem &p : problems)
            cli.err() << (p.field.isEmpty() ? QCoreApplication::translate("loketctl", "line %1: %2").arg(p.line).arg(p.message)
                                            : QCoreApplication::translate("loketctl", "line %1, %2: %3").arg(QString::number(p.line), p.field, p.message))
                      << '\n';
        return cli.fail(imported.error());
    }
    if (cli.json) {
        cli.printJson(QJsonObject {{QStringLiteral("imported"), imported.value()}});
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "%n response(s) imported.", nullptr, imported.value()) << '\n';
    return ExitOk;
}

} // namespace loket::cli
