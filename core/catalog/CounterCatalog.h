// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace loket {

// A service counter (loket) as configured: which number it shows on the
// board and which services it serves. Its open/paused/closed state belongs
// to the queue, not to this catalog.
struct Counter {
    qint64 id = 0;
    int number = 0; // unique, > 0: "silakan menuju loket 2"
    QString name; // e.g. "Loket 2"; defaults to "Loket <number>"
    bool active = true;
    QList<qint64> serviceIds; // ascending
};

// The office's counters. Changes need Permission::ManageSettings and are audited.
class CounterCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CounterCatalog)
public:
    explicit CounterCatalog(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QList<Counter>> list(bool includeInactive = false) const; // by number
    Result<Counter> find(qint64 id) const;
    Result<Counter> findByNumber(int number) const;

    Result<Counter> add(const Actor &actor, const Counter &counter);
    // By id: number, name, active and the set of services. A counter that is
    // open or paused cannot be deactivated (close it first).
    Status update(const Actor &actor, const Counter &counter);

    static Status validate(const Counter &counter);

private:
    Status checkInDatabase(const Counter &counter) const;
    Status writeServices(const Counter &counter) const;
    Result<Counter> read(const QString &where, const QVariant &value) const;

    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
