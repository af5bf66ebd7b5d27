// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

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
    QString action;        // prefix match; empty = all
    QString username;      // exact; empty = all
    QString outcome;       // exact; empty = all
    int limit = 500;
};

// The record of every change that matters and every refused attempt.
// Entries can be added and read, never changed (the table refuses it).
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Status record(const Actor &actor, const QString &action, const QString &entity = {},
                  const QString &entityId = {}, const QString &detail = {},
                  const QString &outcome = QStringLiteral("ok")) const;

    Result<QList<AuditEntry>> list(const Actor &actor, const AuditFilter &filter = {}) const;

    // The check every service makes: refuses, and records the refusal, when
    // the actor lacks the permission.
    Status require(const Actor &actor, Permission permission, const QString &action,
                   const QString &entity = {}, const QString &entityId = {}) const;

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
