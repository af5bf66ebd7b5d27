// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint: the complaint log — list, show, search, verify (and, in
// ComplaintAddCommand.cpp and ComplaintStepCommands.cpp, logging and steps).
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/ComplaintCli.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/ServiceCatalog.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

using namespace loket;
using namespace loket::cli;

namespace loket::cli {

const Command &complaintCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("complaint"));
}

QString dayText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QStringLiteral("-");
}

QString daysLeftText(const Complaint &c)
{
    if (c.status.state == ComplaintState::Waiting)
        return QCoreApplication::translate("loketctl", "clock stopped");
    if (!c.status.nextDue.isValid())
        return QStringLiteral("-");
    if (c.daysLeft < 0)
        return QCoreApplication::translate("loketctl", "%n working day(s) late", nullptr, -c.daysLeft);
    if (c.daysLeft == 0)
        return QCoreApplication::translate("loketctl", "due today");
    return QCoreApplication::translate("loketctl", "%n working day(s) left", nullptr, c.daysLeft);
}

int officeOffsetSeconds(Cli &cli)
{
    auto zone = CalendarRepository(cli.database()).officeTime();
    return zone ? zone->offsetSeconds() : 7 * 3600;
}

std::optional<Complaint> complaintArgument(Cli &cli, ComplaintService &service, const Actor &actor, const QString &arg)
{
    auto c = service.find(actor, arg);
    if (!c) {
        cli.fail(c.error());
        return std::nullopt;
    }
    return c.value();
}

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue dayJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject complaintJson(const Complaint &c)
{
    const ComplaintStatus &s = c.status;
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("number"), c.number},
        {QStringLiteral("state"), stateCode(s.state)}, {QStringLiteral("channel"), channelCode(c.intake.channel)},
        {QStringLiteral("type"), typeCode(c.intake.type)}, {QStringLiteral("tier"), tierCode(c.intake.tier)},
        {QStringLiteral("service"), c.serviceName}, {QStringLiteral("component"), c.intake.component},
        {QStringLiteral("received_at"), iso(c.intake.receivedAt)},
        {QStringLiteral("received_day"), dayJson(c.receivedDay)},
        {QStringLiteral("lapor_number"), c.intake.laporNumber}, {QStringLiteral("ticket"), c.ticketNumber},
        {QStringLiteral("summary"), c.intake.summary}, {QStringLiteral("details"), c.intake.details},
        {QStringLiteral("loss"), c.intake.loss}, {QStringLiteral("remedy"), c.intake.remedy},
        {QStringLiteral("anonymous"), c.intake.anonymous}, {QStringLiteral("confidential"), c.intake.confidential},
        {QStringLiteral("assignee"), c.assigneeName}, {QStringLiteral("logged_by"), c.createdByName},
        {QStringLiteral("deadlines"),
            QJsonObject {{QStringLiteral("verify"), dayJson(s.verify.due)},
                {QStringLiteral("first_follow_up"), dayJson(s.firstFollowUp.due)},
                {QStringLiteral("settle"), dayJson(s.settle.due)}, {QStringLiteral("auto_close"), dayJson(s.autoCloseDue)}}},
        {QStringLiteral("met"),
            QJsonObject {{QStringLiteral("verify"), timeJson(s.verify.metAt)},
                {QStringLiteral("first_follow_up"), timeJson(s.firstFollowUp.metAt)},
                {QStringLiteral("settle"), timeJson(s.settle.metAt)}}},
        {QStringLiteral("next_due"), dayJson(s.nextDue)},
        {QStringLiteral("days_left"), s.nextDue.isValid() ? QJsonValue(c.daysLeft) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("paused_since"), dayJson(s.pausedSince)}, {QStringLiteral("paused_days"), s.pausedDays},
        {QStringLiteral("closed_at"), timeJson(s.closedAt)}, {QStringLiteral("closed_how"), s.closedHow}};
}

