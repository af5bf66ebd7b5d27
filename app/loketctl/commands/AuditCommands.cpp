// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl audit list: the audit log, read with the same permission as the
// application's audit page (administrators and supervisors).
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/OfficeService.h"
#include "core/common/OfficeTime.h"
#include "core/backup/Backup.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &auditCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("audit"));
}

// A calendar day of the office, or nullopt after reporting the mistake.
std::optional<QDate> dateOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        cli.failUsage(
            QCoreApplication::translate("loketctl", "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.")
                .arg(text),
            auditCommand());
        return std::nullopt;
    }
    return date;
}

QJsonObject entryJson(const AuditEntry &e, const AuditText &text)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user_id"), e.userId > 0 ? QJsonValue(e.userId) : QJsonValue() },
        { QStringLiteral("username"), e.username },
        { QStringLiteral("action"), e.action },
        { QStringLiteral("entity"), e.entity },
        { QStringLiteral("entity_id"), e.entityId },
        { QStringLiteral("outcome"), e.outcome },
        // As stored: free text in older rows, {"code": …} data in newer ones.
        { QStringLiteral("detail"), e.detail },
        // For people, in the chosen language.
        { QStringLiteral("detail_text"), text.detail(e) },
    };
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption actionOption(QStringLiteral("action"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), QString(), QStringLiteral("OUTCOME"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ fromOption, toOption, userOption, actionOption, outcomeOption, limitOption });
    if (!cli.parse(parser, args, auditCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "audit list takes only options."), auditCommand());
    std::optional<QDate> from, to;
    if (parser.isSet(fromOption) && !(from = dateOption(cli, parser, fromOption)))
        return ExitUsage;
    if (parser.isSet(toOption) && !(to = dateOption(cli, parser, toOption)))
        return ExitUsage;
    if (from && to && *to < *from) {
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "--to is before --from: give the first day, then the last."),
            auditCommand());
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return cli.failUsage(QCoreApplication::translate("loketctl", "--limit takes a number above 0."), auditCommand());
    const QString outcome = parser.value(outcomeOption).trimmed().toLower();
    if (!outcome.isEmpty() && outcome != QLatin1String("ok") && outcome != QLatin1String("refused")
        && outcome != QLatin1String("failed")) {
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "--outcome is ok, refused or failed."), auditCommand());
    }

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();

    // Days are the office's days.
    OfficeTime office;
    if (auto profile = OfficeService(db, cli.clock()).get())
        office = OfficeTime(profile->timeZone);
    AuditFilter filter;
    if (from)
        filter.fromUtc = office.utcOf(*from, QTime(0, 0));
    if (to)
        filter.toUtc = office.utcOf(to->addDays(1), QTime(0, 0));
    filter.username = parser.value(userOption).trimmed().toLower();
    filter.action = parser.value(actionOption).trimmed();
    filter.outcome = outcome;
    filter.limit = limit;
    // The permission is checked, and a refusal recorded, in core.
    auto entries = AuditLog(db, cli.clock()).list(*actor, filter);
    if (!entries)
        return cli.fail(entries.error());

    const AuditText text(QTimeZone(office.offsetSeconds()));
    if (cli.json) {
        QJsonArray out;
        for (const AuditEntry &e : entries.value())
            out << entryJson(e, text);
        cli.printJson(out);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        cli.out() << QCoreApplication::translate("loketctl", "No audit entries match.") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "TIME"),
        QCoreApplication::translate("loketctl", "USER"), QCoreApplication::translate("loketctl", "ACTION"),
        QCoreApplication::translate("loketctl", "RECORD"), QCoreApplication::translate("loketctl", "OUTCOME"),
        QCoreApplication::translate("loketctl", "DETAIL") } };
    for (const AuditEntry &e : entries.value()) {
        rows << QStringList { text.time(e.at), AuditText::user(e.username), AuditText::action(e.action),
            text.record(e), AuditText::outcome(e.outcome), text.detail(e) };
    }
    printTable(cli.out(), rows);
    if (entries->size() >= limit) {
        cli.err() << QCoreApplication::translate(
                         "loketctl", "Only the newest %1 entries are shown: narrow the period or raise --limit.")
                         .arg(count(limit))
                  << Qt::endl;
    }
    return ExitOk;
}

