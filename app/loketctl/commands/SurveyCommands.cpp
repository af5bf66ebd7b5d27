// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey: the satisfaction survey (SKM) and its index (IKM).
#include "app/loketctl/commands/SurveyCli.h"

#include <QCoreApplication>

namespace loket::cli {

const Command &surveyCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("survey"));
}

QCommandLineOption surveyOption(const char *name, const char *value)
{
    return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(value));
}

QDate surveyDayArgument(Cli &cli, const QString &option, const QString &value)
{
    const QDate day = QDate::fromString(value.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        cli.failUsage(QCoreApplication::translate("loketctl", "--%1 needs a day as YYYY-MM-DD, not \"%2\".")
                          .arg(option, value.left(40)),
                      surveyCommand());
    return day;
}

namespace {

int dispatch(Cli &cli, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("sample"))
        return surveySample(cli, args);
    if (sub == QLatin1String("ikm"))
        return surveyIkm(cli, args);
    if (sub == QLatin1String("import"))
        return surveyImport(cli, args);
    if (sub == QLatin1String("plan"))
        return surveyPlan(cli, args);
    if (sub == QLatin1String("publish"))
        return surveyPublish(cli, args);
    if (sub == QLatin1String("questionnaire"))
        return surveyQuestionnaire(cli, args);
    if (sub == QLatin1String("reword"))
        return surveyReword(cli, args);
    if (sub == QLatin1String("settings"))
        return surveySettings(cli, args);
    if (sub == QLatin1String("report"))
        return surveyReport(cli, args);
    return cli.failUsage(QCoreApplication::translate("loketctl", "unknown subcommand \"%1\".").arg(sub.left(40)),
                         surveyCommand());
}

} // namespace
} // namespace loket::cli

LOKET_COMMAND({
    .name = QStringLiteral("survey"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "the satisfaction survey (SKM): import, index (IKM), sample, plan, report"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] survey SUBCOMMAND [ARGS] [--json]\n\n"
        "  survey import FILE.csv     responses from a spreadsheet, all or nothing (supervisors, administrators);\n"
        "                             header date,service,gender,age,education,occupation,U1,…,U9\n"
        "  survey ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service CODE] [--weight exact|0.111]\n"
        "  survey ikm --period P [--service CODE] [--weight exact|0.111]\n"
        "  survey sample --population N [--respondents N]   the Krejcie–Morgan minimum sample (needs no office data)\n"
        "  survey plan add --period 2026-Q3 --element U3 --action TEXT --pic NAME --target YYYY-MM-DD\n"
        "  survey plan list [--period P]    survey plan start ID    survey plan done ID --evidence TEXT\n"
        "  survey publish --period P --medium TEXT --date YYYY-MM-DD [--reference TEXT]\n"
        "  survey publish --period P --forum YYYY-MM-DD   the public forum that discussed the result\n"
        "  survey report --from YYYY-MM-DD --to YYYY-MM-DD [--pdf FILE] [--xlsx FILE]\n"
        "  survey questionnaire [--version N]   the questions as asked (U9 before U8)\n"
        "  survey reword --element U3 --question TEXT --options \"A|B|C|D\" [--note TEXT]   a new version\n"
        "  survey settings [--period quarter|semester|year] [--weight exact|0.111]\n\n"
        "Periods: 2026-Q1 … Q4, 2026-S1, S2, 2026. Weighting: exact (1/9, the default setting) or 0.111 (as printed\n"
        "in the regulation). Grades on the converted value rounded half up: A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, else D.\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed."),
    .needsDatabase = true,
    .run = [](loket::cli::Cli &cli, QStringList args) -> int { return loket::cli::dispatch(cli, std::move(args)); },
});
