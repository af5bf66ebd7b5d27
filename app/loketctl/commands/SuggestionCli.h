// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/suggestions/SuggestionService.h"

#include <QJsonObject>

namespace loket::cli {

// What the suggestion subcommands share.
const Command &suggestionCommand();
// Runs `run` with the service and the signed-in actor (or returns the failure's exit code).
int withSuggestions(Cli &cli, const std::function<int(SuggestionService &, const Actor &)> &run);
// The session named on the command line (minutes number or id); reports the error itself.
std::optional<SuggestionSession> sessionArgument(Cli &cli, SuggestionService &s, const Actor &actor, const QString &arg);
// A YYYY-MM month (its first day), or an invalid date after reporting the usage error.
QDate monthArgument(Cli &cli, const QString &value);
QJsonObject sessionJson(const SuggestionSession &s);
QJsonObject slipJson(const SuggestionSlip &s);
QJsonObject summaryJson(const SessionSummary &s);

int suggestionRead(Cli &cli, const QString &sub, const QStringList &args); // list, show, minutes, review, reminders

} // namespace loket::cli
