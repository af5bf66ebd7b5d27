// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

// A kind of service the office gives (jenis layanan), e.g. KTP-el or Kartu Keluarga.
struct Service {
    qint64 id = 0;
    QString code; // unique, [A-Z0-9_-], e.g. "KTP"; used by scripts and loketctl
    QString prefix; // 1–2 capital letters, unique: tickets are numbered "A-001"
    QString name; // e.g. "Perekaman KTP-el"
    qint64 unitId = 0; // 0 = no unit
    bool active = true;
    int targetMinutes = 15; // service-time target the queue is measured against
    int sortOrder = 0; // order on the kiosk and in lists
};

// The services of the office. Services are deactivated, never deleted: tickets
// and reports refer to them. Changes need Permission::ManageSettings.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)
public:
    explicit ServiceCatalog(DatabasePtr db, const Clock &clock = SystemClock::instance());

    static constexpr int MaxCodeLength = 20;
    static constexpr int MaxTargetMinutes = 24 * 60;

    Result<QList<Service>> list(bool includeInactive = false) const; // by sort order, then name
    Result<Service> find(qint64 id) const;
    Result<Service> findByCode(const QString &code) const; // case-insensitive

    // Code and prefix are stored in capitals; the returned value has the new id.
    Result<Service> add(const Actor &actor, const Service &service);
    Status update(const Actor &actor, const Service &service); // by id; all fields
    Status setActive(const Actor &actor, qint64 id, bool active);

    // The checks that need no database; every problem, one per line.
    static Status validate(const Service &service);
    static Service normalized(const Service &service);

private:
    Status checkInDatabase(const Service &service) const;

    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
