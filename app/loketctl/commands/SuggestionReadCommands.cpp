// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl suggestion list|show|minutes|review|reminders.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SuggestionCli.h"
#include "print/suggestions/MinutesPdf.h"

#include <QJsonArray>
#include <QLocale>

using namespace loket;
using namespace loket::cli;

namespace {

QString day(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QStringLiteral("-");
}

QString decisionText(const SuggestionSlip &s)
{
    return s.entry.decision ? slipDecisionName(*s.entry.decision)
                            : QCoreApplication::translate("loketctl", "(not decided)");
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QString(), QStringLiteral("YYYY-MM"));
    parser.addOption(month);
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    QDate m;
    if (parser.isSet(month)) {
        m = monthArgument(cli, parser.value(month));
        if (!m.isValid())
            return ExitUsage;
    }
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        auto rows = s.sessions(actor, m);
        if (!rows)
            return cli.fail(rows.error());
        if (cli.json) {
            QJsonArray a;
            for (const SuggestionSession &x : rows.value())
                a << sessionJson(x);
            cli.printJson(a);
            return ExitOk;
        }
        QList<QStringList> table {{QCoreApplication::translate("loketctl", "ID"), QCoreApplication::translate("loketctl", "MINUTES"),
                                   QCoreApplication::translate("loketctl", "OPENED"), QCoreApplication::translate("loketctl", "BOX"),
                                   QCoreApplication::translate("loketctl", "SLIPS"), QCoreApplication::translate("loketctl", "STATE")}};
        for (const SuggestionSession &x : rows.value())
            table << QStringList {QString::number(x.id), x.number.isEmpty() ? QStringLiteral("-") : x.number, day(x.openedOn),
                                  x.boxName, QString::number(x.slipCount), sessionStateName(x.state)};
        printTable(cli.out(), table);
        if (rows->isEmpty())
            cli.out() << QCoreApplication::translate("loketctl", "No opening recorded.") << '\n';
        cli.out().flush();
        return ExitOk;
    });
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion show takes the session."), suggestionCommand());
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        auto session = sessionArgument(cli, s, actor, parser.positionalArguments().at(0));
        if (!session)
            return cli.lastExit();
        auto slips = s.slips(actor, session->id);
        if (!slips)
            return cli.fail(slips.error());
        auto summary = s.summary(actor, session->id);
        if (!summary)
            return cli.fail(summary.error());
        if (cli.json) {
            QJsonObject o = sessionJson(*session);
            QJsonArray a;
            for (const SuggestionSlip &x : slips.value())
                a << slipJson(x);
            o.insert(QStringLiteral("slips"), a);
            o.insert(QStringLiteral("summary"), summaryJson(*summary));
            cli.printJson(o);
            return ExitOk;
        }
        QTextStream &o = cli.out();
        QList<QStringList> head {
            {QCoreApplication::translate("loketctl", "Minutes no."),
             session->isSigned() ? session->number : QCoreApplication::translate("loketctl", "(draft, not signed)")},
            {QCoreApplication::translate("loketctl", "Box"), session->boxName + QStringLiteral(" — ") + session->boxLocation},
            {QCoreApplication::translate("loketctl", "Opened"),
             day(session->openedOn) + QLatin1Char(' ') + session->openedTime.toString(QStringLiteral("HH.mm")) + QStringLiteral(", ")
                 + session->place},
            {QCoreApplication::translate("loketctl", "Period"), day(session->periodFrom) + QStringLiteral(" – ") + day(session->periodTo)},
            {QCoreApplication::translate("loketctl", "Seal"),
             sealName(session->seal) + (session->sealNote.isEmpty() ? QString() : QStringLiteral(": ") + session->sealNote)},
        };
        if (session->isSigned())
            head << QStringList {QCoreApplication::translate("loketctl", "Signed"), session->signedByName};
        printTable(o, head);
        o << '\n' << QCoreApplication::translate("loketctl", "Present:") << '\n';
        QList<QStringList> people;
        for (const SessionMember &m : session->members)
            people << QStringList {QStringLiteral("  ") + memberRoleName(m.role), m.name,
                                   m.nip.isEmpty() ? QStringLiteral("-") : m.nip, m.teamRole};
        printTable(o, people);
        o << '\n' << QCoreApplication::translate("loketctl", "Slips:") << '\n';
        QList<QStringList> rows;
        for (const SuggestionSlip &x : slips.value()) {
            QString follow = session->isSigned() ? followStateName(x.follow) : QString();
            if (!x.complaintNumber.isEmpty())
                follow += QStringLiteral(" (") + x.complaintNumber + QStringLiteral(")");
            rows << QStringList {QStringLiteral("  %1 (id %2)").arg(x.number).arg(x.id), slipKindName(x.entry.kind),
                                 decisionText(x), x.serviceCode.isEmpty() ? QStringLiteral("-") : x.serviceCode,
                                 x.entry.element.isEmpty() ? QStringLiteral("-") : x.entry.element,
                                 x.entry.summary.left(50).replace(QLatin1Char('\n'), QLatin1Char(' ')), follow};
        }
        printTable(o, rows);
        QStringList counts;
        for (SlipKind k : allSlipKinds())
            counts << QStringLiteral("%1 %2").arg(slipKindName(k)).arg(summary->byKind[std::size_t(k)]);
        o << '\n' << QCoreApplication::translate("loketctl", "%n slip(s): ", nullptr, summary->total)
          << counts.join(QStringLiteral(", ")) << '\n';
        if (!session->isSigned()) {
            if (summary->maySign())
                o << QCoreApplication::translate("loketctl", "Ready to be signed.") << '\n';
            else
                o << QCoreApplication::translate("loketctl", "Not ready to be signed:") << '\n'
                  << QStringLiteral("  - ") << summary->missing.join(QStringLiteral("\n  - ")) << '\n';
        }
        o.flush();
        return ExitOk;
    });
}

