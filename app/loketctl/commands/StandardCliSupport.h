// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Output.h"
#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QTextStream>

// What `loketctl standard` prints, apart from parsing and dispatching.
namespace loket::cli::standardcli {

QJsonValue isoDate(QDate d); // "2026-11-23", or null
QString dateText(QDate d); // "2026-11-23", or "-"
// The 14 components of one version for people, then the list of versions.
void printVersion(QTextStream &out, const StandardVersion &version, const QList<StandardVersion> &history);
QJsonObject complianceJson(const ComplianceSummary &summary);

// The version `show` and `print` take of the service `code`: version
// `number`, or else the one in force on `date`, or else the newest; with the
// service's whole history. ErrorCode::Nothing when it has no standard yet.
struct ChosenVersion {
    StandardVersion version;
    QList<StandardVersion> history;
};
Result<ChosenVersion> chooseVersion(const DatabasePtr &db, const Clock &clock, const Actor &actor,
    const QString &code, std::optional<int> number, QDate date);

} // namespace loket::cli::standardcli
