// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl queue status, loketctl day close.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/commands/QueueCliSupport.h"
#include "core/complaints/ComplaintService.h"
#include "core/queue/QueueService.h"

#include <QJsonArray>

using namespace loket;
using namespace loket::cli;
using namespace loket::cli::queuecli;

namespace {

const Command &commandNamed(const char *name)
{
    return *CommandRegistry::instance().find(QLatin1String(name));
}

QJsonObject snapshotJson(const QueueSnapshot &s)
{
    QJsonArray counters;
    for (const CounterView &v : s.counters) {
        QJsonObject c = counterJson(v.counter);
        c.insert(QStringLiteral("current"), v.current ? QJsonValue(ticketJson(*v.current)) : QJsonValue());
        QJsonArray held;
        for (const Ticket &t : v.held)
            held << t.number;
        c.insert(QStringLiteral("held"), held);
        c.insert(QStringLiteral("waiting"), v.waiting);
        counters << c;
    }
    QJsonArray services;
    for (const ServiceQueue &q : s.services) {
        QJsonObject o {
            { QStringLiteral("code"), q.service.code },
            { QStringLiteral("name"), q.service.name },
            { QStringLiteral("waiting"), q.waiting },
            { QStringLiteral("priority_waiting"), q.priorityWaiting },
            { QStringLiteral("open_counters"), q.openCounters },
        };
        if (q.newTicket) {
            o.insert(QStringLiteral("estimated_minutes"),
                q.newTicket->minutes ? QJsonValue(*q.newTicket->minutes) : QJsonValue());
        }
        services << o;
    }
    QJsonArray calls;
    for (const RecentCall &c : s.recentCalls) {
        calls << QJsonObject {
            { QStringLiteral("number"), c.number },
            { QStringLiteral("counter"), c.counterNumber },
            { QStringLiteral("at"), isoUtc(c.at) },
            { QStringLiteral("repeated"), c.repeated },
        };
    }
    QJsonObject o {
        { QStringLiteral("day"), s.day.toString(Qt::ISODate) },
        { QStringLiteral("at"), isoUtc(s.at) },
        { QStringLiteral("counters"), counters },
        { QStringLiteral("services"), services },
        { QStringLiteral("recent_calls"), calls },
    };
    if (!s.waitingForCounter.isEmpty()) {
        QJsonArray line;
        for (const Ticket &t : s.waitingForCounter)
            line << ticketJson(t);
        o.insert(QStringLiteral("line"), line);
    }
    return o;
}

void printSnapshot(Cli &cli, const QueueSnapshot &s, const OfficeDay &office)
{
    QTextStream &out = cli.out();
    out << QCoreApplication::translate("loketctl", "Queue of %1, at %2")
               .arg(QLocale().toString(s.day, QLocale::LongFormat), localTime(s.at, office))
        << "\n\n";
    QList<QStringList> rows;
    for (const CounterView &v : s.counters) {
        QString state = counterStateDisplayName(v.counter.state);
        if (!v.counter.stateReason.isEmpty())
            state += QStringLiteral(" (") + v.counter.stateReason + QLatin1Char(')');
        QString current = v.current ? v.current->number + QLatin1Char(' ') + ticketStatusDisplayName(v.current->status)
                                    : QStringLiteral("-");
        for (const Ticket &t : v.held)
            current += QStringLiteral(", ") + QCoreApplication::translate("loketctl", "%1 on hold").arg(t.number);
        rows << QStringList { QCoreApplication::translate("loketctl", "loket %1").arg(v.counter.number), state,
            v.counter.officerId > 0 ? v.counter.officerName : QStringLiteral("-"), current,
            QCoreApplication::translate("loketctl", "%1 waiting").arg(v.waiting) };
    }
    printTable(out, rows);
    out << '\n';
    rows.clear();
    for (const ServiceQueue &q : s.services) {
        QString waiting = QCoreApplication::translate("loketctl", "%1 waiting").arg(q.waiting);
        if (q.priorityWaiting > 0)
            waiting += QCoreApplication::translate("loketctl", " (%1 priority)").arg(q.priorityWaiting);
        QString estimate;
        if (q.newTicket && q.newTicket->minutes)
            estimate = QCoreApplication::translate("loketctl", "new ticket: %1").arg(q.newTicket->text());
        rows << QStringList { q.service.code, q.service.name, waiting,
            QCoreApplication::translate("loketctl", "%n counter(s) open", nullptr, q.openCounters), estimate };
    }
    printTable(out, rows);
    if (!s.recentCalls.isEmpty()) {
        out << '\n' << QCoreApplication::translate("loketctl", "Last calls:") << '\n';
        rows.clear();
        for (const RecentCall &c : s.recentCalls) {
            rows << QStringList { localTime(c.at, office), c.number,
                QCoreApplication::translate("loketctl", "loket %1").arg(c.counterNumber),
                c.repeated ? QCoreApplication::translate("loketctl", "(again)") : QString() };
        }
        printTable(out, rows);
    }
    if (!s.waitingForCounter.isEmpty()) {
        out << '\n' << QCoreApplication::translate("loketctl", "Line, next first:") << '\n';
        for (const Ticket &t : s.waitingForCounter)
            out << "  " << ticketLine(t, office) << '\n';
    }
    out.flush();
}

// Public information, as on the display board: no user needed.
int runQueue(Cli &cli, QStringList args)
{
    const Command &command = commandNamed("queue");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub != QLatin1String("status"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "give a subcommand: status."), command);
    QCommandLineParser parser;
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QString(), QStringLiteral("N"));
    parser.addOptions({ counterOption, callsOption });
    if (!cli.parse(parser, args, command))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "queue status takes only options."), command);
    QueueSnapshotOptions options;
    options.estimates = true;
    if (parser.isSet(callsOption)) {
        bool ok = false;
        options.recentCalls = parser.value(callsOption).toInt(&ok);
        if (!ok || options.recentCalls < 0)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--calls needs a whole number."), command);
    }
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    if (parser.isSet(counterOption)) {
        auto counter = counterByNumber(cli, db, parser.value(counterOption), command);
        if (!counter)
            return ExitError;
        options.counterId = counter->id;
    }
    auto snapshot = QueueService(db, cli.clock()).snapshot(options);
    if (!snapshot)
        return cli.fail(snapshot.error());
    if (cli.json) {
        cli.printJson(snapshotJson(snapshot.value()));
        return ExitOk;
    }
    auto office = OfficeDay::load(*db);
    printSnapshot(cli, snapshot.value(), office ? office.value() : OfficeDay());
    return ExitOk;
}

