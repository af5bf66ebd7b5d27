// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/complaints/ComplaintService.h"

#include <QJsonObject>

namespace loket::cli {

// What the complaint subcommands share.
const Command &complaintCommand();
// The complaint named on the command line (register number or id); reports the error itself.
std::optional<Complaint> complaintArgument(Cli &cli, ComplaintService &service, const Actor &actor, const QString &arg);
QJsonObject complaintJson(const Complaint &c);
QJsonObject eventJson(const ComplaintEvent &e);
QJsonObject identityJson(const ComplaintIdentity &p);
// One complaint for people: number, state, deadlines, summary.
void printComplaint(Cli &cli, const Complaint &c);
// "3 hari kerja lagi", "terlambat 2 hari kerja", "jam berhenti".
QString daysLeftText(const Complaint &c);
QString dayText(QDate day);
// The office zone's offset from UTC (WIB while the office is not set up).
int officeOffsetSeconds(Cli &cli);

int complaintAdd(Cli &cli, const QStringList &args);
int complaintStep(Cli &cli, const QString &sub, const QStringList &args);
int complaintReport(Cli &cli, const QStringList &args); // ComplaintReportCommand.cpp
int complaintReceipt(Cli &cli, const QStringList &args); // ComplaintPrintCommands.cpp
int complaintLetter(Cli &cli, const QStringList &args);

} // namespace loket::cli
