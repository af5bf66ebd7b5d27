// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"

#include <QJsonObject>

using namespace loket;
using namespace loket::cli;

LOKET_COMMAND({
    .name = QStringLiteral("init"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "create an empty database (or bring one to this version)"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
                                         "Usage: loketctl [--database FILE] init\n\n"
                                         "Creates the database file with the current schema, or upgrades an older "
                                         "one. The office and the first administrator are set up at the first start "
                                         "of the application, or with \"loketctl demo\"."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int {
        if (!args.isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "init takes no arguments."),
                                 *CommandRegistry::instance().find(QStringLiteral("init")));
        DatabasePtr db = cli.database(true);
        if (!db)
            return ExitError;
        if (cli.json)
            cli.printJson(QJsonObject{{QStringLiteral("database"), db->path()},
                                      {QStringLiteral("schema_version"), db->schemaVersion()}});
        else
            cli.out() << QCoreApplication::translate("loketctl", "Database ready: %1 (schema version %2)")
                             .arg(db->path())
                             .arg(db->schemaVersion())
                      << Qt::endl;
        return ExitOk;
    },
});
