// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl suggestion: the suggestion boxes and their monthly openings —
// boxes, sessions, members, slips, signing (and, in
// SuggestionReadCommands.cpp, reading them).
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/SuggestionCli.h"
#include "core/auth/UserStore.h"
#include "core/catalog/ServiceCatalog.h"

#include <QJsonArray>

using namespace loket;
using namespace loket::cli;

namespace loket::cli {

const Command &suggestionCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("suggestion"));
}

int withSuggestions(Cli &cli, const std::function<int(SuggestionService &, const Actor &)> &run)
{
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    SuggestionService service(db, cli.clock());
    return run(service, *actor);
}

std::optional<SuggestionSession> sessionArgument(Cli &cli, SuggestionService &s, const Actor &actor, const QString &arg)
{
    auto found = s.find(actor, arg);
    if (!found) {
        cli.fail(found.error());
        return std::nullopt;
    }
    return found.value();
}

QDate monthArgument(Cli &cli, const QString &value)
{
    const QDate d = QDate::fromString(value.trimmed() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        cli.failUsage(QCoreApplication::translate("loketctl", "a month is written YYYY-MM, e.g. 2026-11."),
                      suggestionCommand());
    return d;
}

namespace {

QJsonValue dayJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject sessionJson(const SuggestionSession &s)
{
    QJsonArray members;
    for (const SessionMember &m : s.members)
        members << QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("role"), memberRoleCode(m.role)},
                                {QStringLiteral("name"), m.name}, {QStringLiteral("nip"), m.nip},
                                {QStringLiteral("team_role"), m.teamRole}, {QStringLiteral("public"), m.isPublic()}};
    return QJsonObject {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("number"), s.number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.number)},
        {QStringLiteral("state"), sessionStateCode(s.state)},
        {QStringLiteral("box"), QJsonObject {{QStringLiteral("id"), s.boxId}, {QStringLiteral("name"), s.boxName},
                                             {QStringLiteral("location"), s.boxLocation}}},
        {QStringLiteral("opened_on"), dayJson(s.openedOn)},
        {QStringLiteral("opened_time"), s.openedTime.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("place"), s.place},
        {QStringLiteral("period_from"), dayJson(s.periodFrom)},
        {QStringLiteral("period_to"), dayJson(s.periodTo)},
        {QStringLiteral("seal"), sealCode(s.seal)},
        {QStringLiteral("seal_note"), s.sealNote},
        {QStringLiteral("slips"), s.slipCount},
        {QStringLiteral("members"), members},
        {QStringLiteral("signed_at"), timeJson(s.signedAt)},
        {QStringLiteral("signed_by"), s.signedByName},
        {QStringLiteral("head"), QJsonObject {{QStringLiteral("title"), s.headTitle}, {QStringLiteral("name"), s.headName},
                                              {QStringLiteral("nip"), s.headNip}}},
    };
}

