// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace loket::cli {

class Cli;

// Exit codes, as `loketctl --help` documents them.
enum Exit : int {
    ExitOk = 0,
    ExitUsage = 1,     // wrong arguments
    ExitError = 2,     // the command failed (message on stderr)
    ExitNothing = 3,   // nothing to do (e.g. no ticket waiting)
    ExitDenied = 4,    // not logged in, wrong password, or not allowed
};

struct Command {
    QString name;      // e.g. "user" (one word); subcommands are parsed by the handler
    // Marked with QT_TRANSLATE_NOOP("loketctl", "…"); translated when printed.
    const char *summary = "";  // one line for `loketctl --help`
    const char *usage = "";    // full help text for `loketctl NAME --help`
    bool needsDatabase = true;
    std::function<int(Cli &cli, QStringList args)> run;
};

class CommandRegistry {
public:
    static CommandRegistry &instance();
    void add(Command command);
    const Command *find(const QString &name) const;
    std::vector<Command> sorted() const;

private:
    std::vector<Command> m_commands;
};

struct CommandRegistration {
    explicit CommandRegistration(Command c) { CommandRegistry::instance().add(std::move(c)); }
};

} // namespace loket::cli

#define LOKET_CONCAT_INNER(a, b) a##b
#define LOKET_CONCAT(a, b) LOKET_CONCAT_INNER(a, b)
// In a file under app/loketctl/commands/: LOKET_COMMAND({ .name = …, … });
#define LOKET_COMMAND(...) \
    static const ::loket::cli::CommandRegistration LOKET_CONCAT(loketCommand_, __LINE__)(::loket::cli::Command __VA_ARGS__)