QJsonObject eventJson(const ComplaintEvent &e)
{
    return QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("at"), iso(e.at)},
        {QStringLiteral("user"), e.username}, {QStringLiteral("kind"), eventKindCode(e.kind)},
        {QStringLiteral("detail"), e.detail}, {QStringLiteral("note"), e.note}};
}

QJsonObject identityJson(const ComplaintIdentity &p)
{
    return QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email}, {QStringLiteral("address"), p.address}};
}

void printComplaint(Cli &cli, const Complaint &c)
{
    QTextStream &o = cli.out();
    const QLocale locale;
    QList<QStringList> rows {
        {QCoreApplication::translate("loketctl", "Number"), c.number},
        {QCoreApplication::translate("loketctl", "State"), stateName(c.status.state)},
        {QCoreApplication::translate("loketctl", "Received"), locale.toString(c.intake.receivedAt.toUTC().addSecs(officeOffsetSeconds(cli)), QStringLiteral("d MMM yyyy HH.mm"))
                + QStringLiteral(" (") + channelName(c.intake.channel) + QStringLiteral(")")},
        {QCoreApplication::translate("loketctl", "Type, tier"), typeName(c.intake.type) + QStringLiteral(", ") + tierName(c.intake.tier)},
        {QCoreApplication::translate("loketctl", "Service"), c.serviceName.isEmpty() ? QStringLiteral("-") : c.serviceName},
        {QCoreApplication::translate("loketctl", "Summary"), c.intake.summary},
        {QCoreApplication::translate("loketctl", "Verify by"), dayText(c.status.verify.due) + (c.status.verify.met() ? QCoreApplication::translate("loketctl", " (done)") : QString())},
        {QCoreApplication::translate("loketctl", "First follow-up by"), dayText(c.status.firstFollowUp.due) + (c.status.firstFollowUp.met() ? QCoreApplication::translate("loketctl", " (done)") : QString())},
        {QCoreApplication::translate("loketctl", "Settle by"), dayText(c.status.settle.due) + (c.status.settle.met() ? QCoreApplication::translate("loketctl", " (done)") : QString())},
        {QCoreApplication::translate("loketctl", "Time left"), daysLeftText(c)},
    };
    if (c.status.autoCloseDue.isValid())
        rows << QStringList {QCoreApplication::translate("loketctl", "Closes by itself"), dayText(c.status.autoCloseDue)};
    if (!c.assigneeName.isEmpty())
        rows << QStringList {QCoreApplication::translate("loketctl", "Assigned to"), c.assigneeName};
    if (!c.ticketNumber.isEmpty())
        rows << QStringList {QCoreApplication::translate("loketctl", "Ticket"), c.ticketNumber};
    if (!c.intake.laporNumber.isEmpty())
        rows << QStringList {QCoreApplication::translate("loketctl", "SP4N-LAPOR!"), c.intake.laporNumber};
    if (c.intake.anonymous)
        rows << QStringList {QCoreApplication::translate("loketctl", "Complainant"), QCoreApplication::translate("loketctl", "anonymous")};
    else if (c.intake.confidential)
        rows << QStringList {QCoreApplication::translate("loketctl", "Complainant"), QCoreApplication::translate("loketctl", "confidential")};
    printTable(o, rows);
    o.flush();
}

} // namespace loket::cli