QJsonObject slipJson(const SuggestionSlip &s)
{
    QJsonObject o {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("number"), s.number},
        {QStringLiteral("summary"), s.entry.summary},
        {QStringLiteral("kind"), slipKindCode(s.entry.kind)},
        {QStringLiteral("decision"),
         s.entry.decision ? QJsonValue(slipDecisionCode(*s.entry.decision)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("service"), s.serviceCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.serviceCode)},
        {QStringLiteral("element"), s.entry.element.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.entry.element)},
        {QStringLiteral("owner"), s.ownerName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.ownerName)},
        {QStringLiteral("target"), dayJson(s.entry.target)},
        {QStringLiteral("scan"), s.hasScan ? QJsonValue(s.scanName) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("follow"), QStringList {QStringLiteral("draft"), QStringLiteral("done"), QStringLiteral("pending"),
                                                QStringLiteral("overdue")}
                                       .at(int(s.follow))},
        {QStringLiteral("done_at"), timeJson(s.doneAt)},
        {QStringLiteral("done_note"), s.doneNote},
    };
    if (s.complaintId > 0)
        o.insert(QStringLiteral("complaint"),
                 QJsonObject {{QStringLiteral("id"), s.complaintId}, {QStringLiteral("number"), s.complaintNumber},
                              {QStringLiteral("state"), s.complaintState ? stateCode(*s.complaintState) : QString()}});
    else
        o.insert(QStringLiteral("complaint"), QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject summaryJson(const SessionSummary &s)
{
    QJsonObject kinds, decisions;
    for (SlipKind k : allSlipKinds())
        kinds.insert(slipKindCode(k), s.byKind[std::size_t(k)]);
    for (SlipDecision d : allSlipDecisions())
        decisions.insert(slipDecisionCode(d), s.byDecision[std::size_t(d)]);
    return QJsonObject {{QStringLiteral("total"), s.total}, {QStringLiteral("by_kind"), kinds},
                        {QStringLiteral("by_decision"), decisions}, {QStringLiteral("undecided"), s.undecided},
                        {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing)},
                        {QStringLiteral("may_sign"), s.maySign()}};
}

} // namespace loket::cli

namespace {

QCommandLineOption valued(const char *name, const char *value)
{
    return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(value));
}

template <typename E>
QString codesOf(const QList<E> &values, QString (*code)(E))
{
    QStringList out;
    for (E v : values)
        out << code(v);
    return out.join(QStringLiteral(", "));
}

int printed(Cli &cli, const QJsonObject &json, const QString &line)
{
    if (cli.json)
        cli.printJson(json);
    else
        cli.out() << line << Qt::endl;
    return ExitOk;
}

int box(Cli &cli, QStringList args)
{
    const Command &cmd = suggestionCommand();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption name = valued("name", "N"), location = valued("location", "L");
    const QCommandLineOption all(QStringLiteral("all")), disable(QStringLiteral("disable")), enable(QStringLiteral("enable"));
    parser.addOptions({name, location, all, disable, enable});
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    if (sub == QLatin1String("add")) {
        if (!parser.isSet(name))
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion box add needs --name."), cmd);
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto b = s.addBox(actor, parser.value(name), parser.value(location));
            if (!b)
                return cli.fail(b.error());
            return printed(cli, QJsonObject {{QStringLiteral("id"), b->id}, {QStringLiteral("name"), b->name},
                                             {QStringLiteral("location"), b->location}},
                           QCoreApplication::translate("loketctl", "Box %1 added: %2 (%3).").arg(b->id).arg(b->name, b->location));
        });
    }
    if (sub == QLatin1String("list")) {
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto boxes = s.boxes(actor, parser.isSet(all));
            if (!boxes)
                return cli.fail(boxes.error());
            if (cli.json) {
                QJsonArray a;
                for (const SuggestionBox &b : boxes.value())
                    a << QJsonObject {{QStringLiteral("id"), b.id}, {QStringLiteral("name"), b.name},
                                      {QStringLiteral("location"), b.location}, {QStringLiteral("active"), b.active},
                                      {QStringLiteral("last_opened"), b.lastOpened.isValid()
                                           ? QJsonValue(b.lastOpened.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
                cli.printJson(a);
                return ExitOk;
            }
            QList<QStringList> rows {{QCoreApplication::translate("loketctl", "ID"), QCoreApplication::translate("loketctl", "BOX"),
                                      QCoreApplication::translate("loketctl", "LOCATION"), QCoreApplication::translate("loketctl", "LAST OPENED"),
                                      QCoreApplication::translate("loketctl", "IN USE")}};
            for (const SuggestionBox &b : boxes.value())
                rows << QStringList {QString::number(b.id), b.name, b.location.isEmpty() ? QStringLiteral("-") : b.location,
                                     b.lastOpened.isValid() ? b.lastOpened.toString(Qt::ISODate) : QStringLiteral("-"),
                                     b.active ? QCoreApplication::translate("loketctl", "yes") : QCoreApplication::translate("loketctl", "no")};
            printTable(cli.out(), rows);
            if (boxes->isEmpty())
                cli.out() << QCoreApplication::translate("loketctl", "No suggestion box yet: add one with \"suggestion box add\".") << '\n';
            cli.out().flush();
            return ExitOk;
        });
    }
    if (sub == QLatin1String("update")) {
        if (parser.positionalArguments().size() != 1)
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion box update takes the box's id."), cmd);
        const qint64 id = parser.positionalArguments().at(0).toLongLong();
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto boxes = s.boxes(actor, true);
            if (!boxes)
                return cli.fail(boxes.error());
            auto it = std::find_if(boxes->begin(), boxes->end(), [&](const SuggestionBox &b) { return b.id == id; });
            if (it == boxes->end())
                return cli.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("loketctl", "There is no box %1.").arg(id)));
            const bool active = parser.isSet(disable) ? false : (parser.isSet(enable) ? true : it->active);
            auto b = s.updateBox(actor, id, parser.isSet(name) ? parser.value(name) : it->name,
                                 parser.isSet(location) ? parser.value(location) : it->location, active);
            if (!b)
                return cli.fail(b.error());
            return printed(cli, QJsonObject {{QStringLiteral("id"), b->id}, {QStringLiteral("active"), b->active}},
                           QCoreApplication::translate("loketctl", "Box %1 saved.").arg(b->id));
        });
    }
    return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion box add|list|update."), cmd);
}

