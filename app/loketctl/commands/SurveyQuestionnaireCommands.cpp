// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey questionnaire, survey reword, survey settings.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SurveyCli.h"
#include "core/survey/SurveyService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

QJsonObject questionnaireJson(const Questionnaire &q)
{
    QJsonArray questions;
    for (const SurveyQuestion &s : q.questions)
        questions.append(QJsonObject {{QStringLiteral("element"), s.element}, {QStringLiteral("question"), s.question},
                                      {QStringLiteral("options"), QJsonArray::fromStringList(s.options)}});
    return QJsonObject {{QStringLiteral("version"), q.version}, {QStringLiteral("note"), q.note},
                        {QStringLiteral("questions"), questions}};
}

int withSurvey(Cli &cli, bool signIn, const std::function<int(SurveyService &, const Actor &)> &run)
{
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    Actor actor;
    if (signIn) {
        const auto a = cli.actor();
        if (!a)
            return cli.lastExit();
        actor = *a;
    }
    SurveyService survey(db, cli.clock());
    return run(survey, actor);
}

} // namespace

// survey questionnaire [--version N]: the questions in the order they are asked.
int surveyQuestionnaire(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption version = surveyOption("version", "N");
    parser.addOption(version);
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    return withSurvey(cli, false, [&](SurveyService &survey, const Actor &) {
        auto q = parser.isSet(version) ? survey.questionnaire(parser.value(version).toInt()) : survey.currentQuestionnaire();
        if (!q)
            return cli.fail(q.error());
        if (cli.json) {
            cli.printJson(questionnaireJson(q.value()));
            return int(ExitOk);
        }
        cli.out() << QCoreApplication::translate("loketctl", "Questionnaire version %1").arg(q->version) << '\n';
        int n = 0;
        for (const SurveyQuestion &s : q->questions) {
            cli.out() << '\n' << ++n << ". [" << s.element << "] " << s.question << '\n';
            for (int i = 0; i < s.options.size(); ++i)
                cli.out() << "   " << (i + 1) << " " << s.options.at(i) << '\n';
        }
        return int(ExitOk);
    });
}

// survey reword --element U3 --question TEXT --options "a|b|c|d" [--note TEXT]
int surveyReword(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption element = surveyOption("element", "U1..U9"), question = surveyOption("question", "TEXT"),
                             options = surveyOption("options", "A|B|C|D"), note = surveyOption("note", "TEXT");
    parser.addOptions({ element, question, options, note });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    if (!parser.isSet(element) || !parser.isSet(question) || !parser.isSet(options))
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey reword needs --element, --question and --options "
                                                                     "(the four answers from 1 to 4, separated by |)."),
                             surveyCommand());
    const QStringList four = parser.value(options).split(QLatin1Char('|'));
    return withSurvey(cli, true, [&](SurveyService &survey, const Actor &actor) {
        auto q = survey.reword(actor, parser.value(element).trimmed().toUpper(), parser.value(question), four, parser.value(note));
        if (!q)
            return cli.fail(q.error());
        if (cli.json)
            cli.printJson(questionnaireJson(q.value()));
        else
            cli.out() << QCoreApplication::translate("loketctl", "Questionnaire version %1: %2 reworded; earlier responses keep "
                                                                 "the wording they were given.")
                             .arg(QString::number(q->version), parser.value(element).trimmed().toUpper())
                      << '\n';
        return int(ExitOk);
    });
}

// survey settings [--period quarter|semester|year] [--weight exact|0.111]
int surveySettings(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period = surveyOption("period", "quarter|semester|year"), weight = surveyOption("weight", "exact|0.111");
    parser.addOptions({ period, weight });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    const bool change = parser.isSet(period) || parser.isSet(weight);
    return withSurvey(cli, change, [&](SurveyService &survey, const Actor &actor) {
        SurveySettings s = survey.settings();
        if (parser.isSet(period)) {
            const auto kind = SurveyPeriod::kindFromCode(parser.value(period));
            if (!kind)
                return cli.failUsage(QCoreApplication::translate("loketctl", "--period is quarter, semester or year."), surveyCommand());
            s.periodKind = *kind;
        }
        if (parser.isSet(weight)) {
            const auto w = ikmWeightingFromCode(parser.value(weight));
            if (!w)
                return cli.failUsage(QCoreApplication::translate("loketctl", "--weight is exact (1/9) or 0.111 (the regulation's printed weight)."),
                                     surveyCommand());
            s.weighting = *w;
        }
        if (change) {
            if (Status done = survey.setSettings(actor, s); !done)
                return cli.fail(done.error());
        }
        if (cli.json) {
            cli.printJson(QJsonObject {{QStringLiteral("period"), SurveyPeriod::kindCode(s.periodKind)},
                                       {QStringLiteral("weighting"), ikmWeightingCode(s.weighting)},
                                       {QStringLiteral("education"), QJsonArray::fromStringList(s.educationOptions)},
                                       {QStringLiteral("occupation"), QJsonArray::fromStringList(s.occupationOptions)}});
            return int(ExitOk);
        }
        printTable(cli.out(), {{QCoreApplication::translate("loketctl", "Period"), SurveyPeriod::kindLabel(s.periodKind)},
                               {QCoreApplication::translate("loketctl", "Weighting"), ikmWeightingLabel(s.weighting)},
                               {QCoreApplication::translate("loketctl", "Education"), s.educationOptions.join(QStringLiteral(", "))},
                               {QCoreApplication::translate("loketctl", "Occupation"), s.occupationOptions.join(QStringLiteral(", "))}});
        return int(ExitOk);
    });
}

} // namespace loket::cli
