// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl service|counter|unit: the office's catalog.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/CounterState.h"
#include "core/catalog/CounterCatalog.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/catalog/UnitCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &command(const char *name)
{
    return *CommandRegistry::instance().find(QLatin1String(name));
}

// Options are parsed before anyone signs in, so a typo costs no password.
std::optional<int> intOption(
    Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option, const Command &cmd)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        cli.failUsage(
            QCoreApplication::translate("loketctl", "--%1 needs a whole number.").arg(option.names().first()), cmd);
        return std::nullopt;
    }
    return value;
}

int runUnit(Cli &cli, QStringList args)
{
    const Command &cmd = command("unit");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"), QString());
    parser.addOption(allOption);
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    UnitCatalog units(db, cli.clock());

    if (sub == QLatin1String("list")) {
        auto list = units.list(parser.isSet(allOption));
        if (!list)
            return cli.fail(list.error());
        if (cli.json) {
            QJsonArray a;
            for (const Unit &u : list.value())
                a << QJsonObject { { QStringLiteral("name"), u.name }, { QStringLiteral("active"), u.active } };
            cli.printJson(a);
            return ExitOk;
        }
        QList<QStringList> rows { { QCoreApplication::translate("loketctl", "NAME"),
            QCoreApplication::translate("loketctl", "ACTIVE") } };
        for (const Unit &u : list.value())
            rows << QStringList { u.name, yesNo(u.active) };
        printTable(cli.out(), rows);
        return ExitOk;
    }
    const bool add = sub == QLatin1String("add"), rename = sub == QLatin1String("rename"),
               deactivate = sub == QLatin1String("deactivate"), activate = sub == QLatin1String("activate");
    if (!add && !rename && !deactivate && !activate)
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                 "give a subcommand: list, add, rename, "
                                 "activate or deactivate."),
            cmd);
    if (pos.size() != (rename ? 2 : 1))
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                 "give the unit name in quotes (and for "
                                 "\"rename\" the new name too)."),
            cmd);
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    if (add) {
        auto added = units.add(*actor, pos.at(0));
        if (!added)
            return cli.fail(added.error());
        cli.out() << QCoreApplication::translate("loketctl", "Unit added: %1").arg(added->name) << Qt::endl;
        return ExitOk;
    }
    auto unit = units.findByName(pos.at(0));
    if (!unit)
        return cli.fail(unit.error());
    Status st = rename ? units.rename(*actor, unit->id, pos.at(1)) : units.setActive(*actor, unit->id, activate);
    if (!st)
        return cli.fail(st.error());
    cli.out() << QCoreApplication::translate("loketctl", "Unit changed: %1").arg(rename ? pos.at(1) : unit->name)
              << Qt::endl;
    return ExitOk;
}

QJsonObject serviceJson(const Service &s, const QString &unitName)
{
    return QJsonObject { { QStringLiteral("code"), s.code }, { QStringLiteral("prefix"), s.prefix },
        { QStringLiteral("name"), s.name }, { QStringLiteral("unit"), unitName },
        { QStringLiteral("active"), s.active }, { QStringLiteral("target_minutes"), s.targetMinutes },
        { QStringLiteral("sort_order"), s.sortOrder } };
}

int listServices(Cli &cli, const DatabasePtr &db, bool all)
{
    auto list = ServiceCatalog(db, cli.clock()).list(all);
    if (!list)
        return cli.fail(list.error());
    auto units = UnitCatalog(db, cli.clock()).list(true);
    if (!units)
        return cli.fail(units.error());
    QHash<qint64, QString> unitNames;
    for (const Unit &u : units.value())
        unitNames.insert(u.id, u.name);
    if (cli.json) {
        QJsonArray a;
        for (const Service &s : list.value())
            a << serviceJson(s, unitNames.value(s.unitId));
        cli.printJson(a);
        return ExitOk;
    }
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "CODE"),
        QCoreApplication::translate("loketctl", "PREFIX"), QCoreApplication::translate("loketctl", "TARGET"),
        QCoreApplication::translate("loketctl", "ACTIVE"), QCoreApplication::translate("loketctl", "UNIT"),
        QCoreApplication::translate("loketctl", "NAME") } };
    for (const Service &s : list.value()) {
        rows << QStringList { s.code, s.prefix, QCoreApplication::translate("loketctl", "%1 min").arg(s.targetMinutes),
            yesNo(s.active), unitNames.value(s.unitId, QStringLiteral("-")),
            s.name };
    }
    printTable(cli.out(), rows);
    return ExitOk;
}