int session(Cli &cli, QStringList args)
{
    const Command &cmd = suggestionCommand();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption box = valued("box", "ID"), date = valued("date", "YYYY-MM-DD"), time = valued("time", "HH:MM"),
                             place = valued("place", "P"), period = valued("period", "YYYY-MM"), seal = valued("seal", "S"),
                             sealNote = valued("seal-note", "TEXT"), name = valued("name", "N"), nip = valued("nip", "NIP"),
                             role = valued("role", "R"), teamRole = valued("team-role", "R"), reason = valued("reason", "TEXT"),
                             member = valued("remove", "MEMBER");
    parser.addOptions({box, date, time, place, period, seal, sealNote, name, nip, role, teamRole, reason, member});
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (sub == QLatin1String("open")) {
        if (!parser.isSet(box) || !parser.isSet(date))
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion session open needs --box ID and --date YYYY-MM-DD."), cmd);
        SessionDraft d;
        d.boxId = parser.value(box).toLongLong();
        d.openedOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!d.openedOn.isValid())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--date is written YYYY-MM-DD."), cmd);
        if (parser.isSet(time)) {
            d.openedTime = QTime::fromString(parser.value(time), QStringLiteral("HH:mm"));
            if (!d.openedTime.isValid())
                return cli.failUsage(QCoreApplication::translate("loketctl", "--time is written HH:MM (the office's time)."), cmd);
        }
        if (parser.isSet(period)) {
            d.periodMonth = monthArgument(cli, parser.value(period));
            if (!d.periodMonth.isValid())
                return ExitUsage;
        }
        if (parser.isSet(seal)) {
            const auto s = sealFromCode(parser.value(seal));
            if (!s)
                return cli.failUsage(QCoreApplication::translate("loketctl", "--seal is utuh or rusak."), cmd);
            d.seal = *s;
        }
        d.sealNote = parser.value(sealNote);
        d.place = parser.value(place);
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto opened = s.open(actor, d);
            if (!opened)
                return cli.fail(opened.error());
            return printed(cli, sessionJson(*opened),
                           QCoreApplication::translate("loketctl", "Opening %1 recorded as a draft: %2, %3, period %4 to %5.")
                               .arg(opened->id)
                               .arg(opened->boxName, opened->openedOn.toString(Qt::ISODate),
                                    opened->periodFrom.toString(Qt::ISODate), opened->periodTo.toString(Qt::ISODate)));
        });
    }
    if (sub == QLatin1String("member")) {
        if (pos.size() != 1)
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion session member takes the session."), cmd);
        if (parser.isSet(member)) {
            return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
                if (Status r = s.removeMember(actor, parser.value(member).toLongLong()); !r)
                    return cli.fail(r.error());
                return printed(cli, QJsonObject {{QStringLiteral("removed"), parser.value(member).toLongLong()}},
                               QCoreApplication::translate("loketctl", "Removed."));
            });
        }
        const auto r = memberRoleFromCode(parser.value(role));
        if (!parser.isSet(name) || !r)
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion session member needs --name and --role opener|witness."), cmd);
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto session = sessionArgument(cli, s, actor, pos.at(0));
            if (!session)
                return cli.lastExit();
            auto m = s.addMember(actor, session->id, *r, parser.value(name), parser.value(nip), parser.value(teamRole));
            if (!m)
                return cli.fail(m.error());
            return printed(cli, QJsonObject {{QStringLiteral("id"), m->id}, {QStringLiteral("role"), memberRoleCode(m->role)},
                                             {QStringLiteral("name"), m->name}, {QStringLiteral("nip"), m->nip},
                                             {QStringLiteral("team_role"), m->teamRole}},
                           QCoreApplication::translate("loketctl", "%1 recorded: %2 (%3).").arg(memberRoleName(m->role), m->name, m->teamRole));
        });
    }
    if (sub == QLatin1String("discard")) {
        if (pos.size() != 1 || !parser.isSet(reason))
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion session discard takes the session and --reason."), cmd);
        return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
            auto session = sessionArgument(cli, s, actor, pos.at(0));
            if (!session)
                return cli.lastExit();
            if (Status d = s.discard(actor, session->id, parser.value(reason)); !d)
                return cli.fail(d.error());
            return printed(cli, QJsonObject {{QStringLiteral("discarded"), session->id}},
                           QCoreApplication::translate("loketctl", "Opening %1 discarded.").arg(session->id));
        });
    }
    return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion session open|member|discard."), cmd);
}

