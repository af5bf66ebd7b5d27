// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardsExchange.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace loket {

// The whole standards register as one JSON file (docs/standards-json.md):
// every version of every standard, consultations with their minutes,
// publications, reviews and the Maklumat.
//
// Import replaces, for each service named in the file, everything the
// register holds about it; services not named are left alone; the Maklumat
// is replaced when the file has one. The file is checked completely first:
// on any problem nothing changes and the error lists every problem by its
// JSON path. Then all of it is written in one transaction. A version that is
// or was in force is never deleted or changed unless the file says
// "replace_in_force": true. A dry run does the whole import and rolls it back.
class StandardsJson
{
    Q_DECLARE_TR_FUNCTIONS(StandardsJson)
public:
    StandardsJson(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QByteArray> exportJson(const Actor &actor) const;
    // One version as the file writes it (also for `loketctl standard show --json`).
    static QJsonObject versionJson(const StandardVersion &version);
    // The problems of a file, without importing it (empty: it can be imported).
    QList<ImportProblem> check(const QByteArray &json) const;
    // With dryRun, checks and reports what would change, and changes nothing.
    Result<StandardsImportReport> importJson(const Actor &actor, const QByteArray &json, bool dryRun = false);

private:
    // Writes `bundle` (inside the caller's transaction) and says what it changed
    // and deleted; refuses to delete a version in force unless the file allows it.
    Result<StandardsImportReport> apply(const StandardsBundle &bundle, const QString &username) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