int minutes(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOption(pdf);
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(pdf))
        return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion minutes takes the session and --pdf FILE."),
                             suggestionCommand());
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        auto session = sessionArgument(cli, s, actor, parser.positionalArguments().at(0));
        if (!session)
            return cli.lastExit();
        auto m = s.minutes(actor, session->id);
        if (!m)
            return cli.fail(m.error());
        auto pages = MinutesPdf::write(parser.value(pdf), m.value());
        if (!pages)
            return cli.fail(pages.error());
        return cli.json ? (cli.printJson(QJsonObject {{QStringLiteral("file"), parser.value(pdf)},
                                                      {QStringLiteral("pages"), pages.value()},
                                                      {QStringLiteral("signed"), session->isSigned()}}),
                           int(ExitOk))
                        : (cli.out() << QCoreApplication::translate("loketctl", "Minutes written to %1 (%n page(s)).", nullptr,
                                                                    pages.value())
                                            .arg(parser.value(pdf))
                                     << Qt::endl,
                           int(ExitOk));
    });
}

int review(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QString(), QStringLiteral("YYYY-MM"));
    parser.addOption(month);
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        QDate m = s.today();
        if (parser.isSet(month)) {
            m = monthArgument(cli, parser.value(month));
            if (!m.isValid())
                return ExitUsage;
        }
        auto r = s.review(actor, m);
        if (!r)
            return cli.fail(r.error());
        if (cli.json) {
            QJsonArray months, services, themes, open;
            for (const auto &x : r->months) {
                QJsonObject kinds;
                for (SlipKind k : allSlipKinds())
                    kinds.insert(slipKindCode(k), x.byKind[std::size_t(k)]);
                months << QJsonObject {{QStringLiteral("month"), x.month.toString(QStringLiteral("yyyy-MM"))},
                                       {QStringLiteral("sessions"), x.sessions}, {QStringLiteral("by_kind"), kinds}};
            }
            for (const auto &x : r->services)
                services << QJsonObject {{QStringLiteral("code"), x.code}, {QStringLiteral("name"), x.name},
                                         {QStringLiteral("slips"), x.slips}, {QStringLiteral("complaints"), x.complaints},
                                         {QStringLiteral("months"), x.months}};
            for (const auto &x : r->themes)
                themes << QJsonObject {{QStringLiteral("label"), x.label}, {QStringLiteral("element"), x.element},
                                       {QStringLiteral("slips"), x.slips}, {QStringLiteral("months"), x.months}};
            for (const auto &x : r->open)
                open << slipJson(x);
            QJsonArray notOpened;
            for (const auto &b : r->notOpened)
                notOpened << b.name;
            cli.printJson(QJsonObject {{QStringLiteral("month"), r->month.toString(QStringLiteral("yyyy-MM"))},
                                       {QStringLiteral("months"), months}, {QStringLiteral("services"), services},
                                       {QStringLiteral("themes"), themes}, {QStringLiteral("open"), open},
                                       {QStringLiteral("decided"), r->decided}, {QStringLiteral("done"), r->done},
                                       {QStringLiteral("overdue"), r->overdue}, {QStringLiteral("not_opened"), notOpened}});
            return ExitOk;
        }
        QTextStream &o = cli.out();
        QList<QStringList> table {{QCoreApplication::translate("loketctl", "MONTH")}};
        for (SlipKind k : allSlipKinds())
            table.first() << slipKindName(k).toUpper();
        for (const auto &x : r->months) {
            QStringList row {QLocale().toString(x.month, QStringLiteral("MMM yyyy"))};
            for (SlipKind k : allSlipKinds())
                row << QString::number(x.byKind[std::size_t(k)]);
            table << row;
        }
        printTable(o, table);
        o << '\n' << QCoreApplication::translate("loketctl", "Decisions to carry out: %1, done %2, overdue %3.")
                         .arg(r->decided).arg(r->done).arg(r->overdue) << '\n';
        if (!r->themes.isEmpty()) {
            o << '\n' << QCoreApplication::translate("loketctl", "Themes that come back:") << '\n';
            for (const auto &t : r->themes)
                o << QStringLiteral("  ") << t.label << QStringLiteral(" — ")
                  << QCoreApplication::translate("loketctl", "%n month(s)", nullptr, t.months) << QStringLiteral(", ")
                  << QCoreApplication::translate("loketctl", "%n slip(s)", nullptr, t.slips) << '\n';
        }
        if (!r->open.isEmpty()) {
            o << '\n' << QCoreApplication::translate("loketctl", "Not done yet:") << '\n';
            QList<QStringList> rows;
            for (const auto &x : r->open)
                rows << QStringList {QStringLiteral("  %1").arg(x.id), followStateName(x.follow), decisionText(x),
                                     x.ownerName.isEmpty() ? QStringLiteral("-") : x.ownerName, day(x.entry.target),
                                     x.complaintNumber, x.entry.summary.left(50)};
            printTable(o, rows);
        }
        for (const auto &b : r->notOpened)
            o << QCoreApplication::translate("loketctl", "Not opened this month: %1").arg(b.name) << '\n';
        o.flush();
        return ExitOk;
    });
}