QJsonObject reportJson(const ChainReport &r)
{
    QJsonObject o {
        { QStringLiteral("intact"), r.intact() },
        { QStringLiteral("count"), r.count },
        { QStringLiteral("last_seq"), r.last.seq },
        { QStringLiteral("last_hash"), r.last.hash },
    };
    if (r.anchor) {
        o.insert(QStringLiteral("anchor"), QJsonObject {
            { QStringLiteral("source"), r.anchor->source },
            { QStringLiteral("count"), r.anchor->count },
            { QStringLiteral("seq"), r.anchor->seq },
            { QStringLiteral("hash"), r.anchor->hash },
        });
    }
    if (r.firstBreak) {
        const ChainBreak &b = *r.firstBreak;
        o.insert(QStringLiteral("first_break"), QJsonObject {
            { QStringLiteral("reason"), r.reasonCode() },
            { QStringLiteral("id"), b.id > 0 ? QJsonValue(b.id) : QJsonValue() },
            { QStringLiteral("seq"), b.seq },
            { QStringLiteral("at"), b.id > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(b.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue() },
            { QStringLiteral("action"), b.id > 0 ? QJsonValue(b.label) : QJsonValue() },
            { QStringLiteral("expected_count"), b.reason == ChainBreak::Reason::TailMissing ? QJsonValue(b.expectedCount) : QJsonValue() },
        });
    }
    return o;
}

// The office's time zone, for the time of a broken entry (as the audit page shows it).
QTimeZone officeZone(const DatabasePtr &db)
{
    auto zone = CalendarRepository(db).officeTime();
    return QTimeZone(zone ? zone->offsetSeconds() : 7 * 3600);
}

int verify(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, auditCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "audit verify takes no arguments."), auditCommand());
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    auto report = AuditLog(db, cli.clock()).verify(*actor, Backup::auditAnchors(db));
    if (!report)
        return cli.fail(report.error());
    if (cli.json) {
        cli.printJson(reportJson(report.value()));
        return report->intact() ? ExitOk : ExitError;
    }
    if (report->intact()) {
        cli.out() << QCoreApplication::translate("loketctl", "The audit log chain is intact: %1 entries.")
                         .arg(count(report->count))
                  << Qt::endl;
        if (report->anchor) {
            cli.out() << QCoreApplication::translate("loketctl", "It reaches the end recorded in %1 (%2 entries).")
                             .arg(report->anchor->source, count(report->anchor->count))
                      << Qt::endl;
        }
        return ExitOk;
    }
    cli.err() << QCoreApplication::translate("loketctl",
                     "The audit log chain is %1. The log was changed outside Loket; keep this database and its "
                     "backups as they are and report it.")
                     .arg(report->summary(officeZone(db), &AuditText::action))
              << Qt::endl;
    return ExitError;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("audit"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "read the audit log: who did what, and every refused attempt"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl --user NAME audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user NAME] "
        "[--action CODE] [--outcome ok|refused|failed] [--limit N] [--json]\n\n"
        "The audit log, newest first, in the chosen language.\n"
        "  --from, --to   the office days to show (both included; default: all)\n"
        "  --user NAME    only what this user did (after the command: the global --user signs in)\n"
        "  --action CODE  one action (e.g. user.add) or a family ending in a dot (e.g. user.)\n"
        "  --outcome      only entries with this outcome\n"
        "  --limit N      at most N entries (default 1000)\n"
        "  --json         the entries with their stable codes, for scripts\n\n"
        "       loketctl --user NAME audit verify [--json]\n\n"
        "verify recomputes the log's hash chain and compares its end with the newest backup's; it names the "
        "first entry that does not match (changed, removed, added or back-dated outside Loket) and exits 2.\n\n"
        "Needs an administrator or a supervisor; a refusal is itself recorded in the log.\n"
        "Exit codes: 0 done (the chain is intact), 1 wrong arguments, 2 failed or the chain is broken, "
        "4 not allowed or wrong password."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("list"))
            return list(cli, args);
        if (sub == QLatin1String("verify"))
            return verify(cli, args);
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "audit knows \"list\" and \"verify\"."), auditCommand());
    },
});
