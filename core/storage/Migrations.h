// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace loket {

class Database;

// One forward-only schema step. Steps are applied in order, each in its own
// transaction together with the new PRAGMA user_version; a failing step
// leaves the database at the previous version.
struct Migration {
    int version;
    const char *summary;
    QStringList statements;
    // Where the engines' SQL must differ beyond what schemaStatements()
    // translates: the server's own body, written in its SQL, run instead of
    // `statements` there (empty on the server means: only `statements`).
    QStringList serverStatements = {};
    // Run after the statements, in the same transaction (a step SQL alone cannot do).
    std::function<Status(const Database &)> code = {};
};

class Migrations {
public:
    static const std::vector<Migration> &all();
    static int latestVersion();
    static int applicationId(); // PRAGMA application_id of a Loket file ("LKT1")

    // Applies the steps above the file's version, up to `target` (default: latest).
    static Status migrate(const Database &db, int target = -1);
};

// Defined one per file under core/storage/migrations/.
Migration migration001Foundation();
Migration migration002Queue();
Migration migration003Standards();
Migration migration004AuditChain();
Migration migration005Complaints();
Migration migration006Suggestions();
Migration migration007Survey();
Migration migration008SurveyHandoff();
Migration migration009SurveyPlan();
Migration migration010ReportMonths();
Migration migration011SurveyMonths();
Migration migration012Booleans();

} // namespace loket
