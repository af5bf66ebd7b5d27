// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/HashChain.h"

#include <QDateTime>
#include <QList>

namespace loket {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;          // UTC
    qint64 userId = 0;
    QString username;
    QString action;        // e.g. "user.add", "settings.office", "login"
    QString entity;        // e.g. "user", "service"
    QString entityId;
    QString detail;
    QString outcome;       // "ok", "refused", "failed"
};

struct AuditFilter {
    QDateTime fromUtc;     // inclusive; invalid = no bound
    QDateTime toUtc;       // exclusive; invalid = no bound
    QString action;        // one action ("user.add"), or a family ending in a dot ("user."); empty = all
    QString username;      // exact; empty = all
    QString outcome;       // exact; empty = all
    int limit = 500;
    // Paging, newest first: only entries older than the one given (the last
    // of the previous page). Walks the index on the time, so a page costs
    // the same on a log of ten years as on one of a day.
    qint64 beforeAtMs = 0; // 0 = from the newest
    qint64 beforeId = 0;
    void after(const AuditEntry &last)
    {
        beforeAtMs = last.at.toMSecsSinceEpoch();
        beforeId = last.id;
    }
};

struct AuditPerson {
    QString username;
    QString fullName;
};

// The statement AuditLog::list runs for a filter (for the query-plan test).
struct AuditQuery {
    QString sql;
    QVariantList binds;
};
AuditQuery auditListQuery(const AuditFilter &filter);

// The record of every change that matters and every refused attempt.
// Entries can be added and read, never changed (the table refuses it).
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Status record(const Actor &actor, const QString &action, const QString &entity = {},
                  const QString &entityId = {}, const QString &detail = {},
                  const QString &outcome = QStringLiteral("ok")) const;

    // Newest first. Needs ViewAudit (administrators, supervisors); a refusal is recorded.
    Result<QList<AuditEntry>> list(const Actor &actor, const AuditFilter &filter = {}) const;
    // Recomputes the hash chain and compares its end with the newest anchor
    // (the settings' and `anchors`, e.g. Backup::auditAnchors). Needs ViewAudit.
    Result<ChainReport> verify(const Actor &actor, const QList<ChainAnchor> &anchors = {}) const;
    // Everyone who may appear in the log, for a filter: the users, then Loket itself.
    Result<QList<AuditPerson>> people(const Actor &actor) const;

    // The check every service makes: refuses, and records the refusal, when
    // the actor lacks the permission.
    Status require(const Actor &actor, Permission permission, const QString &action,
                   const QString &entity = {}, const QString &entityId = {}) const;

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
