// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint verify-step|assign|note|respond|wait|resume|close|reopen|attach|auto-close.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/ComplaintCli.h"
#include "core/auth/UserStore.h"

#include <QFile>
#include <QFileInfo>

using namespace loket;

namespace loket::cli {

int complaintStep(Cli &cli, const QString &sub, const QStringList &args)
{
    const Command &cmd = complaintCommand();
    static const QStringList steps {QStringLiteral("verify-step"), QStringLiteral("assign"), QStringLiteral("note"),
        QStringLiteral("respond"), QStringLiteral("wait"), QStringLiteral("resume"), QStringLiteral("close"),
        QStringLiteral("reopen"), QStringLiteral("attach"), QStringLiteral("auto-close")};
    if (!steps.contains(sub)) {
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint knows add, list, show, search, verify, report, receipt, letter, %1.").arg(steps.join(QStringLiteral(", "))),
                             cmd);
    }
    QCommandLineParser parser;
    const QCommandLineOption outcome(QStringLiteral("outcome"), QString(), QStringLiteral("OUTCOME"));
    const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("OFFICE"));
    const QCommandLineOption letter(QStringLiteral("letter"), QString(), QStringLiteral("NO"));
    const QCommandLineOption through(QStringLiteral("through"), QString(), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({outcome, note, to, letter, through});
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    DatabasePtr db;
    auto withComplaint = [&](int minArgs, int maxArgs) -> bool {
        if (pos.size() < minArgs || (maxArgs >= 0 && pos.size() > maxArgs)) {
            cli.failUsage(QCoreApplication::translate("loketctl", "wrong arguments for \"complaint %1\"; see loketctl complaint --help.").arg(sub), cmd);
            return false;
        }
        return true;
    };
    if (sub == QLatin1String("auto-close")) {
        if (!pos.isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "complaint auto-close takes no arguments."), cmd);
        db = cli.database();
        if (!db)
            return cli.lastExit();
        const auto actor = cli.actor();
        if (!actor)
            return cli.lastExit();
        ComplaintService s(db, cli.clock());
        QDate day = s.today().addDays(-1);
        if (parser.isSet(through)) {
            day = QDate::fromString(parser.value(through), Qt::ISODate);
            if (!day.isValid())
                return cli.failUsage(QCoreApplication::translate("loketctl", "--through needs a date, YYYY-MM-DD."), cmd);
        }
        auto n = s.autoClose(*actor, day);
        if (!n)
            return cli.fail(n.error());
        if (cli.json)
            cli.printJson(QJsonObject {{QStringLiteral("closed"), n.value()}, {QStringLiteral("through"), day.toString(Qt::ISODate)}});
        else
            cli.out() << QCoreApplication::translate("loketctl", "%n complaint(s) closed automatically.", nullptr, n.value()) << Qt::endl;
        return ExitOk;
    }
    const bool needsText = sub == QLatin1String("note") || sub == QLatin1String("respond") || sub == QLatin1String("wait")
        || sub == QLatin1String("reopen") || sub == QLatin1String("assign") || sub == QLatin1String("attach");
    if (!withComplaint(needsText ? 2 : 1, needsText ? -1 : 1))
        return ExitUsage;
    const QString text = pos.mid(1).join(QLatin1Char(' '));
    std::optional<VerifyOutcome> verifyOutcome;
    if (sub == QLatin1String("verify-step")) {
        verifyOutcome = verifyOutcomeFromCode(parser.value(outcome));
        if (!verifyOutcome)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--outcome is complete, incomplete, not_our_authority or archived."), cmd);
    }
    QList<ComplaintAttachmentFile> files;
    if (sub == QLatin1String("attach")) {
        for (const QString &path : pos.mid(1)) {
            auto file = ComplaintAttachmentFile::read(path);
            if (!file)
                return cli.fail(file.error());
            files << file.value();
        }
    }
    db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    ComplaintService s(db, cli.clock());
    auto c = complaintArgument(cli, s, *actor, pos.at(0));
    if (!c)
        return cli.lastExit();
    Result<Complaint> r = c.value();
    if (sub == QLatin1String("verify-step")) {
        r = s.verify(*actor, c->id, *verifyOutcome, parser.value(note), parser.value(to));
    } else if (sub == QLatin1String("assign")) {
        auto user = UserStore(db, cli.clock()).find(pos.at(1));
        if (!user)
            return cli.fail(user.error());
        if (!user->has_value())
            return cli.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("loketctl", "There is no user \"%1\".").arg(pos.at(1).left(40))));
        r = s.assign(*actor, c->id, user->value().user.id, parser.value(note));
    } else if (sub == QLatin1String("note")) {
        r = s.addNote(*actor, c->id, text);
    } else if (sub == QLatin1String("respond")) {
        r = s.respond(*actor, c->id, text, parser.value(letter));
    } else if (sub == QLatin1String("wait")) {
        r = s.wait(*actor, c->id, text);
    } else if (sub == QLatin1String("resume")) {
        r = s.resume(*actor, c->id, parser.value(note));
    } else if (sub == QLatin1String("close")) {
        r = s.close(*actor, c->id, parser.value(note));
    } else if (sub == QLatin1String("reopen")) {
        r = s.reopen(*actor, c->id, text);
    } else if (sub == QLatin1String("attach")) {
        for (const ComplaintAttachmentFile &f : files) {
            r = s.attach(*actor, c->id, f);
            if (!r)
                break;
        }
    }
    if (!r)
        return cli.fail(r.error());
    if (cli.json) {
        cli.printJson(complaintJson(r.value()));
        return ExitOk;
    }
    const QString left = daysLeftText(r.value());
    cli.out() << QCoreApplication::translate("loketctl", "%1: %2.").arg(r->number, stateName(r->status.state))
              << (left == QLatin1String("-") ? QString() : QStringLiteral(" ") + left) << Qt::endl;
    return ExitOk;
}

} // namespace loket::cli
