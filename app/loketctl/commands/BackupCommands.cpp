// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/auth/AuditLog.h"
#include "core/backup/Backup.h"
#include "core/catalog/CalendarRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <pwd.h>
#include <unistd.h>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &command(const char *name)
{
    return *CommandRegistry::instance().find(QString::fromLatin1(name));
}

QString kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily: return QCoreApplication::translate("loketctl", "daily");
    case BackupKind::Monthly: return QCoreApplication::translate("loketctl", "monthly");
    case BackupKind::Manual: return QCoreApplication::translate("loketctl", "manual");
    }
    return BackupRetention::kindCode(kind);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString osUser()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

QJsonObject backupJson(const BackupInfo &b)
{
    return QJsonObject {
        { QStringLiteral("file"), b.fileName },
        { QStringLiteral("path"), b.path },
        { QStringLiteral("kind"), BackupRetention::kindCode(b.kind) },
        { QStringLiteral("date"), b.date.toString(Qt::ISODate) },
        { QStringLiteral("saved_at"), b.savedAtUtc.toString(Qt::ISODate) },
        { QStringLiteral("size"), b.sizeBytes },
        { QStringLiteral("schema_version"), b.schemaVersion > 0 ? QJsonValue(b.schemaVersion) : QJsonValue() },
    };
}

int listBackups(Cli &cli)
{
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const QString folder = Backup::folder(db);
    auto listed = Backup::list(folder);
    if (!listed)
        return cli.fail(listed.error());
    if (cli.json) {
        QJsonArray out;
        for (const BackupInfo &b : listed.value())
            out.append(backupJson(b));
        cli.printJson(QJsonObject { { QStringLiteral("folder"), folder }, { QStringLiteral("backups"), out } });
        return ExitOk;
    }
    if (listed->isEmpty()) {
        cli.out()
            << QCoreApplication::translate("loketctl", "No backups in %1 yet.").arg(QDir::toNativeSeparators(folder))
            << Qt::endl;
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Backups in %1:").arg(QDir::toNativeSeparators(folder))
              << Qt::endl;
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "KIND"),
        QCoreApplication::translate("loketctl", "DATE"), QCoreApplication::translate("loketctl", "SIZE"),
        QCoreApplication::translate("loketctl", "SCHEMA"), QCoreApplication::translate("loketctl", "FILE") } };
    for (const BackupInfo &b : listed.value()) {
        rows << QStringList { kindName(b.kind), b.date.toString(Qt::ISODate), size(b.sizeBytes),
            b.schemaVersion > 0 ? QString::number(b.schemaVersion) : QCoreApplication::translate("loketctl", "?"),
            b.fileName };
    }
    printTable(cli.out(), rows);
    return ExitOk;
}

