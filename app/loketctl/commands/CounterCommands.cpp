// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl counter open|pause|close|signin: a counter's working state.
//
// "loketctl counter" has two owners: the catalog (list, add, update, in
// CatalogCommands.cpp, which registers the command) and the queue (these,
// called from there through CounterState.h).
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/commands/CounterState.h"
#include "app/loketctl/commands/QueueCliSupport.h"
#include "core/queue/CounterService.h"

using namespace loket;
using namespace loket::cli;
using namespace loket::cli::queuecli;

namespace {

} // namespace

namespace loket::cli {

bool isCounterStateSubcommand(const QString &sub)
{
    return sub == QLatin1String("open") || sub == QLatin1String("pause") || sub == QLatin1String("close")
        || sub == QLatin1String("signin");
}

int runCounterState(Cli &cli, const QString &sub, const QStringList &args, const Command &command)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    parser.addOption(reasonOption);
    if (!cli.parse(parser, args, command))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give one counter number, e.g. 2."), command);
    if (sub == QLatin1String("pause") && parser.value(reasonOption).trimmed().isEmpty()) {
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give the reason for the pause with --reason TEXT."), command);
    }
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto counter = counterByNumber(cli, db, parser.positionalArguments().first(), command);
    if (!counter)
        return ExitError;
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    CounterService counters(db, cli.clock());
    Result<QueueCounter> changed = makeError(ErrorCode::Unknown, QString());
    QString message;
    if (sub == QLatin1String("open")) {
        changed = counters.open(*actor, counter->id);
        message = QCoreApplication::translate("loketctl", "Loket %1 is open.");
    } else if (sub == QLatin1String("pause")) {
        changed = counters.pause(*actor, counter->id, parser.value(reasonOption));
        message = QCoreApplication::translate("loketctl", "Loket %1 is paused.");
    } else if (sub == QLatin1String("close")) {
        changed = counters.close(*actor, counter->id);
        message = QCoreApplication::translate("loketctl", "Loket %1 is closed.");
    } else {
        changed = counters.signIn(*actor, counter->id);
        message = QCoreApplication::translate("loketctl", "You are signed in at loket %1.");
    }
    if (!changed)
        return cli.fail(changed.error());
    if (cli.json)
        cli.printJson(counterJson(changed.value()));
    else
        cli.out() << message.arg(changed->number) << Qt::endl;
    return ExitOk;
}

} // namespace loket::cli