namespace {

int withService(Cli &cli, const std::function<int(ComplaintService &, const Actor &)> &run)
{
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    ComplaintService service(db, cli.clock());
    return run(service, *actor);
}

int listOrSearch(Cli &cli, const QList<Complaint> &rows)
{
    if (cli.json) {
        QJsonArray a;
        for (const Complaint &c : rows)
            a << complaintJson(c);
        cli.printJson(a);
        return ExitOk;
    }
    QList<QStringList> table {{QCoreApplication::translate("loketctl", "NUMBER"), QCoreApplication::translate("loketctl", "RECEIVED"), QCoreApplication::translate("loketctl", "STATE"), QCoreApplication::translate("loketctl", "TIME LEFT"), QCoreApplication::translate("loketctl", "ASSIGNED TO"), QCoreApplication::translate("loketctl", "SUMMARY")}};
    for (const Complaint &c : rows) {
        table << QStringList {c.number, dayText(c.receivedDay), stateName(c.status.state), daysLeftText(c),
            c.assigneeName.isEmpty() ? QStringLiteral("-") : c.assigneeName, c.intake.summary.left(60)};
    }
    printTable(cli.out(), table);
    if (rows.isEmpty())
        cli.out() << QCoreApplication::translate("loketctl", "No complaint matches.") << '\n';
    cli.out().flush();
    return ExitOk;
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption mine(QStringLiteral("mine")), overdue(QStringLiteral("overdue")),
        dueSoon(QStringLiteral("due-soon")), unassigned(QStringLiteral("unassigned")), all(QStringLiteral("all"));
    const QCommandLineOption channel(QStringLiteral("channel"), QString(), QStringLiteral("CHANNEL"));
    const QCommandLineOption service(QStringLiteral("service"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    parser.addOptions({state, mine, overdue, dueSoon, unassigned, all, channel, service, limit});
    if (!cli.parse(parser, args, complaintCommand()))
        return ExitUsage;
    ComplaintFilter f;
    int views = 0;
    for (const auto &[opt, view] : {std::pair {&mine, ComplaintFilter::View::Mine}, {&overdue, ComplaintFilter::View::Overdue},
             {&dueSoon, ComplaintFilter::View::DueSoon}, {&unassigned, ComplaintFilter::View::Unassigned},
             {&all, ComplaintFilter::View::All}}) {
        if (parser.isSet(*opt)) {
            f.view = view;
            ++views;
        }
    }
    if (views > 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "choose one of --mine, --overdue, --due-soon, "
                                                                     "--unassigned and --all."), complaintCommand());
    if (parser.isSet(state)) {
        f.state = stateFromCode(parser.value(state));
        if (!f.state)
            return cli.failUsage(QCoreApplication::translate("loketctl", "unknown state \"%1\"; the states are: %2.")
                                     .arg(parser.value(state).left(40), [] {
                                         QStringList codes;
                                         for (ComplaintState s : allStates())
                                             codes << stateCode(s);
                                         return codes.join(QStringLiteral(", "));
                                     }()), complaintCommand());
        if (views == 0)
            f.view = ComplaintFilter::View::All;
    }
    if (parser.isSet(channel)) {
        f.channel = channelFromCode(parser.value(channel));
        if (!f.channel)
            return cli.failUsage(QCoreApplication::translate("loketctl", "unknown channel \"%1\".").arg(parser.value(channel).left(40)),
                                 complaintCommand());
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        f.limit = parser.value(limit).toInt(&ok);
        if (!ok || f.limit < 1)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--limit needs a whole number."), complaintCommand());
    }
    return withService(cli, [&](ComplaintService &s, const Actor &actor) -> int {
        if (parser.isSet(service)) {
            auto found = ServiceCatalog(cli.database(), cli.clock()).findByCode(parser.value(service));
            if (!found)
                return cli.fail(found.error());
            f.serviceId = found->id;
        }
        auto rows = s.list(actor, f);
        if (!rows)
            return cli.fail(rows.error());
        return listOrSearch(cli, rows.value());
    });
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, complaintCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint show takes one register number."), complaintCommand());
    return withService(cli, [&](ComplaintService &s, const Actor &actor) -> int {
        auto c = complaintArgument(cli, s, actor, parser.positionalArguments().at(0));
        if (!c)
            return cli.lastExit();
        auto events = s.events(actor, c->id);
        if (!events)
            return cli.fail(events.error());
        std::optional<ComplaintIdentity> person;
        if (s.maySeeIdentity(actor, *c) && c->hasIdentity) {
            auto p = s.identity(actor, c->id); // logged
            if (!p)
                return cli.fail(p.error());
            person = p.value();
        }
        auto files = s.attachments(actor, c->id);
        if (!files)
            return cli.fail(files.error());
        if (cli.json) {
            QJsonObject o = complaintJson(*c);
            QJsonArray ev;
            for (const ComplaintEvent &e : events.value())
                ev << eventJson(e);
            o.insert(QStringLiteral("events"), ev);
            QJsonArray fa;
            for (const ComplaintAttachment &a : files.value())
                fa << QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name},
                    {QStringLiteral("mime"), a.mime}, {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256}};
            o.insert(QStringLiteral("attachments"), fa);
            if (person)
                o.insert(QStringLiteral("identity"), identityJson(*person));
            cli.printJson(o);
            return ExitOk;
        }
        printComplaint(cli, *c);
        QTextStream &o = cli.out();
        if (person) {
            o << '\n' << QCoreApplication::translate("loketctl", "Complainant (this view is recorded in the audit log):") << '\n';
            QList<QStringList> rows;
            for (const auto &[label, value] : {std::pair {QCoreApplication::translate("loketctl", "Name"), person->name}, {QCoreApplication::translate("loketctl", "Phone"), person->phone},
                     {QCoreApplication::translate("loketctl", "Email"), person->email}, {QCoreApplication::translate("loketctl", "Address"), person->address}}) {
                if (!value.isEmpty())
                    rows << QStringList {QStringLiteral("  ") + label, value};
            }
            printTable(o, rows);
        } else if (c->hasIdentity) {
            o << '\n' << QCoreApplication::translate("loketctl", "Complainant: kept confidential (only the follow-up team and supervisors may see it).") << '\n';
        }
        if (!c->intake.details.isEmpty())
            o << '\n' << QCoreApplication::translate("loketctl", "What happened:") << '\n' << c->intake.details << '\n';
        o << '\n' << QCoreApplication::translate("loketctl", "History:") << '\n';
        const QLocale locale;
        const int offset = officeOffsetSeconds(cli);
        QList<QStringList> rows;
        for (const ComplaintEvent &e : events.value()) {
            const QString what = e.summary();
            rows << QStringList {QStringLiteral("  ") + locale.toString(e.at.toUTC().addSecs(offset), QStringLiteral("d MMM yyyy HH.mm")),
                e.username, what, e.note.left(80).replace(QLatin1Char('\n'), QLatin1Char(' '))};
        }
        printTable(o, rows);
        for (const ComplaintAttachment &a : files.value())
            o << QCoreApplication::translate("loketctl", "Attachment") << ' ' << a.id << ": " << a.name << " (" << count((a.size + 1023) / 1024)
              << " KB, SHA-256 " << a.sha256.left(16) << "…)\n";
        o.flush();
        return ExitOk;
    });
}

