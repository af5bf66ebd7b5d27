// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/Output.h"
#include "core/auth/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

#include <unistd.h>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &userCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("user"));
}

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{
        {QStringLiteral("username"), u.username},
        {QStringLiteral("full_name"), u.fullName},
        {QStringLiteral("nip"), u.nip},
        {QStringLiteral("role"), roleCode(u.role)},
        {QStringLiteral("active"), u.active},
        {QStringLiteral("locked_until"), isoOrNull(u.lockedUntil)},
        {QStringLiteral("failed_attempts"), u.failedAttempts},
        {QStringLiteral("created_at"), isoOrNull(u.createdAt)},
        {QStringLiteral("last_login_at"), isoOrNull(u.lastLoginAt)},
    };
}

// The office's time zone is not known here yet: show the computer's.
QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

// The new password never comes from the command line, where other users of
// the computer could read it in the process list.
Result<QString> newPassword(Cli &cli, const QString &username)
{
    const QString fromEnv = qEnvironmentVariable("LOKET_NEW_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!isatty(STDIN_FILENO)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("loketctl",
                                                     "No new password given: set LOKET_NEW_PASSWORD, or run the "
                                                     "command in a terminal to type it."));
    }
    const QString first = cli.readSecret(QCoreApplication::translate("loketctl", "New password for %1: ").arg(username));
    if (QString problem = UserService::passwordProblem(first, username); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    const QString second = cli.readSecret(QCoreApplication::translate("loketctl", "Type the new password again: "));
    if (first != second) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("loketctl",
                                                     "The two passwords are not the same. Nothing was changed: "
                                                     "run the command again."));
    }
    return first;
}

// The USERNAME after the subcommand: nullopt after a usage error (reported),
// an empty string when it is optional and not given.
std::optional<QString> usernameArgument(Cli &cli, QCommandLineParser &parser, const QStringList &args,
                                        bool optional = false)
{
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QString());
    if (!cli.parse(parser, args, userCommand()))
        return std::nullopt;
    const QStringList names = parser.positionalArguments();
    if (names.size() == 1 && !names.first().trimmed().isEmpty())
        return names.first().trimmed();
    if (names.isEmpty() && optional)
        return QString();
    cli.failUsage(QCoreApplication::translate("loketctl", "give one user name."), userCommand());
    return std::nullopt;
}

// cli.actor() reports its own error; a failed sign-in is the usual cause.
std::optional<Actor> signIn(Cli &cli, int &exitCode)
{
    if (!cli.database()) {
        exitCode = ExitError;
        return std::nullopt;
    }
    auto actor = cli.actor();
    if (!actor)
        exitCode = ExitDenied;
    return actor;
}

int addUser(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("FULL NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption nipOption(QStringLiteral("nip"), QString(), QStringLiteral("NIP"));
    parser.addOptions({nameOption, roleOption, nipOption});
    const auto given = usernameArgument(cli, parser, args);
    if (!given)
        return ExitUsage;
    const QString username = *given;
    if (!parser.isSet(nameOption))
        return cli.failUsage(QCoreApplication::translate("loketctl", "give the full name with --name \"FULL NAME\"."),
                             userCommand());
    const auto role = roleFromCode(parser.value(roleOption));
    if (!role) {
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                                         "give the role with --role: admin, supervisor, officer or "
                                                         "followup."),
                             userCommand());
    }

    int exitCode = ExitOk;
    auto actor = signIn(cli, exitCode);
    if (!actor)
        return exitCode;
    NewUser user;
    user.username = username;
    user.fullName = parser.value(nameOption);
    user.nip = parser.value(nipOption);
    user.role = *role;
    // Someone who may not add users is refused (and recorded) by the core
    // without first being asked for a password that would not be used.
    if (actor->can(Permission::ManageUsers)) {
        auto password = newPassword(cli, username.trimmed().toLower());
        if (!password)
            return cli.fail(password.error());
        user.password = password.value();
    }
    UserService users(cli.database(), cli.clock());
    auto added = users.addUser(*actor, user);
    if (!added)
        return cli.fail(added.error());
    if (cli.json)
        cli.printJson(userJson(added.value()));
    else
        cli.out() << QCoreApplication::translate("loketctl", "User %1 (%2, %3) added.")
                         .arg(added->username, added->fullName, roleDisplayName(added->role))
                  << Qt::endl;
    return ExitOk;
}

int listUsers(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, userCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "user list takes no arguments."), userCommand());
    int exitCode = ExitOk;
    auto actor = signIn(cli, exitCode);
    if (!actor)
        return exitCode;
    UserService users(cli.database(), cli.clock());
    auto list = users.listUsers(*actor);
    if (!list)
        return cli.fail(list.error());
    if (cli.json) {
        QJsonArray out;
        for (const User &u : list.value())
            out.append(userJson(u));
        cli.printJson(out);
        return ExitOk;
    }
    QList<QStringList> rows;
    rows << QStringList{QCoreApplication::translate("loketctl", "USER"), QCoreApplication::translate("loketctl", "NAME"),
                        QCoreApplication::translate("loketctl", "ROLE"), QCoreApplication::translate("loketctl", "NIP"),
                        QCoreApplication::translate("loketctl", "STATUS"),
                        QCoreApplication::translate("loketctl", "LAST SIGN-IN")};
    for (const User &u : list.value()) {
        QString status = u.active ? QCoreApplication::translate("loketctl", "active")
                                  : QCoreApplication::translate("loketctl", "disabled");
        if (u.lockedUntil.isValid())
            status = QCoreApplication::translate("loketctl", "locked until %1").arg(localTime(u.lockedUntil));
        rows << QStringList{u.username,
                            u.fullName,
                            roleDisplayName(u.role),
                            u.nip.isEmpty() ? QStringLiteral("-") : u.nip,
                            status,
                            localTime(u.lastLoginAt)};
    }
    printTable(cli.out(), rows);
    return ExitOk;
}

