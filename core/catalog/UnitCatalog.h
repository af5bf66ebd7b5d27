// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

// A service unit of the office (e.g. "Seksi Pelayanan", "Seksi Kependudukan").
struct Unit {
    qint64 id = 0;
    QString name;
    bool active = true;
};

// The office's units. Units are deactivated, never deleted, because services
// and reports refer to them. Changes need Permission::ManageSettings.
class UnitCatalog
{
    Q_DECLARE_TR_FUNCTIONS(UnitCatalog)
public:
    explicit UnitCatalog(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QList<Unit>> list(bool includeInactive = false) const; // by name
    Result<Unit> find(qint64 id) const;
    Result<Unit> findByName(const QString &name) const; // case-insensitive

    Result<Unit> add(const Actor &actor, const QString &name); // names are unique, ignoring case
    Status rename(const Actor &actor, qint64 id, const QString &name);
    Status setActive(const Actor &actor, qint64 id, bool active);

private:
    Status checkName(const QString &name, qint64 exceptId) const;

    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