int runDay(Cli &cli, QStringList args)
{
    const Command &command = commandNamed("day");
    if (args != QStringList { QStringLiteral("close") })
        return cli.failUsage(QCoreApplication::translate("loketctl", "give a subcommand: close."), command);
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    auto expired = QueueService(db, cli.clock()).closeDay(*actor);
    if (!expired)
        return cli.fail(expired.error());
    // Closing the day also closes the complaints whose response went unanswered (Loket's own rule).
    auto autoClosed = ComplaintService(db, cli.clock()).autoCloseOverdue(Actor::system());
    if (!autoClosed)
        return cli.fail(autoClosed.error());
    if (cli.json) {
        cli.printJson(QJsonObject { { QStringLiteral("expired"), expired.value() },
            { QStringLiteral("complaints_closed"), autoClosed.value() } });
    } else {
        cli.out() << QCoreApplication::translate("loketctl", "%n ticket(s) expired.", nullptr, expired.value())
                  << Qt::endl;
        if (autoClosed.value() > 0)
            cli.out() << QCoreApplication::translate("loketctl", "%n complaint(s) closed automatically.", nullptr,
                             autoClosed.value())
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("queue"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "today's queue: counters, waiting tickets, last calls"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--json] queue status [--counter N] [--calls N]\n\n"
        "Shows every counter (state, officer, the ticket at it, tickets on hold, how many it "
        "may call), the waiting tickets per service with the estimated wait of a new ticket, "
        "and the last calls (default 5). With --counter, also that counter's line in the order "
        "it will call it. Needs no user: the display board shows the same."),
    .needsDatabase = true,
    .run = runQueue,
});

LOKET_COMMAND({
    .name = QStringLiteral("day"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "close the queue day: expire tickets left over"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl --user NAME [--json] day close\n\n"
        "Expires every unfinished ticket of earlier days, and today's waiting and parked "
        "tickets once the office has closed (office hours). Tickets being called or served "
        "after closing time are left to their officer until the day is over. Safe to run at "
        "any time and any number of times (from cron, or when the application starts). Needs a "
        "supervisor or an administrator."),
    .needsDatabase = true,
    .run = runDay,
});
