// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loket {

class Database;

// What the queue needs to know of a service.
struct QueueServiceInfo {
    qint64 id = 0;
    QString code;
    QString prefix; // the letter of its ticket numbers ("A")
    QString name;
    bool active = true;
    int targetMinutes = 15;
};

// Read-only look-ups of the service catalog for the queue. core/catalog owns
// the services; this stays a thin reader so the queue does not depend on it.
class QueueCatalog
{
    Q_DECLARE_TR_FUNCTIONS(QueueCatalog)
public:
    static Result<QueueServiceInfo> service(const Database &db, qint64 id);
    // By code or ticket prefix, ignoring case ("ktp", "A").
    static Result<QueueServiceInfo> serviceByCode(const Database &db, const QString &code);
    static Result<QList<QueueServiceInfo>> activeServices(const Database &db);
};

} // namespace loket
