// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditChain.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QSqlQuery>

namespace loket {

// The audit log becomes a hash chain (see HashChain): each entry keeps its
// place (seq) and the SHA-256 of the previous entry's hash and its own
// content. The entries written so far are chained in the order of their time
// (then id). The append-only triggers stay; the update trigger is set aside
// only while the existing entries are chained.
Migration migration004AuditChain()
{
    Migration m {4, "audit log hash chain", {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN seq INTEGER"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq)"),
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
    }};
    m.code = [](const Database &db) -> Status {
        if (Status chained = auditChain().chainUnchained(db); !chained)
            return chained;
        return db.execSchema(QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END)"),
                             QCoreApplication::translate("loket", "upgrading the database to version %1").arg(4));
    };
    return m;
}

} // namespace loket
