// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Output.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardVersion.h"

#include <QJsonObject>
#include <QTextStream>

// What `loketctl standard` prints, apart from parsing and dispatching.
namespace loket::cli::standardcli {

QJsonValue isoDate(QDate d); // "2026-11-23", or null
QString dateText(QDate d); // "2026-11-23", or "-"
// The 14 components of one version for people, then the list of versions.
void printVersion(QTextStream &out, const StandardVersion &version, const QList<StandardVersion> &history);
QJsonObject complianceJson(const ComplianceSummary &summary);

} // namespace loket::cli::standardcli