int reminders(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        auto r = s.reminders(actor);
        if (!r)
            return cli.fail(r.error());
        if (cli.json) {
            QJsonArray a;
            for (const BoxReminder &x : r.value())
                a << QJsonObject {{QStringLiteral("box"), x.box.id}, {QStringLiteral("name"), x.box.name},
                                  {QStringLiteral("month"), x.month.toString(QStringLiteral("yyyy-MM"))}};
            cli.printJson(a);
            return ExitOk;
        }
        for (const BoxReminder &x : r.value())
            cli.out() << QCoreApplication::translate("loketctl", "%1 has not been opened in %2.")
                             .arg(x.box.name, QLocale().toString(x.month, QStringLiteral("MMMM yyyy")))
                      << '\n';
        if (r->isEmpty())
            cli.out() << QCoreApplication::translate("loketctl", "No box waits to be opened.") << '\n';
        cli.out().flush();
        return ExitOk;
    });
}

} // namespace

namespace loket::cli {

int suggestionRead(Cli &cli, const QString &sub, const QStringList &args)
{
    if (sub == QLatin1String("list"))
        return list(cli, args);
    if (sub == QLatin1String("show"))
        return show(cli, args);
    if (sub == QLatin1String("minutes"))
        return minutes(cli, args);
    if (sub == QLatin1String("review"))
        return review(cli, args);
    if (sub == QLatin1String("reminders"))
        return reminders(cli, args);
    return cli.failUsage(QCoreApplication::translate("loketctl", "unknown subcommand \"%1\".").arg(sub.left(40)),
                         suggestionCommand());
}

} // namespace loket::cli