int changePassword(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const auto given = usernameArgument(cli, parser, args, true);
    if (!given)
        return ExitUsage;
    int exitCode = ExitOk;
    auto actor = signIn(cli, exitCode);
    if (!actor)
        return exitCode;
    const QString username = given->isEmpty() ? actor->username : *given;
    const bool self = username.trimmed().compare(actor->username, Qt::CaseInsensitive) == 0;
    QString oldPassword;
    QString password;
    if (self || actor->can(Permission::ManageUsers)) {
        if (self && !actor->can(Permission::ManageUsers)) {
            oldPassword = qEnvironmentVariable("LOKET_PASSWORD");
            if (oldPassword.isEmpty())
                oldPassword = cli.readSecret(QCoreApplication::translate("loketctl", "Current password: "));
        }
        auto fresh = newPassword(cli, username.trimmed().toLower());
        if (!fresh)
            return cli.fail(fresh.error());
        password = fresh.value();
    }
    UserService users(cli.database(), cli.clock());
    Status changed = users.changePassword(*actor, username, oldPassword, password);
    if (!changed)
        return cli.fail(changed.error());
    if (cli.json)
        cli.printJson(QJsonObject{{QStringLiteral("username"), username.trimmed().toLower()},
                                  {QStringLiteral("password_changed"), true}});
    else
        cli.out() << QCoreApplication::translate("loketctl", "The password of %1 was changed.")
                         .arg(username.trimmed().toLower())
                  << Qt::endl;
    return ExitOk;
}

enum class AccountAction { Disable, Enable, Unlock };

int changeAccount(Cli &cli, const QStringList &args, AccountAction what)
{
    QCommandLineParser parser;
    const auto given = usernameArgument(cli, parser, args);
    if (!given)
        return ExitUsage;
    const QString username = *given;
    int exitCode = ExitOk;
    auto actor = signIn(cli, exitCode);
    if (!actor)
        return exitCode;
    UserService users(cli.database(), cli.clock());
    Status done = what == AccountAction::Unlock ? users.unlock(*actor, username)
                                                : users.setActive(*actor, username, what == AccountAction::Enable);
    if (!done)
        return cli.fail(done.error());
    auto user = users.findUser(username);
    if (!user)
        return cli.fail(user.error());
    if (cli.json) {
        cli.printJson(userJson(user.value()));
    } else {
        switch (what) {
        case AccountAction::Disable:
            cli.out() << QCoreApplication::translate("loketctl", "The account %1 is disabled.").arg(user->username);
            break;
        case AccountAction::Enable:
            cli.out() << QCoreApplication::translate("loketctl", "The account %1 is enabled.").arg(user->username);
            break;
        case AccountAction::Unlock:
            cli.out() << QCoreApplication::translate("loketctl", "The account %1 is unlocked.").arg(user->username);
            break;
        }
        cli.out() << Qt::endl;
    }
    return ExitOk;
}

int runUser(Cli &cli, QStringList args)
{
    if (args.isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                                         "give a subcommand: add, list, passwd, disable, enable or "
                                                         "unlock."),
                             userCommand());
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("add"))
        return addUser(cli, args);
    if (sub == QLatin1String("list"))
        return listUsers(cli, args);
    if (sub == QLatin1String("passwd"))
        return changePassword(cli, args);
    if (sub == QLatin1String("disable"))
        return changeAccount(cli, args, AccountAction::Disable);
    if (sub == QLatin1String("enable"))
        return changeAccount(cli, args, AccountAction::Enable);
    if (sub == QLatin1String("unlock"))
        return changeAccount(cli, args, AccountAction::Unlock);
    return cli.failUsage(QCoreApplication::translate("loketctl", "unknown subcommand \"%1\".").arg(sub), userCommand());
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("user"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "add, list, disable, enable and unlock users, change passwords"),
    .usage = QT_TRANSLATE_NOOP(
        "loketctl",
        "Usage: loketctl [--user NAME] user SUBCOMMAND [ARGS]\n\n"
        "  user add USERNAME --name \"FULL NAME\" --role admin|supervisor|officer|followup [--nip NIP]\n"
        "  user list [--json]\n"
        "  user passwd [USERNAME]      (without USERNAME: your own password)\n"
        "  user disable USERNAME\n"
        "  user enable USERNAME\n"
        "  user unlock USERNAME        (after too many wrong passwords)\n\n"
        "Every subcommand needs the acting user: --user NAME, with the password from LOKET_PASSWORD, "
        "--password-stdin, or a prompt. The new password for \"add\" and \"passwd\" comes from LOKET_NEW_PASSWORD, "
        "or is asked for twice in a terminal; it needs at least 8 characters and must not be the user name.\n"
        "Adding, disabling, enabling and unlocking users and setting another user's password need an "
        "administrator; anyone may change their own password (the current one is LOKET_PASSWORD or asked for). "
        "Every change and every refusal is written to the audit log.\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed, 3 nothing to do (already disabled, not locked), "
        "4 not allowed or wrong password."),
    .needsDatabase = true,
    .run = runUser,
});
