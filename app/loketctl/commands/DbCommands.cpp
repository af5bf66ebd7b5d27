// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl db init|copy|count: a database on a server, and an office moved
// between a file and a server.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/auth/AuditLog.h"
#include "core/storage/DatabaseCopy.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &command()
{
    return *CommandRegistry::instance().find(QStringLiteral("db"));
}

Result<DatabasePtr> openTarget(const QString &where)
{
    DatabaseOptions options;
    options.createIfMissing = true;
    return Database::open(where, options);
}

QJsonArray countsJson(const QList<DatabaseCopy::TableCount> &tables, bool both)
{
    QJsonArray out;
    for (const auto &t : tables) {
        QJsonObject o {{QStringLiteral("table"), t.table}, {QStringLiteral("rows"), t.source}};
        if (both)
            o.insert(QStringLiteral("copied"), t.target);
        out << o;
    }
    return out;
}

int init(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("app-role"), QString(), QStringLiteral("ROLE")});
    if (!cli.parse(p, args, command()))
        return ExitUsage;
    if (p.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "db init takes the database: a file or a "
                                                                      "postgresql:// address."), command());
    auto db = openTarget(p.positionalArguments().first());
    if (!db)
        return cli.fail(db.error());
    const QString role = p.value(QStringLiteral("app-role"));
    if (!role.isEmpty()) {
        if (Status granted = db.value()->grantApplicationRole(role); !granted)
            return cli.fail(granted.error());
    }
    if (cli.json) {
        cli.printJson(QJsonObject {{QStringLiteral("database"), db.value()->path()},
                                   {QStringLiteral("schema_version"), db.value()->schemaVersion()},
                                   {QStringLiteral("app_role"), role.isEmpty() ? QJsonValue() : QJsonValue(role)}});
    } else {
        cli.out() << QCoreApplication::translate("loketctl", "Database ready: %1 (schema version %2)")
                         .arg(db.value()->path())
                         .arg(db.value()->schemaVersion())
                  << Qt::endl;
        if (!role.isEmpty())
            cli.out() << QCoreApplication::translate("loketctl", "The role %1 may now use it, and may not change its "
                                                                  "history or its tables.").arg(role)
                      << Qt::endl;
    }
    return ExitOk;
}

int copy(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("DB")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("DB")});
    if (!cli.parse(p, args, command()))
        return ExitUsage;
    const QString from = p.value(QStringLiteral("from")), to = p.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !p.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "db copy needs --from and --to."), command());
    // As a restore: whoever may read the whole file (or holds the server's
    // credentials) has the office's data already; no Loket login is asked,
    // which would write to the source before it is copied. The copy is
    // recorded in the source's audit log, with the OS account, afterwards.
    cli.databasePath = from;
    DatabasePtr source = cli.database(false);
    if (!source)
        return cli.lastExit();
    auto target = openTarget(to);
    if (!target)
        return cli.fail(target.error());
    auto copied = DatabaseCopy::copy(*source, *target.value(), [&](const QString &table, qint64 rows) {
        if (!cli.json && cli.verbose)
            cli.err() << table << ' ' << rows << Qt::endl;
    });
    if (!copied)
        return cli.fail(copied.error());
    const auto &r = copied.value();
    Actor system = Actor::system();
    system.username = QStringLiteral("loketctl");
    if (Status audited = AuditLog(source, cli.clock()).record(system, QStringLiteral("db.copy"),
            QStringLiteral("database"), target.value()->path(),
            QStringLiteral("OS user %1; %2 rows").arg(qEnvironmentVariable("USER", QStringLiteral("?"))).arg(r.rows));
        !audited)
        cli.err() << audited.error().message << Qt::endl; // the copy itself is done and checked
    if (cli.json) {
        cli.printJson(QJsonObject {{QStringLiteral("from"), source->path()},
                                   {QStringLiteral("to"), target.value()->path()},
                                   {QStringLiteral("rows"), r.rows},
                                   {QStringLiteral("elapsed_ms"), r.elapsedMs},
                                   {QStringLiteral("tables"), countsJson(r.tables, true)}});
    } else {
        cli.out() << QCoreApplication::translate("loketctl", "Copied %1 rows of %2 tables from %3 to %4 in %5 s; "
                                                              "every table's count matches.")
                         .arg(r.rows)
                         .arg(r.tables.size())
                         .arg(source->path(), target.value()->path())
                         .arg(QLocale().toString(double(r.elapsedMs) / 1000.0, 'f', 1))
                  << Qt::endl;
    }
    return ExitOk;
}

int count(Cli &cli, const QStringList &args)
{
    if (!args.isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "db count takes no arguments."), command());
    DatabasePtr db = cli.database(false);
    if (!db)
        return cli.lastExit();
    auto counts = DatabaseCopy::count(*db);
    if (!counts)
        return cli.fail(counts.error());
    if (cli.json) {
        cli.printJson(QJsonObject {{QStringLiteral("database"), db->path()},
                                   {QStringLiteral("tables"), countsJson(counts.value(), false)}});
    } else {
        for (const auto &t : counts.value())
            cli.out() << t.table << '\t' << t.source << Qt::endl;
    }
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("db"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "a database on a server: create it, copy an office to or from it"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl db init DATABASE [--app-role ROLE]\n"
        "       loketctl db copy --from DATABASE --to DATABASE\n"
        "       loketctl [--database DATABASE] db count [--json]\n\n"
        "DATABASE is a file, or a PostgreSQL server's database:\n"
        "  postgresql://user@host:port/dbname[?sslmode=require]   or   postgresql:///?service=NAME\n"
        "The password is never given here: the server's client reads it from ~/.pgpass (or PGPASSFILE).\n\n"
        "init     creates Loket's tables in an empty database (run it as the database's owner), or upgrades them.\n"
        "         --app-role ROLE: the role the PCs log in as may read and write, but only add to the history.\n"
        "copy     moves an office into a new, empty database: from its file onto the server, or from the server\n"
        "         into a file to take home. Every row of every table, in one transaction; afterwards the rows\n"
        "         of every table are counted on both sides, and the copy is recorded in the source's audit log.\n"
        "count    the rows of every table (to compare two databases)."),
    .needsDatabase = false,
    .run = [](Cli &cli, QStringList args) -> int {
        if (args.isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "db needs init, copy or count."), command());
        const QString sub = args.takeFirst();
        if (sub == QLatin1String("init"))
            return init(cli, args);
        if (sub == QLatin1String("copy"))
            return copy(cli, args);
        if (sub == QLatin1String("count"))
            return count(cli, args);
        return cli.failUsage(QCoreApplication::translate("loketctl", "Unknown db command: %1").arg(sub), command());
    },
});
