// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/Cli.h"

#include "app/loketctl/CommandRegistry.h"
#include "core/auth/UserService.h"
#include "core/common/PrivateFiles.h"
#include "core/backup/Backup.h"
#include "core/backup/WalRescue.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace loket::cli {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::PermissionDenied:
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AccountLocked:
        return ExitDenied;
    case ErrorCode::Nothing:
        return ExitNothing;
    default:
        return ExitError;
    }
}

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

DatabasePtr Cli::database(bool create)
{
    if (m_db)
        return m_db;
    DatabaseOptions options;
    options.createIfMissing = create;
    auto opened = Database::open(databasePath, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_db = opened.value();
    warnAboutFiles(*m_db);
    Backup::removeInterrupted(m_db, clock());
    return m_db;
}

void Cli::warnAboutFiles(const Database &db)
{
    if (const QStringList open = db.filesReadableByOthers(); !open.isEmpty()) {
        m_err << "loketctl: "
              << tr("Warning: other users of this computer can read the database %1 (every citizen's data and "
                    "password hashes). Make it private: %2")
                     .arg(QDir::toNativeSeparators(db.path()), privatefiles::chmodCommand(open))
              << Qt::endl;
    }
    if (db.walRescue())
        m_err << "loketctl: " << walRescueMessage(m_db, *db.walRescue()) << Qt::endl;
}

QString Cli::readSecret(const QString &prompt)
{
    QTextStream in(stdin);
    if (passwordFromStdin || !isatty(STDIN_FILENO))
        return in.readLine();
    m_err << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    return line;
}

std::optional<Actor> Cli::actor()
{
    if (m_actor)
        return m_actor;
    DatabasePtr db = database();
    if (!db)
        return std::nullopt;
    if (username.isEmpty()) {
        fail(makeError(ErrorCode::AuthenticationFailed,
                       tr("This command needs a user: give --user NAME (the password is read from LOKET_PASSWORD, "
                          "--password-stdin, or asked for).")));
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("LOKET_PASSWORD");
    if (password.isEmpty())
        password = readSecret(tr("Password for %1: ").arg(username));
    UserService users(db, clock());
    auto who = users.authenticate(username, password);
    if (!who) {
        fail(who.error());
        return std::nullopt;
    }
    m_actor = who.value();
    return m_actor;
}

int Cli::fail(const Error &error)
{
    m_err << "loketctl: " << error.message << Qt::endl;
    // The technical detail (SQLite's own text, …) is for the log and for --verbose.
    if (!error.detail.isEmpty()) {
        qCWarning(lcErrorDetail, "%s: %s", qUtf8Printable(errorCodeName(error.code)), qUtf8Printable(error.detail));
        if (verbose)
            m_err << "loketctl: " << tr("detail: %1").arg(error.detail) << Qt::endl;
    }
    if (json) {
        QJsonObject o{{QStringLiteral("error"), errorCodeName(error.code)}, {QStringLiteral("message"), error.message}};
        if (verbose && !error.detail.isEmpty())
            o.insert(QStringLiteral("detail"), error.detail);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_lastExit = exitCodeFor(error);
    return m_lastExit;
}

int Cli::failUsage(const QString &message, const Command &command)
{
    m_err << "loketctl " << command.name << ": " << message << Qt::endl
          << tr("Try \"loketctl %1 --help\".").arg(command.name) << Qt::endl;
    return ExitUsage;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, const Command &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("loketctl ") + command.name);
    if (!parser.parse(withProgram)) {
        failUsage(parser.errorText(), command);
        return false;
    }
    return true;
}

void Cli::printJson(const QJsonValue &value)
{
    if (value.isArray())
        m_out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        m_out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else
        m_out << value.toVariant().toString() << Qt::endl;
    m_out.flush();
}

} // namespace loket::cli
