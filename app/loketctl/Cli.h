// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace loket::cli {

struct Command;

// What every subcommand gets: the global options, the database, the acting
// user, and the output streams. Errors go to stderr and name their cause.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();

    QString databasePath;      // --database, LOKET_DATABASE, or the default
    bool json = false;         // --json
    bool verbose = false;      // --verbose: an error's technical detail too
    QString username;          // --user or LOKET_USER
    bool passwordFromStdin = false;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens (once) the database; reports the error itself when it fails.
    // Only `create` (loketctl init, demo) makes a new database: for every
    // other command a missing or empty file is an error. Warns once on stderr
    // when others may read the file, or when its write-ahead log was damaged.
    DatabasePtr database(bool create = false);
    // The logged-in user: --user NAME with the password from LOKET_PASSWORD,
    // --password-stdin, or a prompt. Reports the error itself when it fails.
    std::optional<Actor> actor();
    // Reads a secret: from stdin when --password-stdin, else prompts without echo.
    QString readSecret(const QString &prompt);

    // The exit code of the last error reported (by fail), for callers of
    // database() and actor() that only see "nothing".
    int lastExit() const { return m_lastExit; }
    // Prints the error on stderr and returns the exit code for it.
    int fail(const Error &error);
    int failUsage(const QString &message, const Command &command);
    // Parses a subcommand's options; on a bad option prints usage and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &args, const Command &command);

    void printJson(const QJsonValue &value);
    const Clock &clock() const { return SystemClock::instance(); }

private:
    QTextStream m_out;
    QTextStream m_err;
    DatabasePtr m_db;
    std::optional<Actor> m_actor;
    bool m_secretRead = false;
    int m_lastExit = 0;
    void warnAboutFiles(const Database &db);
};

int exitCodeFor(const Error &error);

} // namespace loket::cli
