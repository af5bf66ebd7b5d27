// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace loket::cli {

class Cli;
struct Command;

// "counter open|pause|close|signin": the queue's part of the counter command.
bool isCounterStateSubcommand(const QString &sub);
int runCounterState(Cli &cli, const QString &sub, const QStringList &args, const Command &command);

} // namespace loket::cli