int slip(Cli &cli, QStringList args)
{
    const Command &cmd = suggestionCommand();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption kind = valued("kind", "K"), summary = valued("summary", "TEXT"),
                             service = valued("service", "CODE"), element = valued("element", "U1..U9"),
                             decision = valued("decision", "D"), owner = valued("owner", "USER"),
                             target = valued("target", "YYYY-MM-DD"), note = valued("note", "TEXT"), file = valued("file", "FILE");
    parser.addOptions({kind, summary, service, element, decision, owner, target, note, file});
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion slip %1 takes one argument (the session for add, else the slip's id).").arg(sub), cmd);
    const auto entryFrom = [&](SlipEntry e, bool *ok) {
        *ok = false;
        if (parser.isSet(kind)) {
            const auto k = slipKindFromCode(parser.value(kind));
            if (!k) {
                cli.failUsage(QCoreApplication::translate("loketctl", "unknown kind \"%1\"; the kinds are: %2.")
                                  .arg(parser.value(kind).left(40), codesOf(allSlipKinds(), &slipKindCode)), cmd);
                return e;
            }
            e.kind = *k;
        }
        if (parser.isSet(decision)) {
            const QString v = parser.value(decision);
            if (v.isEmpty() || v == QLatin1String("none")) {
                e.decision.reset();
            } else {
                const auto d = slipDecisionFromCode(v);
                if (!d) {
                    cli.failUsage(QCoreApplication::translate("loketctl", "unknown decision \"%1\"; the decisions are: %2.")
                                      .arg(v.left(40), codesOf(allSlipDecisions(), &slipDecisionCode)), cmd);
                    return e;
                }
                e.decision = *d;
            }
        }
        if (parser.isSet(summary))
            e.summary = parser.value(summary);
        if (parser.isSet(element))
            e.element = parser.value(element);
        if (parser.isSet(target)) {
            e.target = QDate::fromString(parser.value(target), Qt::ISODate);
            if (!e.target.isValid() && !parser.value(target).isEmpty()) {
                cli.failUsage(QCoreApplication::translate("loketctl", "--target is written YYYY-MM-DD."), cmd);
                return e;
            }
        }
        if (parser.isSet(service)) {
            e.serviceId = 0;
            if (!parser.value(service).isEmpty()) {
                auto found = ServiceCatalog(cli.database(), cli.clock()).findByCode(parser.value(service));
                if (!found) {
                    cli.fail(found.error());
                    return e;
                }
                e.serviceId = found->id;
            }
        }
        if (parser.isSet(owner)) {
            e.ownerId = 0;
            if (!parser.value(owner).isEmpty()) {
                auto user = UserStore(cli.database(), cli.clock()).find(parser.value(owner));
                if (!user) {
                    cli.fail(user.error());
                    return e;
                }
                if (!user->has_value()) {
                    cli.fail(makeError(ErrorCode::NotFound, QCoreApplication::translate("loketctl", "There is no user \"%1\".")
                                                                .arg(parser.value(owner).left(40))));
                    return e;
                }
                e.ownerId = user->value().user.id;
            }
        }
        *ok = true;
        return e;
    };
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        Result<SuggestionSlip> r = makeError(ErrorCode::InvalidInput, QString());
        if (sub == QLatin1String("add")) {
            if (!parser.isSet(kind))
                return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion slip add needs --kind (%1).")
                                         .arg(codesOf(allSlipKinds(), &slipKindCode)), cmd);
            auto session = sessionArgument(cli, s, actor, pos.at(0));
            if (!session)
                return cli.lastExit();
            bool ok = false;
            const SlipEntry e = entryFrom(SlipEntry {}, &ok);
            if (!ok)
                return cli.lastExit() ? cli.lastExit() : ExitUsage;
            r = s.addSlip(actor, session->id, e);
        } else if (sub == QLatin1String("update")) {
            auto current = s.slip(actor, pos.at(0).toLongLong());
            if (!current)
                return cli.fail(current.error());
            bool ok = false;
            const SlipEntry e = entryFrom(current->entry, &ok);
            if (!ok)
                return cli.lastExit() ? cli.lastExit() : ExitUsage;
            r = s.updateSlip(actor, current->id, e);
        } else if (sub == QLatin1String("remove")) {
            if (Status d = s.removeSlip(actor, pos.at(0).toLongLong()); !d)
                return cli.fail(d.error());
            return printed(cli, QJsonObject {{QStringLiteral("removed"), pos.at(0).toLongLong()}},
                           QCoreApplication::translate("loketctl", "Slip removed; the ones after it moved up a number."));
        } else if (sub == QLatin1String("done")) {
            r = s.markDone(actor, pos.at(0).toLongLong(), parser.value(note));
        } else if (sub == QLatin1String("scan")) {
            auto f = ComplaintAttachmentFile::read(parser.value(file));
            if (!f)
                return cli.fail(f.error());
            if (Status a = s.attachScan(actor, pos.at(0).toLongLong(), f.value()); !a)
                return cli.fail(a.error());
            r = s.slip(actor, pos.at(0).toLongLong());
        } else {
            return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion slip add|update|remove|done|scan."), cmd);
        }
        if (!r)
            return cli.fail(r.error());
        return printed(cli, slipJson(*r),
                       QCoreApplication::translate("loketctl", "Slip %1 (id %2): %3, %4.")
                           .arg(r->number)
                           .arg(r->id)
                           .arg(slipKindName(r->entry.kind),
                                r->entry.decision ? slipDecisionName(*r->entry.decision)
                                                  : QCoreApplication::translate("loketctl", "not decided yet")));
    });
}

