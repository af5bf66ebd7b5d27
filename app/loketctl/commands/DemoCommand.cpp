// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace loket;
using namespace loket::cli;

namespace {

int runDemo(Cli &cli, QStringList args)
{
    const Command &self = *CommandRegistry::instance().find(QStringLiteral("demo"));
    QCommandLineParser parser;
    QCommandLineOption days(QStringLiteral("days"), QString(), QStringLiteral("N"), QStringLiteral("90"));
    QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption visitors(QStringLiteral("visitors"), QString(), QStringLiteral("N"));
    QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("DATE"));
    QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("DATETIME"));
    parser.addOptions({days, seed, visitors, until, at});
    if (!cli.parse(parser, args, self))
        return ExitUsage;
    DemoOptions options;
    bool ok = false;
    options.days = parser.value(days).toInt(&ok);
    if (!ok || options.days < 0)
        return cli.failUsage(QCoreApplication::translate("loketctl", "--days needs a whole number of days."), self);
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return cli.failUsage(QCoreApplication::translate("loketctl", "--seed needs a whole number."), self);
    if (parser.isSet(visitors)) {
        options.visitorsPerDay = parser.value(visitors).toInt(&ok);
        if (!ok || options.visitorsPerDay < 1 || options.visitorsPerDay > 5000)
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "--visitors needs a whole number from 1 to 5000."), self);
    }
    if (parser.isSet(until)) {
        options.until = QDate::fromString(parser.value(until), Qt::ISODate);
        if (!options.until.isValid())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--until needs a date like 2026-11-20."), self);
    }
    if (parser.isSet(at)) {
        // Office-local (WIB) wall-clock time of the demo's "now".
        const QDateTime local = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!local.isValid())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--at needs a time like 2026-11-23T10:15."),
                                 self);
        options.nowUtcMs = QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch() - 7LL * 3600 * 1000;
        options.until = local.date();
    }
    DatabasePtr db = cli.database(true);
    if (!db)
        return ExitError;
    QElapsedTimer timer;
    timer.start();
    auto made = generateDemo(db, options);
    if (!made)
        return cli.fail(made.error());
    const DemoSummary &s = made.value();
    if (cli.json) {
        cli.printJson(QJsonObject{{QStringLiteral("database"), db->path()},
                                  {QStringLiteral("services"), s.services},
                                  {QStringLiteral("counters"), s.counters},
                                  {QStringLiteral("users"), s.users},
                                  {QStringLiteral("standards"), s.standards},
                                  {QStringLiteral("working_days"), s.workingDays},
                                  {QStringLiteral("tickets"), s.tickets},
                                  {QStringLiteral("priority_tickets"), s.priorityTickets},
                                  {QStringLiteral("no_shows"), s.noShows},
                                  {QStringLiteral("waiting_now"), s.waitingNow},
                                  {QStringLiteral("complaints"), s.complaints},
                                  {QStringLiteral("suggestion_sessions"), s.suggestionSessions},
                                  {QStringLiteral("survey_responses"), s.surveyResponses},
                                  {QStringLiteral("survey_plan_items"), s.surveyPlanItems},
                                  {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    } else {
        cli.out() << QCoreApplication::translate("loketctl",
                                                 "Demo office written to %1 in %2 s:\n"
                                                 "  %3 services with their standards, %4 counters, %5 users\n"
                                                 "  %6 working days, %7 tickets (%8 priority, %9 no-shows), "
                                                 "%10 waiting now\n"
                                                 "Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, "
                                                 "petugas1…petugas6/petugas123, tl1/tindak123, tl2/tindak123")
                         .arg(db->path())
                         .arg(decimal(timer.elapsed() / 1000.0))
                         .arg(s.services)
                         .arg(s.counters)
                         .arg(s.users)
                         .arg(s.workingDays)
                         .arg(count(s.tickets))
                         .arg(count(s.priorityTickets))
                         .arg(count(s.noShows))
                         .arg(s.waitingNow)
                  << Qt::endl;
        cli.out() << QCoreApplication::translate("loketctl", "  %n complaint(s) in the complaint log", nullptr, s.complaints)
                  << Qt::endl;
        cli.out() << QCoreApplication::translate("loketctl", "  %n suggestion-box opening(s) with signed minutes", nullptr, s.suggestionSessions) << '\n';
        cli.out() << QCoreApplication::translate("loketctl", "  %n satisfaction-survey response(s), %1 follow-up plan item(s)", nullptr, s.surveyResponses)
                         .arg(s.surveyPlanItems) << '\n';
    }
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("demo"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "fill a new database with a realistic demo office and its history"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
                               "Usage: loketctl [--database FILE] demo [--days N] [--seed S] [--visitors N]\n"
                               "                                  [--until DATE | --at DATETIME]\n\n"
                               "Builds a kecamatan office (8 services, 4 counters, officers, a supervisor, an "
                               "administrator) and N days of queue history ending on DATE (default: today): weekday "
                               "pattern, morning peak, service times per service, about 8 % priority visitors and a "
                               "few no-shows. The same seed and DATE give the same data. Only into a database "
                               "without users.\n"
                               "--visitors N: about N tickets per working day on average (default about 140); a set "
                               "of four more counters for every 180 visitors (5 years of 1,000 a day, for the "
                               "benchmarks, take a few minutes).\n"
                               "--at 2026-11-23T10:15 ends the history at that office-local (WIB) time, with today's "
                               "queue in progress; without --until or --at the history ends now.\n\n"
                               "Accounts: admin/admin123, camat/camat123, sekcam/sekcam123, petugas1…petugas6/"
                               "petugas123, tl1/tindak123."),
    .needsDatabase = true,
    .run = runDemo,
});