int backup(Cli &cli, const QStringList &args)
{
    if (args.value(0) == QLatin1String("list")) {
        if (args.size() > 1)
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "backup list takes no arguments."), command("backup"));
        return listBackups(cli);
    }
    if (args.value(0) == QLatin1String("daily")) {
        // The application's daily backup and its rotation, for a PC that runs
        // day and night, and for the server PC of several (cron).
        if (args.size() > 1)
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "backup daily takes no arguments."), command("backup"));
        DatabasePtr db = cli.database();
        if (!db)
            return cli.lastExit();
        auto zone = CalendarRepository(db).officeTime();
        const QDate today = zone ? zone->localDate(cli.clock().nowUtc()) : cli.clock().nowUtc().date();
        auto daily = Backup::autoBackupIfDue(db, cli.clock(), today);
        if (!daily)
            return cli.fail(daily.error());
        if (cli.json) {
            cli.printJson(QJsonObject {{QStringLiteral("made"), daily->made},
                                       {QStringLiteral("backup"), daily->made ? backupJson(daily->backup) : QJsonValue()},
                                       {QStringLiteral("monthly"), daily->monthlyPath.isEmpty() ? QJsonValue() : daily->monthlyPath},
                                       {QStringLiteral("removed"), QJsonArray::fromStringList(daily->removed)}});
        } else if (daily->made) {
            cli.out() << QCoreApplication::translate("loketctl", "Daily backup made: %1").arg(daily->backup.path)
                      << Qt::endl;
        } else {
            cli.out() << QCoreApplication::translate("loketctl", "Today's backup was made already.") << Qt::endl;
        }
        return ExitOk;
    }
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOptions({ toOption, forceOption });
    if (!cli.parse(parser, args, command("backup")))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "unexpected argument %1.")
                                 .arg(parser.positionalArguments().first()),
            command("backup"));

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const QString name = BackupRetention::manualFileName(cli.clock().nowUtc().toLocalTime(), Backup::fileSuffix(*db));
    QString target = parser.value(toOption);
    if (!parser.isSet(toOption)) {
        auto folder = Backup::prepareFolder(db);
        if (!folder)
            return cli.fail(folder.error());
        target = QDir(folder.value()).filePath(name);
    } else if (target.trimmed().isEmpty()) {
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "--to needs a file or folder name."), command("backup"));
    } else if (QFileInfo(target).isDir() || target.endsWith(QLatin1Char('/'))) {
        target = QDir(target).filePath(name);
    }

    auto made = Backup::create(*db, target, parser.isSet(forceOption));
    if (!made) {
        Error e = made.error();
        if (e.code == ErrorCode::Conflict) {
            e.message = QCoreApplication::translate("loketctl",
                "The file %1 already exists. Choose another name, or add --force "
                "to replace it.")
                            .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()));
        }
        return cli.fail(e);
    }
    if (cli.json) {
        cli.printJson(backupJson(made.value()));
    } else {
        cli.out() << QCoreApplication::translate("loketctl", "Backup saved: %1 (%2, schema version %3).")
                         .arg(QDir::toNativeSeparators(made->path), size(made->sizeBytes))
                         .arg(made->schemaVersion)
                  << Qt::endl;
    }
    return ExitOk;
}

// A server's backup into a new, empty database on a server: nothing to
// replace, so nothing to confirm; the PCs' role gets its rights after it.
int restoreOntoServer(Cli &cli, const QString &file, const QString &appRole)
{
    auto restored = Backup::restore(cli.databasePath, file, cli.clock());
    if (!restored)
        return cli.fail(restored.error());
    if (!appRole.isEmpty()) {
        if (Status granted = restored->db->grantApplicationRole(appRole); !granted)
            return cli.fail(granted.error());
    }
    Actor system = Actor::system();
    system.username = QStringLiteral("loketctl");
    (void)AuditLog(restored->db, cli.clock())
        .record(system, QStringLiteral("backup.restore"), QStringLiteral("backup"), QFileInfo(file).absoluteFilePath(),
            QStringLiteral("OS user %1; schema %2 -> %3; into the new database %4")
                .arg(osUser())
                .arg(restored->backupSchemaVersion)
                .arg(restored->schemaVersion)
                .arg(restored->db->path()));
    if (cli.json) {
        cli.printJson(QJsonObject {
            { QStringLiteral("database"), restored->db->path() },
            { QStringLiteral("backup"), QFileInfo(file).absoluteFilePath() },
            { QStringLiteral("replaced"), QJsonValue() },
            { QStringLiteral("backup_schema_version"), restored->backupSchemaVersion },
            { QStringLiteral("schema_version"), restored->schemaVersion },
        });
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Restored %1 into the new database %2 (schema version %3).")
                     .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()), restored->db->path())
                     .arg(restored->schemaVersion)
              << Qt::endl;
    return ExitOk;
}

