// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl: Loket from the command line (scripts, cron backups, exports, tests).
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/Database.h"
#include "translations/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <syslog.h>

using namespace loket;
using namespace loket::cli;

namespace {

bool g_verbose = false;
QtMessageHandler g_defaultHandler = nullptr;

// An error's technical detail (category loket.detail) goes to the system log;
// on the terminal only with --verbose, so SQLite's English text never reaches
// the user uninvited.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "loket.detail") == 0) {
        syslog(LOG_WARNING, "loketctl: %s", qUtf8Printable(message));
        if (!g_verbose)
            return;
    }
    g_defaultHandler(type, context, message);
}

void printHelp(Cli &cli)
{
    QTextStream &o = cli.out();
    o << QCoreApplication::translate("loketctl",
                                     "Usage: loketctl [--database FILE] [--user NAME] [--password-stdin] [--json] "
                                     "COMMAND [ARGS]\n\n"
                                     "Loket from the command line: the same rules and permissions as the application.\n\n"
                                     "Commands:\n");
    for (const Command &c : CommandRegistry::instance().sorted())
        o << "  " << c.name.leftJustified(12) << ' ' << QCoreApplication::translate("loketctl", c.summary) << '\n';
    o << QCoreApplication::translate(
        "loketctl",
        "\nGlobal options:\n"
        "  --database FILE    the database file (default: LOKET_DATABASE, or %1)\n"
        "  --user NAME        the acting user (default: LOKET_USER); password from LOKET_PASSWORD,\n"
        "                     --password-stdin (first line of standard input), or asked for\n"
        "  --json             print results as JSON\n"
        "  --verbose          with an error, print its technical detail too\n"
        "  --lang id|en       language of messages (default: LOKET_LANG, or id)\n"
        "  --help             this help; \"loketctl COMMAND --help\" for a command\n\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  wrong arguments (usage)\n"
        "  2  the command failed: the reason is on standard error\n"
        "  3  nothing to do (e.g. no ticket waiting)\n"
        "  4  not logged in, wrong password, locked account, or not allowed\n")
             .arg(Database::defaultPath());
    o.flush();
}

} // namespace

// Drawing a PDF (ticket print --pdf, standard print --pdf) needs fonts, so a
// QGuiApplication, and so does "report schedule" (it writes the month's PDF);
// every other command runs on a plain QCoreApplication.
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "schedule") == 0 && i > 1 && qstrcmp(argv[i - 1], "report") == 0)
            return true;
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    // Every file loketctl writes (databases, backups, PDFs, exports) is its owner's only.
    loket::privatefiles::restrictProcessUmask();
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        // loketctl draws into files, never onto a screen: the offscreen
        // platform, whatever the session says, so it runs over ssh, from cron
        // and with no X or Wayland at all.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    // Indonesian unless LOKET_LANG=en (or --lang en) says otherwise.
    QString language = qEnvironmentVariable("LOKET_LANG", QStringLiteral("id"));
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    installLanguage(language);

    Cli cli;
    cli.databasePath = Database::defaultPath();
    cli.username = qEnvironmentVariable("LOKET_USER");

    QStringList args = app.arguments().mid(1);
    QString commandName;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!commandName.isEmpty()) {
            if (a == QLatin1String("--json"))
                cli.json = true;
            else if (a == QLatin1String("--verbose"))
                cli.verbose = true;
            else
                rest << a;
            continue;
        }
        auto needValue = [&](QString &target) -> bool {
            if (i + 1 >= args.size()) {
                cli.err() << "loketctl: " << QCoreApplication::translate("loketctl", "%1 needs a value.").arg(a)
                          << Qt::endl;
                return false;
            }
            target = args.at(++i);
            return true;
        };
        if (a == QLatin1String("--database") || a == QLatin1String("-d")) {
            if (!needValue(cli.databasePath))
                return ExitUsage;
        } else if (a.startsWith(QLatin1String("--database="))) {
            cli.databasePath = a.mid(11);
        } else if (a == QLatin1String("--user") || a == QLatin1String("-u")) {
            if (!needValue(cli.username))
                return ExitUsage;
        } else if (a == QLatin1String("--lang")) {
            QString ignored;
            if (!needValue(ignored))
                return ExitUsage;
        } else if (a == QLatin1String("--password-stdin")) {
            cli.passwordFromStdin = true;
        } else if (a == QLatin1String("--json")) {
            cli.json = true;
        } else if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            cli.verbose = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help")) {
            printHelp(cli);
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            cli.out() << "loketctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (a.startsWith(QLatin1Char('-'))) {
            cli.err() << "loketctl: " << QCoreApplication::translate("loketctl", "unknown option %1.").arg(a)
                      << Qt::endl;
            return ExitUsage;
        } else {
            commandName = a;
        }
    }
    if (commandName.isEmpty()) {
        printHelp(cli);
        return ExitUsage;
    }
    const Command *command = CommandRegistry::instance().find(commandName);
    if (!command) {
        cli.err() << "loketctl: "
                  << QCoreApplication::translate("loketctl", "unknown command \"%1\". Try \"loketctl --help\".")
                         .arg(commandName)
                  << Qt::endl;
        return ExitUsage;
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        cli.out() << QCoreApplication::translate("loketctl", command->usage) << Qt::endl;
        return ExitOk;
    }
    g_verbose = cli.verbose;
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    return command->run(cli, rest);
}
