// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardsExchange.h"
#include "core/storage/Database.h"

#include <QHash>

namespace loket {

// The public part of the standards — the six service-delivery components —
// as CSV with one row per item (docs/standards-json.md, "CSV"):
//
//   service_code,service_name,component,no,value,unit,form,count,detail
//
// Export writes the version in force on the given day, or the newest version
// of a service that has none in force. Import writes into each named
// service's draft (created from the newest version when there is none),
// replacing its six public components and keeping the other eight; set
// versions are never touched. The file is checked completely first: on any
// problem nothing changes and every problem is listed with its line.
class StandardsCsv
{
    Q_DECLARE_TR_FUNCTIONS(StandardsCsv)
public:
    StandardsCsv(DatabasePtr db, const Clock &clock = SystemClock::instance());

    static QStringList columns();

    Result<QByteArray> exportCsv(const Actor &actor, QDate date) const;
    QList<ImportProblem> check(const QByteArray &csv) const;
    Result<StandardsImportReport> importCsv(const Actor &actor, const QByteArray &csv, bool dryRun = false);

private:
    struct Parsed {
        QList<qint64> serviceIds; // in file order
        QHash<qint64, StandardContent> publicPart; // only the six components are meaningful
        QHash<qint64, QString> codes;
    };
    Parsed parse(const QByteArray &csv, QList<ImportProblem> &problems) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