int restore(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption roleOption(QStringLiteral("app-role"), QString(), QStringLiteral("ROLE"));
    parser.addOptions({forceOption, roleOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    if (!cli.parse(parser, args, command("restore")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give one backup file."), command("restore"));
    const QString file = parser.positionalArguments().first();
    if (DatabaseLocation::looksLikeUrl(cli.databasePath))
        return restoreOntoServer(cli, file, parser.value(roleOption));
    if (parser.isSet(roleOption))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--app-role is for a restore onto a database server."),
            command("restore"));
    const QString database = QFileInfo(cli.databasePath).absoluteFilePath();

    // The current database is not opened: it may be the damaged file the
    // backup is to replace.
    auto checked = Backup::verify(file);
    if (!checked)
        return cli.fail(checked.error());
    // What is in the backup, so that nobody swaps in an empty or wrong file.
    const BackupContents contents = Backup::contents(checked->path);
    if (!cli.json) {
        cli.err() << QCoreApplication::translate("loketctl", "The backup %1 is good (schema version %2, saved %3).")
                         .arg(QDir::toNativeSeparators(checked->path))
                         .arg(checked->schemaVersion)
                         .arg(checked->savedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  << Qt::endl
                  << Backup::contentsText(contents) << Qt::endl;
    }
    if (QFileInfo::exists(database) && !parser.isSet(forceOption)) {
        cli.err() << QCoreApplication::translate("loketctl",
            "Restoring it replaces the database %1, which is then kept as %1.replaced-DATE-TIME.")
                         .arg(QDir::toNativeSeparators(database))
                  << Qt::endl;
        bool confirmed = false;
        if (isatty(STDIN_FILENO) && !cli.json) {
            cli.err() << QCoreApplication::translate("loketctl", "Restore it now? Type \"yes\" to restore: ")
                      << Qt::flush;
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            confirmed = answer == QCoreApplication::translate("loketctl", "yes") || answer == QLatin1String("yes");
        }
        if (!confirmed) {
            cli.err() << QCoreApplication::translate("loketctl",
                "Nothing was changed: run again with --force to restore.")
                      << Qt::endl;
            if (cli.json) {
                cli.printJson(QJsonObject {
                    { QStringLiteral("backup"), checked->path },
                    { QStringLiteral("checked"), true },
                    { QStringLiteral("restored"), false },
                    { QStringLiteral("empty"), contents.isEmpty() },
                    { QStringLiteral("office"), contents.officeName },
                    { QStringLiteral("last_ticket_day"),
                        contents.lastTicketDay.isValid() ? QJsonValue(contents.lastTicketDay.toString(Qt::ISODate))
                                                         : QJsonValue() },
                    { QStringLiteral("tickets"), contents.tickets },
                    { QStringLiteral("users"), contents.users },
                    { QStringLiteral("standards"), contents.standards },
                });
            }
            return ExitOk; // the check passed; nothing else was asked for
        }
    }

    auto restored = Backup::restore(database, file, cli.clock());
    if (!restored)
        return cli.fail(restored.error());
    // There is no Loket user here: the OS account that could replace the file did it.
    Actor system = Actor::system();
    system.username = QStringLiteral("loketctl");
    (void)AuditLog(restored->db, cli.clock())
        .record(system, QStringLiteral("backup.restore"), QStringLiteral("backup"), checked->path,
            QStringLiteral("OS user %1; schema %2 -> %3; previous database kept as %4")
                .arg(osUser())
                .arg(restored->backupSchemaVersion)
                .arg(restored->schemaVersion)
                .arg(restored->replacedPath));

    if (cli.json) {
        cli.printJson(QJsonObject {
            { QStringLiteral("database"), database },
            { QStringLiteral("backup"), checked->path },
            { QStringLiteral("replaced"), restored->replacedPath.isEmpty() ? QJsonValue() : restored->replacedPath },
            { QStringLiteral("backup_schema_version"), restored->backupSchemaVersion },
            { QStringLiteral("schema_version"), restored->schemaVersion },
        });
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Restored %1 into %2 (schema version %3).")
                     .arg(QDir::toNativeSeparators(checked->path), QDir::toNativeSeparators(database))
                     .arg(restored->schemaVersion)
              << Qt::endl;
    if (!restored->replacedPath.isEmpty()) {
        cli.out() << QCoreApplication::translate("loketctl", "The previous database is kept as %1.")
                         .arg(QDir::toNativeSeparators(restored->replacedPath))
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("backup"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "make a checked copy of the database, or list the backups"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--database FILE] backup [--to FILE|FOLDER] [--force]\n"
        "       loketctl [--database FILE] [--json] backup list\n"
        "       loketctl [--database FILE] [--json] backup daily\n\n"
        "Makes a copy of the database while Loket keeps running: counters, kiosks and the display board may go on "
        "working. The copy is written under a hidden temporary name, checked, and only then given its name, so a "
        "file with a backup's name is always complete.\n\n"
        "Without --to the copy goes into the backup folder (the setting backup.folder; by default the folder "
        "\"backups\" beside the database) as loket-manual-YYYYMMDD-HHMMSS.db.\n"
        "  --to FILE|FOLDER  write the copy to FILE, or into FOLDER under that name\n"
        "  --force           replace FILE if it exists\n\n"
        "\"backup list\" shows the backups in the backup folder: kind (daily, monthly, manual), date, size and "
        "schema version.\n\n"
        "The application makes a daily backup at its first start each day and keeps 14 daily and 12 monthly "
        "copies. For a computer that runs day and night, schedule \"loketctl backup daily\" (for example with cron): "
        "it makes that day's backup once and keeps the same copies.\n"
        "On a server's database (postgresql://…) the application's PCs make no backup; the server PC runs "
        "\"loketctl backup daily\" as the database's owner. A server's backup is the server's own dump (pg_dump, "
        "custom format; the program comes with Debian's postgresql-client), named loket-YYYY-MM-DD.dump, with the "
        "same daily and monthly copies; \"loketctl --database URL restore BACKUP.dump\" puts it into a new, empty "
        "database (docs/deployment.md).\n\n"
        "Backup and restore work on the files and need no Loket user: whoever may read the database file may copy "
        "it. Keep backups where only administrators can read them; they hold the office's data."),
    .needsDatabase = true,
    .run = [](Cli &cli, QStringList args) -> int { return backup(cli, args); },
});

LOKET_COMMAND({
    .name = QStringLiteral("restore"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "put a backup in place of the database"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--database FILE] restore BACKUP [--force]\n"
        "       loketctl --database URL restore BACKUP.dump [--app-role ROLE]\n\n"
        "Checks BACKUP first: it must be a Loket database, not damaged, from this or an earlier version of Loket. "
        "If it is not, nothing is changed.\n"
        "Shows what the backup holds (office, last ticket day, numbers of tickets, users and standards) and says "
        "so when it is empty. Without --force it asks for confirmation on a terminal; otherwise the check is all "
        "that is done (exit code 0 when the backup is good). With --force the current "
        "database is kept beside it as DATABASE.replaced-YYYYMMDD-HHMMSS, the backup takes its place, and a backup "
        "from an earlier version is upgraded.\n\n"
        "Close every Loket window, kiosk, display board and loketctl command using the database first. restore "
        "refuses when it sees a program on this computer holding the database open; it cannot see programs on "
        "other computers that share the file.\n\n"
        "This works on the files: it needs no Loket user, only permission to write the database's folder (the "
        "operating system's permissions guard it). In the application, restoring needs the permission to manage "
        "backups.\n\n"
        "On a server (URL postgresql://…): BACKUP is a server's backup (*.dump), and the database of URL must be "
        "new and empty (createdb): a restore never replaces an office on a server. It is restored in one "
        "transaction (all or nothing) by pg_restore, upgraded if it is older, and --app-role ROLE gives the PCs' "
        "role its rights, as \"loketctl db init\" does. Then let the PCs use the new database."),
    .needsDatabase = false,
    .run = [](Cli &cli, QStringList args) -> int { return restore(cli, args); },
});
