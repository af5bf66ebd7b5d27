// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl ticket: issue, call and serve queue tickets.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/commands/QueueCliSupport.h"
#include "app/loketctl/commands/TicketPrintCommand.h"
#include "core/queue/PriorityReasonService.h"
#include "core/queue/QueueCatalog.h"
#include "core/queue/QueueService.h"

#include <QJsonArray>

using namespace loket;
using namespace loket::cli;
using namespace loket::cli::queuecli;

namespace {

const Command &ticketCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("ticket"));
}

int printTicket(Cli &cli, const DatabasePtr &db, const Ticket &t, const QString &message,
    const std::optional<WaitEstimate> &estimate = std::nullopt)
{
    if (cli.json) {
        QJsonObject o = ticketJson(t);
        if (estimate)
            addEstimate(o, *estimate);
        cli.printJson(o);
        return ExitOk;
    }
    auto office = OfficeDay::load(*db);
    cli.out() << message << '\n' << ticketLine(t, office ? office.value() : OfficeDay()) << Qt::endl;
    return ExitOk;
}

// Kiosk tickets need no user: the kiosk is a public screen (see QueueService::kioskActor).
int issue(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption serviceOption(QStringLiteral("service"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption priorityOption(QStringLiteral("priority"), QString(), QStringLiteral("REASON"));
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    parser.addOptions({ serviceOption, priorityOption, counterOption });
    if (!cli.parse(parser, args, ticketCommand()))
        return ExitUsage;
    if (!parser.isSet(serviceOption) || !parser.positionalArguments().isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give the service with --service CODE, e.g. --service KTP."),
            ticketCommand());
    if (parser.isSet(counterOption) && cli.username.isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "issuing at a counter needs the officer: give --user NAME."),
            ticketCommand());
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto service = QueueCatalog::serviceByCode(*db, parser.value(serviceOption));
    if (!service)
        return cli.fail(service.error());
    qint64 reasonId = 0;
    if (parser.isSet(priorityOption)) {
        auto reason = PriorityReasonService(db, cli.clock()).byCode(parser.value(priorityOption));
        if (!reason)
            return cli.fail(reason.error());
        reasonId = reason->id;
    }
    Actor actor = QueueService::kioskActor();
    if (!cli.username.isEmpty()) {
        auto who = cli.actor();
        if (!who)
            return ExitDenied;
        actor = *who;
    }
    QueueService queue(db, cli.clock());
    Result<Ticket> issued = makeError(ErrorCode::Unknown, QString());
    if (parser.isSet(counterOption)) {
        auto counter = counterByNumber(cli, db, parser.value(counterOption), ticketCommand());
        if (!counter)
            return ExitError;
        issued = queue.issueAtCounter(actor, counter->id, service->id, reasonId);
    } else {
        issued = queue.issue(actor, service->id, reasonId);
    }
    if (!issued)
        return cli.fail(issued.error());
    auto estimate = queue.reader().estimate(issued->id);
    QString message
        = QCoreApplication::translate("loketctl", "Ticket %1 for %2.").arg(issued->number, issued->serviceName);
    if (estimate && estimate->minutes) {
        message += QLatin1Char(' ')
            + QCoreApplication::translate("loketctl", "People ahead: %1, wait %2")
                  .arg(estimate->peopleAhead)
                  .arg(estimate->text());
    }
    return printTicket(
        cli, db, issued.value(), message, estimate ? std::optional<WaitEstimate>(estimate.value()) : std::nullopt);
}

struct Session {
    DatabasePtr db;
    Actor actor;
};

// The database and the signed-in user; reports the error itself.
std::optional<Session> signIn(Cli &cli, int &exitCode)
{
    DatabasePtr db = cli.database();
    if (!db) {
        exitCode = ExitError;
        return std::nullopt;
    }
    auto actor = cli.actor();
    if (!actor) {
        exitCode = ExitDenied;
        return std::nullopt;
    }
    return Session { db, *actor };
}

int call(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption ticketOption(QStringLiteral("ticket"), QString(), QStringLiteral("ID"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({ counterOption, ticketOption, reasonOption });
    if (!cli.parse(parser, args, ticketCommand()))
        return ExitUsage;
    if (!parser.isSet(counterOption) || !parser.positionalArguments().isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give the counter with --counter N."), ticketCommand());
    if (parser.isSet(ticketOption) && parser.value(reasonOption).trimmed().isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "calling a ticket out of its turn needs --reason TEXT."),
            ticketCommand());
    int exitCode = ExitOk;
    auto s = signIn(cli, exitCode);
    if (!s)
        return exitCode;
    auto counter = counterByNumber(cli, s->db, parser.value(counterOption), ticketCommand());
    if (!counter)
        return ExitError;
    QueueService queue(s->db, cli.clock());
    Result<Ticket> called = makeError(ErrorCode::Unknown, QString());
    if (parser.isSet(ticketOption)) {
        auto t = queue.findTicket(parser.value(ticketOption));
        if (!t)
            return cli.fail(t.error());
        called = queue.callTicket(s->actor, counter->id, t->id, parser.value(reasonOption));
    } else {
        called = queue.callNext(s->actor, counter->id);
    }
    if (!called)
        return cli.fail(called.error());
    return printTicket(cli, s->db, called.value(),
        QCoreApplication::translate("loketctl", "Calling %1 to loket %2.").arg(called->number).arg(counter->number));
}

// recall, start, finish, noshow, hold, resume, cancel: one ticket at the
// officer's counter (--counter, or the one they are signed in at).
int act(Cli &cli, const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({ counterOption, noteOption, reasonOption });
    if (!cli.parse(parser, args, ticketCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give one ticket: its number (A-001) or id."), ticketCommand());
    int exitCode = ExitOk;
    auto s = signIn(cli, exitCode);
    if (!s)
        return exitCode;
    QueueService queue(s->db, cli.clock());
    auto ticket = queue.findTicket(parser.positionalArguments().first());
    if (!ticket)
        return cli.fail(ticket.error());
    qint64 counterId = signedInCounter(s->db, s->actor);
    if (parser.isSet(counterOption)) {
        auto counter = counterByNumber(cli, s->db, parser.value(counterOption), ticketCommand());
        if (!counter)
            return ExitError;
        counterId = counter->id;
    }
    // Cancelling without a counter is a supervisor's move; the rest happens at a counter.
    if (counterId == 0 && sub != QLatin1String("cancel")) {
        return cli.fail(makeError(ErrorCode::InvalidState,
            QCoreApplication::translate("loketctl",
                "You are not signed in at a counter. Sign in with \"loketctl counter signin N\", "
                "or give --counter N.")));
    }
    const qint64 id = ticket->id;
    Result<Ticket> done = makeError(ErrorCode::Unknown, QString());
    QString message;
    if (sub == QLatin1String("recall")) {
        done = queue.recall(s->actor, counterId, id);
        message = QCoreApplication::translate("loketctl", "Calling %1 again.");
    } else if (sub == QLatin1String("start")) {
        done = queue.start(s->actor, counterId, id);
        message = QCoreApplication::translate("loketctl", "Serving %1.");
    } else if (sub == QLatin1String("finish")) {
        done = queue.finish(s->actor, counterId, id, parser.value(noteOption));
        message = QCoreApplication::translate("loketctl", "%1 is done.");
    } else if (sub == QLatin1String("noshow")) {
        done = queue.noShow(s->actor, counterId, id);
        message = QCoreApplication::translate("loketctl", "%1 did not come.");
    } else if (sub == QLatin1String("hold")) {
        done = queue.hold(s->actor, counterId, id, parser.value(reasonOption));
        message = QCoreApplication::translate("loketctl", "%1 is on hold.");
    } else if (sub == QLatin1String("resume")) {
        done = queue.resume(s->actor, counterId, id);
        message = QCoreApplication::translate("loketctl", "Calling %1 back.");
    } else {
        done = queue.cancel(s->actor, counterId, id, parser.value(reasonOption));
        message = QCoreApplication::translate("loketctl", "%1 is cancelled.");
    }
    if (!done)
        return cli.fail(done.error());
    return printTicket(cli, s->db, done.value(), message.arg(done->number));
}

int transfer(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption serviceOption(QStringLiteral("service"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    parser.addOptions({ serviceOption, counterOption });
    if (!cli.parse(parser, args, ticketCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(serviceOption) && !parser.isSet(counterOption)))
        return cli.failUsage(QCoreApplication::translate(
                                 "loketctl", "give the ticket and where it goes: --service CODE and/or --counter N."),
            ticketCommand());
    int exitCode = ExitOk;
    auto s = signIn(cli, exitCode);
    if (!s)
        return exitCode;
    QueueService queue(s->db, cli.clock());
    auto ticket = queue.findTicket(parser.positionalArguments().first());
    if (!ticket)
        return cli.fail(ticket.error());
    TransferTarget to;
    if (parser.isSet(serviceOption)) {
        auto service = QueueCatalog::serviceByCode(*s->db, parser.value(serviceOption));
        if (!service)
            return cli.fail(service.error());
        to.serviceId = service->id;
    }
    if (parser.isSet(counterOption)) {
        auto counter = counterByNumber(cli, s->db, parser.value(counterOption), ticketCommand());
        if (!counter)
            return ExitError;
        to.counterId = counter->id;
    }
    // From the officer's own counter; a supervisor who sits at none moves it as supervisor.
    auto moved = queue.transfer(s->actor, signedInCounter(s->db, s->actor), ticket->id, to);
    if (!moved)
        return cli.fail(moved.error());
    return printTicket(cli, s->db, moved.value(),
        QCoreApplication::translate("loketctl", "%1 is waiting again, for %2.").arg(moved->number, moved->serviceName));
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, ticketCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give one ticket: its number (A-001) or id."), ticketCommand());
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    QueueService queue(db, cli.clock());
    auto ticket = queue.findTicket(parser.positionalArguments().first());
    if (!ticket)
        return cli.fail(ticket.error());
    auto events = queue.events(ticket->id);
    if (!events)
        return cli.fail(events.error());
    std::optional<WaitEstimate> estimate;
    if (ticket->status == TicketStatus::Waiting) {
        if (auto e = queue.reader().estimate(ticket->id))
            estimate = e.value();
    }
    if (cli.json) {
        QJsonObject o = ticketJson(ticket.value());
        if (estimate)
            addEstimate(o, *estimate);
        QJsonArray history;
        for (const TicketEvent &e : events.value()) {
            history << QJsonObject {
                { QStringLiteral("at"), isoUtc(e.at) },
                { QStringLiteral("kind"), e.kind },
                { QStringLiteral("status"), ticketStatusCode(e.statusAfter) },
                { QStringLiteral("counter"), e.counterNumber > 0 ? QJsonValue(e.counterNumber) : QJsonValue() },
                { QStringLiteral("officer"), e.officerId > 0 ? QJsonValue(e.officerName) : QJsonValue() },
                { QStringLiteral("detail"), e.detail },
            };
        }
        o.insert(QStringLiteral("events"), history);
        cli.printJson(o);
        return ExitOk;
    }
    auto office = OfficeDay::load(*db);
    const OfficeDay day = office ? office.value() : OfficeDay();
    cli.out() << ticketLine(ticket.value(), day) << '\n';
    if (estimate) {
        cli.out() << QCoreApplication::translate("loketctl", "Position %1 in line").arg(estimate->position);
        if (estimate->minutes)
            cli.out() << QCoreApplication::translate("loketctl", ", wait %1").arg(estimate->text());
        cli.out() << '\n';
    }
    QList<QStringList> rows;
    for (const TicketEvent &e : events.value()) {
        rows << QStringList { localTime(e.at, day), ticketEventName(e.kind), ticketStatusDisplayName(e.statusAfter),
            e.counterNumber > 0 ? QCoreApplication::translate("loketctl", "loket %1").arg(e.counterNumber)
                                : QStringLiteral("-"),
            e.officerId > 0 ? e.officerName : QStringLiteral("-"), e.detail };
    }
    printTable(cli.out(), rows);
    return ExitOk;
}

int run(Cli &cli, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("issue"))
        return issue(cli, args);
    if (sub == QLatin1String("call"))
        return call(cli, args);
    if (sub == QLatin1String("transfer"))
        return transfer(cli, args);
    if (sub == QLatin1String("show"))
        return show(cli, args);
    if (sub == QLatin1String("print"))
        return printTicketCommand(cli, args, ticketCommand());
    for (const char *name : { "recall", "start", "finish", "noshow", "hold", "resume", "cancel" }) {
        if (sub == QLatin1String(name))
            return act(cli, sub, args);
    }
    return cli.failUsage(QCoreApplication::translate("loketctl",
                             "give a subcommand: issue, call, recall, start, finish, noshow, hold, resume, transfer, "
                             "cancel, show or print."),
        ticketCommand());
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("ticket"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "issue, call and serve queue tickets"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] [--json] ticket SUBCOMMAND [ARGS]\n\n"
        "  ticket issue --service CODE [--priority REASON] [--counter N]\n"
        "  ticket call --counter N [--ticket ID --reason TEXT]\n"
        "  ticket recall|start|noshow|resume ID [--counter N]\n"
        "  ticket finish ID [--note TEXT] [--counter N]\n"
        "  ticket hold ID [--reason TEXT] [--counter N]\n"
        "  ticket cancel ID [--reason TEXT] [--counter N]\n"
        "  ticket transfer ID [--service CODE] [--counter N]\n"
        "  ticket show ID\n"
        "  ticket print ID [--escpos FILE|HOST:PORT | --pdf FILE] [--paper 58|80] [--qr native|raster|none]\n\n"
        "ID is today's ticket number (A-001) or the ticket's id. REASON is a priority reason code "
        "(lansia, disabilitas, ibu_hamil, ibu_anak, or one the office added).\n\n"
        "\"ticket issue\" without --user issues as the kiosk: the kiosk is an unattended public screen, so issuing "
        "a ticket needs no sign-in. With --user and --counter it is issued by that officer at that counter for a "
        "citizen (paper-roll mode). Every other subcommand except \"show\" needs a signed-in officer (--user) and "
        "works at the counter the officer is signed in at (or --counter N). \"ticket call\" takes the next ticket "
        "by the ordering policy, or with --ticket one out of its turn (the reason is kept), and exits with 3 when "
        "no ticket is waiting. \"ticket transfer\" sends the ticket back to waiting for another service and/or one "
        "counter, keeping its arrival time. A supervisor who is not signed in at a counter may cancel or transfer "
        "any ticket. \"ticket print\" sends the ticket's printout as ESC/POS bytes to a file, a printer's device "
        "file or a network printer (default: the ESC/POS printer in the settings), or with --pdf writes it as a PDF "
        "on a roll-width page; it needs no user.\n\n"
        "--json prints the ticket: id, number, service, status, counter, priority, issued_at, called_at (the first "
        "call), started_at, finished_at (ISO 8601, UTC), and more; \"ticket issue\" adds the position in line "
        "and the estimated wait."),
    .needsDatabase = true,
    .run = run,
});