int search(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    parser.addOption(limit);
    if (!cli.parse(parser, args, complaintCommand()))
        return ExitUsage;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint search needs the words to look for."), complaintCommand());
    const int n = parser.isSet(limit) ? std::max(1, parser.value(limit).toInt()) : 50;
    return withService(cli, [&](ComplaintService &s, const Actor &actor) -> int {
        auto rows = s.search(actor, text, n);
        if (!rows)
            return cli.fail(rows.error());
        return listOrSearch(cli, rows.value());
    });
}

QTimeZone officeZone(Cli &cli)
{
    auto zone = CalendarRepository(cli.database()).officeTime();
    return QTimeZone(zone ? zone->offsetSeconds() : 7 * 3600);
}

int verifyChain(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, complaintCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint verify takes no arguments."), complaintCommand());
    return withService(cli, [&](ComplaintService &s, const Actor &actor) -> int {
        auto report = s.verifyChain(actor);
        if (!report)
            return cli.fail(report.error());
        if (cli.json) {
            QJsonObject o {{QStringLiteral("intact"), report->intact()}, {QStringLiteral("count"), report->count}};
            if (report->firstBreak) {
                o.insert(QStringLiteral("first_break"),
                    QJsonObject {{QStringLiteral("event_id"), report->firstBreak->id}, {QStringLiteral("seq"), report->firstBreak->seq},
                        {QStringLiteral("reason"), report->reasonCode()}, {QStringLiteral("label"), report->firstBreak->label}});
            }
            cli.printJson(o);
            return report->intact() ? ExitOk : ExitError;
        }
        if (report->intact()) {
            cli.out() << QCoreApplication::translate("loketctl", "The complaint history chain is intact: %1 events.")
                             .arg(count(report->count))
                      << Qt::endl;
            return ExitOk;
        }
        cli.err() << QCoreApplication::translate("loketctl",
                         "The complaint history chain is %1. The history was changed outside Loket; keep this database "
                         "and its backups as they are and report it.")
                         .arg(report->summary(officeZone(cli), &eventKindLabel))
                  << Qt::endl;
        return ExitError;
    });
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("complaint"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "the complaint log: log, follow up, close, search, verify"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl --user NAME complaint SUBCOMMAND [ARGS] [--json]\n\n"
        "  complaint add --channel C --summary TEXT [--type T] [--tier T] [--service CODE] [--component C]\n"
        "                [--details TEXT] [--loss TEXT] [--remedy TEXT] [--name N] [--phone P] [--email E]\n"
        "                [--address A] [--anonymous] [--confidential] [--received YYYY-MM-DDTHH:MM]\n"
        "                [--ticket ID] [--lapor NO] [--attach FILE]...\n"
        "  complaint list [--mine|--unassigned|--due-soon|--overdue|--all] [--state S] [--channel C]\n"
        "                 [--service CODE] [--limit N]      (default: the open ones, the nearest deadline first)\n"
        "  complaint show NUMBER          the complaint, its history and attachments; the complainant only for\n"
        "                                 the follow-up team and supervisors (the view is recorded)\n"
        "  complaint verify-step NUMBER --outcome complete|incomplete|not_our_authority|archived\n"
        "                                 [--note TEXT] [--to OFFICE]\n"
        "  complaint assign NUMBER USER [--note TEXT]\n"
        "  complaint note NUMBER TEXT\n"
        "  complaint respond NUMBER TEXT [--letter NO]\n"
        "  complaint wait NUMBER REASON   waiting for the complainant: the deadlines stand still\n"
        "  complaint resume NUMBER [--note TEXT]\n"
        "  complaint close NUMBER [--note TEXT]\n"
        "  complaint reopen NUMBER REASON\n"
        "  complaint attach NUMBER FILE...  photos (JPEG, PNG) or PDF scans\n"
        "  complaint auto-close [--through YYYY-MM-DD]  close what went unanswered after the response\n"
        "  complaint search WORDS...\n"
        "  complaint verify               recompute the history's hash chain\n"
        "  complaint report --month YYYY-MM [--pdf FILE] [--xlsx FILE]  the monthly report (supervisors)\n"
        "  complaint receipt NUMBER --escpos FILE|--pdf FILE [--paper 58|80]  the complainant's receipt\n"
        "                                 (ticket printer bytes, or A5 PDF); never the person of a rahasia one\n"
        "  complaint letter NUMBER --pdf FILE  the response letter on the letterhead (A4), signed by you\n\n"
        "NUMBER is the register number (ADU/2026/12/0001) or the id. Channels: langsung, surat, telepon, sms, "
        "email, website, media_sosial, whatsapp, kotak_saran, lapor. Types: aspirasi, pengaduan (default), "
        "permintaan_informasi. Tiers: ringan, normatif (default), tidak_berkadar_pengawasan, berkadar_pengawasan. "
        "--received is the office's wall time (a letter keeps the time it arrived).\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed or the chain is broken, 3 nothing to do, 4 not allowed."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("add"))
            return complaintAdd(cli, args);
        if (sub == QLatin1String("list"))
            return list(cli, args);
        if (sub == QLatin1String("show"))
            return show(cli, args);
        if (sub == QLatin1String("search"))
            return search(cli, args);
        if (sub == QLatin1String("verify"))
            return verifyChain(cli, args);
        if (sub == QLatin1String("report"))
            return complaintReport(cli, args);
        if (sub == QLatin1String("receipt"))
            return complaintReceipt(cli, args);
        if (sub == QLatin1String("letter"))
            return complaintLetter(cli, args);
        return complaintStep(cli, sub, args);
    },
});