int runService(Cli &cli, QStringList args)
{
    const Command &cmd = command("service");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"), QString());
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), QString(), QStringLiteral("P"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QString(), QStringLiteral("UNIT"));
    const QCommandLineOption targetOption(QStringLiteral("target-minutes"), QString(), QStringLiteral("N"));
    const QCommandLineOption sortOption(QStringLiteral("sort"), QString(), QStringLiteral("N"));
    const QCommandLineOption activeOption(QStringLiteral("active"), QString(), QStringLiteral("yes|no"));
    parser.addOptions(
        { allOption, codeOption, prefixOption, nameOption, unitOption, targetOption, sortOption, activeOption });
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (sub == QLatin1String("list")) {
        DatabasePtr db = cli.database();
        return db ? listServices(cli, db, parser.isSet(allOption)) : ExitError;
    }
    const bool add = sub == QLatin1String("add");
    if (!add && sub != QLatin1String("update"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "give a subcommand: list, add or update."), cmd);
    if (pos.size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give one service code, e.g. KTP."), cmd);
    if (add && (!parser.isSet(prefixOption) || !parser.isSet(nameOption)))
        return cli.failUsage(QCoreApplication::translate("loketctl", "a new service needs --prefix and --name."), cmd);
    std::optional<int> target, sort;
    std::optional<bool> active;
    if (parser.isSet(targetOption) && !(target = intOption(cli, parser, targetOption, cmd)))
        return ExitUsage;
    if (parser.isSet(sortOption) && !(sort = intOption(cli, parser, sortOption, cmd)))
        return ExitUsage;
    if (parser.isSet(activeOption) && !(active = parseYesNo(parser.value(activeOption))))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--active takes yes or no."), cmd);

    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    ServiceCatalog services(db, cli.clock());
    Service s;
    s.code = pos.at(0);
    if (!add) {
        auto found = services.findByCode(pos.at(0));
        if (!found)
            return cli.fail(found.error());
        s = found.value();
    }
    if (parser.isSet(codeOption))
        s.code = parser.value(codeOption);
    if (parser.isSet(prefixOption))
        s.prefix = parser.value(prefixOption);
    if (parser.isSet(nameOption))
        s.name = parser.value(nameOption);
    if (parser.isSet(unitOption)) {
        s.unitId = 0;
        if (!parser.value(unitOption).trimmed().isEmpty()) {
            auto unit = UnitCatalog(db, cli.clock()).findByName(parser.value(unitOption));
            if (!unit)
                return cli.fail(unit.error());
            s.unitId = unit->id;
        }
    }
    s.targetMinutes = target.value_or(s.targetMinutes);
    s.sortOrder = sort.value_or(s.sortOrder);
    s.active = active.value_or(s.active);
    if (add) {
        auto added = services.add(*actor, s);
        if (!added)
            return cli.fail(added.error());
        s = added.value();
    } else if (Status st = services.update(*actor, s); !st) {
        return cli.fail(st.error());
    }
    cli.out() << (add ? QCoreApplication::translate("loketctl", "Service added: %1 (%2)")
                      : QCoreApplication::translate("loketctl", "Service changed: %1 (%2)"))
                     .arg(ServiceCatalog::normalized(s).code, ServiceCatalog::normalized(s).name)
              << Qt::endl;
    return ExitOk;
}

int listCounters(Cli &cli, const DatabasePtr &db, bool all)
{
    auto list = CounterCatalog(db, cli.clock()).list(all);
    if (!list)
        return cli.fail(list.error());
    auto services = ServiceCatalog(db, cli.clock()).list(true);
    if (!services)
        return cli.fail(services.error());
    QHash<qint64, QString> codes;
    for (const Service &s : services.value())
        codes.insert(s.id, s.code);
    QJsonArray a;
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "NUMBER"),
        QCoreApplication::translate("loketctl", "ACTIVE"), QCoreApplication::translate("loketctl", "SERVICES"),
        QCoreApplication::translate("loketctl", "NAME") } };
    for (const Counter &c : list.value()) {
        QStringList serviceCodes;
        for (qint64 id : c.serviceIds)
            serviceCodes << codes.value(id);
        a << QJsonObject { { QStringLiteral("number"), c.number }, { QStringLiteral("name"), c.name },
            { QStringLiteral("active"), c.active },
            { QStringLiteral("services"), QJsonArray::fromStringList(serviceCodes) } };
        rows << QStringList { QString::number(c.number), yesNo(c.active),
            serviceCodes.isEmpty() ? QStringLiteral("-") : serviceCodes.join(QLatin1Char(',')), c.name };
    }
    if (cli.json)
        cli.printJson(a);
    else
        printTable(cli.out(), rows);
    return ExitOk;
}

