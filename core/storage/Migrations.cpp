// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Database.h"

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
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= target)
            return {};
    }
    for (const Migration &m : all()) {
        if (m.version > target)
            break;
        // Read the version inside the write lock, so two processes starting
        // at once do not both apply the same step.
        Status step = db.transaction([&]() -> Status {
            QSqlQuery q(c);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return db.sqlError(q.lastError(), QCoreApplication::translate("loket", "reading the schema version"));
            const int current = q.value(0).toInt();
            q.finish();
            if (current >= m.version)
                return {};
            for (const QString &sql : m.statements) {
                if (!q.exec(sql)) {
                    return db.sqlError(q.lastError(),
                                       QCoreApplication::translate("loket", "upgrading the database to version %1")
                                           .arg(m.version));
                }
            }
            if (m.code) {
                if (Status done = m.code(db); !done)
                    return done;
            }
            if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId()))
                || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version))) {
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
