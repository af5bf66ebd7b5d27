// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintChain.h"

#include "core/complaints/ComplaintStore.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

const HashChain &complaintChain()
{
    using K = ChainTable::Kind;
    static const HashChain chain(ChainTable {QStringLiteral("complaint_events"),
        {{QStringLiteral("complaint_id"), K::Integer}, {QStringLiteral("at"), K::Integer},
            {QStringLiteral("user_id"), K::Integer}, {QStringLiteral("username"), K::Text},
            {QStringLiteral("kind"), K::Text}, {QStringLiteral("detail"), K::Text}, {QStringLiteral("note"), K::Text}},
        QStringLiteral("at"), QStringLiteral("kind")});
    return chain;
}

std::optional<ChainAnchor> complaintSettingsAnchor(const Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(SettingKey::ComplaintChainAnchor));
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto anchor = ChainAnchor::fromJson(q.value(0).toString());
    if (anchor)
        anchor->source = HashChain::tr("the anchor in the settings");
    return anchor;
}

Status writeComplaintAnchor(const Database &db, const ChainLink &link, qint64 nowMs)
{
    ChainAnchor a;
    a.count = link.seq; // events are never removed: the count is the last place
    a.seq = link.seq;
    a.hash = link.hash;
    a.writtenAtMs = nowMs;
    QSqlQuery &q = db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1String(SettingKey::ComplaintChainAnchor));
    q.addBindValue(a.toJson());
    if (!q.exec())
        return db.sqlError(q.lastError(), HashChain::tr("recording the end of the complaint history chain"));
    return {};
}

Result<ChainReport> verifyComplaintChain(const Database &db)
{
    Result<ChainReport> report = complaintChain().verify(db, complaintSettingsAnchor(db));
    if (!report || !report->intact())
        return report;
    // Each complaint's row against its received event.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.seq, e.at, e.detail, c.id FROM complaints c "
                               "LEFT JOIN complaint_events e ON e.complaint_id = c.id AND e.kind = 'received' "
                               "ORDER BY c.id")))
        return db.sqlError(q.lastError(), HashChain::tr("checking the complaints"));
    struct Row {
        qint64 eventId, seq, at;
        QString detail;
        qint64 complaintId;
    };
    QList<Row> rows;
    while (q.next())
        rows << Row {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toLongLong()};
    q.finish();
    for (const Row &r : rows) {
        auto row = ComplaintStore::intakeRecordOf(db, r.complaintId);
        if (!row)
            return row.error();
        const QJsonObject recorded = QJsonDocument::fromJson(r.detail.toUtf8()).object().value(QStringLiteral("intake")).toObject();
        const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        if (r.eventId == 0 || compact(recorded) != compact(row.value())) {
            ChainBreak b;
            b.reason = r.eventId == 0 ? ChainBreak::Reason::Unchained : ChainBreak::Reason::Changed;
            b.id = r.eventId;
            b.seq = r.seq;
            b.timeMs = r.at;
            b.label = HashChain::tr("complaint %1").arg(row->value(QStringLiteral("number")).toString());
            report->firstBreak = b;
            break;
        }
    }
    return report;
}

} // namespace loket
