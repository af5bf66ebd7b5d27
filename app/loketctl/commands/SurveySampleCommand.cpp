// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl survey sample: the Krejcie–Morgan minimum sample for a population.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SurveyCli.h"
#include "core/survey/Ikm.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace loket::cli {

int surveySample(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption population = surveyOption("population", "N"), respondents = surveyOption("respondents", "N");
    parser.addOptions({ population, respondents });
    if (!cli.parse(parser, args, surveyCommand()))
        return ExitUsage;
    bool ok = false;
    const qint64 n = parser.value(population).toLongLong(&ok);
    if (!parser.isSet(population) || !ok || n < 0)
        return cli.failUsage(QCoreApplication::translate("loketctl", "survey sample needs --population N (a whole number, 0 or more)."),
                             surveyCommand());
    qint64 given = 0;
    if (parser.isSet(respondents)) {
        given = parser.value(respondents).toLongLong(&ok);
        if (!ok || given < 0)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--respondents needs a whole number, 0 or more."),
                                 surveyCommand());
    }
    const SampleSufficiency s = Ikm::sample(n, given);
    if (cli.json) {
        QJsonObject o;
        o.insert(QStringLiteral("population"), s.population);
        o.insert(QStringLiteral("sample"), s.required);
        if (parser.isSet(respondents)) {
            o.insert(QStringLiteral("respondents"), s.respondents);
            o.insert(QStringLiteral("sufficient"), s.sufficient());
            o.insert(QStringLiteral("missing"), s.missing());
        }
        cli.printJson(o);
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Population %1: a sample of at least %2 respondents (Krejcie–Morgan).")
                     .arg(count(s.population), count(s.required))
              << '\n';
    if (parser.isSet(respondents))
        cli.out() << QCoreApplication::translate("loketctl", "With %1 respondents: %2.").arg(count(s.respondents), s.statusText()) << '\n';
    return ExitOk;
}

} // namespace loket::cli