int runCounter(Cli &cli, QStringList args)
{
    const Command &cmd = command("counter");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (isCounterStateSubcommand(sub))
        return runCounterState(cli, sub, args, cmd);
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"), QString());
    const QCommandLineOption numberOption(QStringLiteral("number"), QString(), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption servicesOption(QStringLiteral("services"), QString(), QStringLiteral("CODE,CODE"));
    const QCommandLineOption activeOption(QStringLiteral("active"), QString(), QStringLiteral("yes|no"));
    parser.addOptions({ allOption, numberOption, nameOption, servicesOption, activeOption });
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (sub == QLatin1String("list")) {
        DatabasePtr db = cli.database();
        return db ? listCounters(cli, db, parser.isSet(allOption)) : ExitError;
    }
    const bool add = sub == QLatin1String("add");
    if (!add && sub != QLatin1String("update"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "give a subcommand: list, add or update."), cmd);
    bool numberOk = false;
    const int number = pos.size() == 1 ? pos.at(0).toInt(&numberOk) : 0;
    if (!numberOk)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give one counter number, e.g. 2."), cmd);
    std::optional<int> newNumber;
    std::optional<bool> active;
    if (parser.isSet(numberOption) && !(newNumber = intOption(cli, parser, numberOption, cmd)))
        return ExitUsage;
    if (parser.isSet(activeOption) && !(active = parseYesNo(parser.value(activeOption))))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--active takes yes or no."), cmd);

    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    CounterCatalog counters(db, cli.clock());
    Counter c;
    c.number = number;
    if (!add) {
        auto found = counters.findByNumber(number);
        if (!found)
            return cli.fail(found.error());
        c = found.value();
    }
    if (parser.isSet(servicesOption)) {
        c.serviceIds.clear();
        ServiceCatalog services(db, cli.clock());
        for (const QString &code : parser.value(servicesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto s = services.findByCode(code);
            if (!s)
                return cli.fail(s.error());
            c.serviceIds << s->id;
        }
    }
    c.number = newNumber.value_or(c.number);
    if (parser.isSet(nameOption))
        c.name = parser.value(nameOption);
    c.active = active.value_or(c.active);
    if (add) {
        auto added = counters.add(*actor, c);
        if (!added)
            return cli.fail(added.error());
        c = added.value();
    } else if (Status st = counters.update(*actor, c); !st) {
        return cli.fail(st.error());
    }
    cli.out() << (add ? QCoreApplication::translate("loketctl", "Counter added: %1 (%2)")
                      : QCoreApplication::translate("loketctl", "Counter changed: %1 (%2)"))
                     .arg(c.number)
                     .arg(c.name.isEmpty() ? QStringLiteral("Loket %1").arg(c.number) : c.name.simplified())
              << Qt::endl;
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("unit"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "list, add, rename and deactivate the office's units"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] unit SUBCOMMAND [ARGS]\n\n"
        "  unit list [--all] [--json]      (--all: with deactivated units)\n"
        "  unit add \"NAME\"\n"
        "  unit rename \"NAME\" \"NEW NAME\"\n"
        "  unit deactivate \"NAME\"  |  unit activate \"NAME\"\n\n"
        "Changes need an administrator (--user NAME) and are written to the audit log."),
    .needsDatabase = true,
    .run = runUnit,
});

LOKET_COMMAND({
    .name = QStringLiteral("service"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "list, add and change the services (jenis layanan)"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] service SUBCOMMAND [ARGS]\n\n"
        "  service list [--all] [--json]  (--all: with deactivated services)\n"
        "  service add CODE --prefix P --name \"NAME\" [--unit \"UNIT\"] [--target-minutes N] [--sort N]\n"
        "  service update CODE [--code NEW] [--prefix P] [--name \"NAME\"] [--unit \"UNIT\"|\"\"]\n"
        "                      [--target-minutes N] [--sort N] [--active yes|no]\n\n"
        "CODE is unique, in capitals, digits, _ and - (e.g. KTP). The prefix (1-2 capital letters, unique) starts "
        "the ticket numbers, e.g. A-001. The target is the service time the queue is measured against (default "
        "15 minutes). Services are never deleted: deactivate one with --active no.\n"
        "Changes need an administrator (--user NAME) and are written to the audit log."),
    .needsDatabase = true,
    .run = runService,
});

LOKET_COMMAND({
    .name = QStringLiteral("counter"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "counters (loket): list, add, change; open, pause, close, sign in"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] counter SUBCOMMAND [ARGS]\n\n"
        "  counter list [--all] [--json]\n"
        "  counter add NUMBER [--name \"NAME\"] [--services KTP,KK]\n"
        "  counter update NUMBER [--number N] [--name \"NAME\"] [--services KTP,KK] [--active yes|no]\n"
        "  counter open NUMBER | pause NUMBER --reason TEXT | close NUMBER | signin NUMBER [--json]\n\n"
        "NUMBER is what the board announces (\"silakan menuju loket 2\"); the name defaults to \"Loket NUMBER\". "
        "--services replaces the set of services the counter serves (service codes, comma-separated).\n"
        "Changes need an administrator (--user NAME) and are written to the audit log."),
    .needsDatabase = true,
    .run = runCounter,
});
