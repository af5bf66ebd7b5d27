// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"

#include <QSqlQuery>

namespace loket {

const std::vector<Migration> &Migrations::all()
{
    static const std::vector<Migration> steps = {
        migration001Foundation(),
        migration002Queue(),
        migration003Standards(),
        migration004AuditChain(),
        migration005Complaints(),
        migration006Suggestions(),
        migration007Survey(),
        migration008SurveyHandoff(),
        migration009SurveyPlan(),
        migration010ReportMonths(),
        migration011SurveyMonths(),
        migration012Booleans(),
    };
    return steps;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

int Migrations::applicationId()
{
    return 0x4C4B5431; // "LKT1"
}

Status Migrations::migrate(const Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlDatabase c = db.connection();
    {
        // Up to date (the common case): no write lock is taken at all.
        if (db.dialect().schemaVersion(c) >= target)
            return {};
    }
    for (const Migration &m : all()) {
        if (m.version > target)
            break;
        // Read the version inside the write lock, so two processes starting
        // at once do not both apply the same step.
        Status step = db.transaction([&]() -> Status {
            QSqlQuery q(c);
            const int current = db.dialect().schemaVersion(c);
            if (current < 0)
                return db.sqlError(c.lastError(), QCoreApplication::translate("loket", "reading the schema version"));
            if (current >= m.version)
                return {};
            const bool ownBody = db.isServer() && !m.serverStatements.isEmpty();
            for (const QString &step : ownBody ? m.serverStatements : m.statements) {
                for (const QString &sql : ownBody ? QStringList { step } : db.dialect().schemaStatements(step, q)) {
                    if (!q.exec(sql)) {
                        return db.sqlError(q.lastError(),
                                           QCoreApplication::translate("loket", "upgrading the database to version %1")
                                               .arg(m.version));
                    }
                }
            }
            if (m.code) {
                if (Status done = m.code(db); !done)
                    return done;
            }
            if (!db.dialect().finishSchema(q) || !db.dialect().setSchemaVersion(q, m.version)) {
                return db.sqlError(q.lastError(), QCoreApplication::translate("loket", "recording the schema version"));
            }
            return {};
        });
        if (!step)
            return step;
    }
    return {};
}

} // namespace loket
