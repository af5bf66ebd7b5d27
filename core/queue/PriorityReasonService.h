// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QList>

namespace loket {

// A reason a citizen is served with priority (UU 25/2009 art. 29): lansia,
// penyandang disabilitas, ibu hamil, ibu dengan anak, and any the office adds.
struct PriorityReason {
    qint64 id = 0;
    QString code; // "lansia"
    QString name; // "Lansia (60+)"
    bool active = true;
    int sortOrder = 0;
};

// The list of priority reasons. Reasons are never deleted, only deactivated,
// so the tickets and monthly counts that name them stay readable.
class PriorityReasonService
{
    Q_DECLARE_TR_FUNCTIONS(PriorityReasonService)
public:
    PriorityReasonService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QList<PriorityReason>> list(bool includeInactive = false) const;
    Result<PriorityReason> byId(qint64 id) const;
    Result<PriorityReason> byCode(const QString &code) const; // ignoring case

    // code: 2–32 characters a–z, 0–9, '_'; name: what the kiosk shows.
    Result<PriorityReason> add(const Actor &actor, const QString &code, const QString &name);
    Status setActive(const Actor &actor, qint64 id, bool active);

private:
    Result<QList<PriorityReason>> read(const QString &condition, const QVariantList &binds) const;

    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