int sign(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, suggestionCommand()))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "suggestion sign takes the session."), suggestionCommand());
    return withSuggestions(cli, [&](SuggestionService &s, const Actor &actor) -> int {
        auto session = sessionArgument(cli, s, actor, parser.positionalArguments().at(0));
        if (!session)
            return cli.lastExit();
        auto signedOne = s.sign(actor, session->id);
        if (!signedOne)
            return cli.fail(signedOne.error());
        auto slips = s.slips(actor, session->id);
        if (!slips)
            return cli.fail(slips.error());
        QStringList complaints;
        for (const SuggestionSlip &slip : slips.value()) {
            if (slip.complaintId > 0)
                complaints << slip.complaintNumber;
        }
        QJsonObject o = sessionJson(*signedOne);
        o.insert(QStringLiteral("complaints"), QJsonArray::fromStringList(complaints));
        return printed(cli, o,
                       QCoreApplication::translate("loketctl", "Minutes %1 signed. Complaints for the follow-up team: %2.")
                           .arg(signedOne->number,
                                complaints.isEmpty() ? QCoreApplication::translate("loketctl", "none")
                                                     : complaints.join(QStringLiteral(", "))));
    });
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("suggestion"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "the suggestion boxes: monthly opening, slips, signed minutes"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl --user NAME suggestion SUBCOMMAND [ARGS] [--json]\n\n"
        "  suggestion box add --name N [--location L]\n"
        "  suggestion box list [--all]\n"
        "  suggestion box update ID [--name N] [--location L] [--disable|--enable]\n"
        "  suggestion session open --box ID --date YYYY-MM-DD [--time HH:MM] [--place P] [--period YYYY-MM]\n"
        "                          [--seal utuh|rusak] [--seal-note TEXT]   (supervisors)\n"
        "  suggestion session member SESSION --name N [--nip NIP] --role opener|witness [--team-role R]\n"
        "  suggestion session member SESSION --remove MEMBER\n"
        "  suggestion session discard SESSION --reason TEXT\n"
        "  suggestion slip add SESSION --kind K --summary TEXT [--service CODE] [--element U1..U9]\n"
        "                      [--decision D] [--owner USER] [--target YYYY-MM-DD]\n"
        "  suggestion slip update SLIP [the same options]    suggestion slip remove SLIP\n"
        "  suggestion slip scan SLIP --file FILE              a PNG, JPEG or PDF scan of the slip\n"
        "  suggestion slip done SLIP --note TEXT              after signing: what was done about it\n"
        "  suggestion sign SESSION        the minutes' number; slips for the follow-up team become complaints\n"
        "  suggestion minutes SESSION --pdf FILE   the minutes (Berita Acara) on the letterhead, A4\n"
        "  suggestion list [--month YYYY-MM]\n"
        "  suggestion show SESSION        the opening, its team, slips and what is missing before signing\n"
        "  suggestion review [--month YYYY-MM]   the last 12 months: by kind, services, themes, open decisions\n"
        "  suggestion reminders           boxes not yet opened this month (from the reminder day)\n\n"
        "SESSION is the minutes' number (BA/KS/2026/11/01) or the id. Kinds: pengaduan, saran, apresiasi, "
        "pertanyaan, kosong. Decisions: tindak_lanjut (to the follow-up team: a complaint, received at the opening), "
        "dijawab, arsip, lapor (SP4N-LAPOR!), bukan_kewenangan. A witness without --nip is a member of the public.\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed, 4 not allowed (also: the minutes are signed)."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("box"))
            return box(cli, args);
        if (sub == QLatin1String("session"))
            return session(cli, args);
        if (sub == QLatin1String("slip"))
            return slip(cli, args);
        if (sub == QLatin1String("sign"))
            return sign(cli, args);
        return suggestionRead(cli, sub, args);
    },
});
