// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditChain.h"

#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QSqlQuery>

namespace loket {

const HashChain &auditChain()
{
    using K = ChainTable::Kind;
    static const HashChain chain(ChainTable {QStringLiteral("audit_log"),
        {{QStringLiteral("at"), K::Integer}, {QStringLiteral("user_id"), K::Integer},
            {QStringLiteral("username"), K::Text}, {QStringLiteral("action"), K::Text},
            {QStringLiteral("entity"), K::Text}, {QStringLiteral("entity_id"), K::Text},
            {QStringLiteral("detail"), K::Text}, {QStringLiteral("outcome"), K::Text}},
        QStringLiteral("at"), QStringLiteral("action")});
    return chain;
}

std::optional<ChainAnchor> auditSettingsAnchor(const Database &db)
{
    // Read directly: the settings store wants a DatabasePtr, and this runs in migrations too.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(SettingKey::AuditChainAnchor));
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto anchor = ChainAnchor::fromJson(q.value(0).toString());
    if (anchor)
        anchor->source = HashChain::tr("the anchor in the settings");
    return anchor;
}

Result<ChainReport> verifyAuditChain(const Database &db, const QList<ChainAnchor> &others)
{
    std::optional<ChainAnchor> newest = auditSettingsAnchor(db);
    for (const ChainAnchor &a : others) {
        if (!newest || a.seq > newest->seq)
            newest = a;
    }
    return auditChain().verify(db, newest);
}

Result<ChainReport> anchorAuditChain(const Database &db, qint64 nowMs, const QList<ChainAnchor> &others)
{
    // Verified outside the write lock: the end it finds stays a true point of
    // the chain even when other processes append meanwhile.
    Result<ChainReport> report = verifyAuditChain(db, others);
    if (!report)
        return report;
    // A broken chain keeps the anchor it had: the newest good end stays the reference.
    if (!report->intact())
        return report;
    const ChainAnchor anchor = report->toAnchor(nowMs);
    Status written = db.transaction([&]() -> Status {
        const auto current = auditSettingsAnchor(db);
        if (current && current->seq > anchor.seq)
            return {};
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QLatin1String(SettingKey::AuditChainAnchor));
        q.addBindValue(anchor.toJson());
        if (!q.exec())
            return db.sqlError(q.lastError(), HashChain::tr("recording the end of the audit log chain"));
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

} // namespace loket
