// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/CommandRegistry.h"

#include <algorithm>

namespace loket::cli {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const Command &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

std::vector<Command> CommandRegistry::sorted() const
{
    std::vector<Command> out = m_commands;
    std::sort(out.begin(), out.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return out;
}

} // namespace loket::cli
