// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"

#include <QCommandLineOption>
#include <QDate>
#include <QStringList>

namespace loket::cli {

const Command &surveyCommand();
// A --name VALUE option (QCommandLineOption with a value and no description).
QCommandLineOption surveyOption(const char *name, const char *value);
// A YYYY-MM-DD day from an option, or an invalid date after reporting the usage error.
QDate surveyDayArgument(Cli &cli, const QString &option, const QString &value);

// The subcommands of `loketctl survey`, each in its own file; SurveyCommands.cpp dispatches.
int surveyImport(Cli &cli, const QStringList &args);  // survey import FILE.csv
int surveyIkm(Cli &cli, const QStringList &args);     // survey ikm --from --to [--service] [--weight] [--json]
int surveySample(Cli &cli, const QStringList &args);  // survey sample --population N [--json]
int surveyPlan(Cli &cli, const QStringList &args);    // survey plan add|list|start|done
int surveyPublish(Cli &cli, const QStringList &args); // survey publish (a medium, or the forum)
int surveyQuestionnaire(Cli &cli, const QStringList &args); // survey questionnaire [--version N]
int surveyReword(Cli &cli, const QStringList &args);        // survey reword --element --question --options
int surveySettings(Cli &cli, const QStringList &args);      // survey settings [--period] [--weight]
int surveyReport(Cli &cli, const QStringList &args);  // survey report --from --to [--pdf FILE] [--xlsx FILE]

} // namespace loket::cli
