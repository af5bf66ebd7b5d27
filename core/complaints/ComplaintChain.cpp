// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintChain.h"

#include "core/complaints/ComplaintStore.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
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
    // Each complaint's row against its received event, in one pass.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.number, c.channel, c.type, c.tier, c.service_id, c.component, c.received_at, c.received_day, "
            "c.lapor_number, c.ticket_id, c.summary, c.details, c.loss, c.remedy, c.anonymous, c.confidential, c.created_by, "
            "e.id, e.seq, e.at, e.detail, i.complaint_id, i.name, i.phone, i.email, i.address FROM complaints c "
            "LEFT JOIN complaint_events e ON e.complaint_id = c.id AND e.kind = 'received' "
            "LEFT JOIN complaint_identity i ON i.complaint_id = c.id ORDER BY c.id")))
        return db.sqlError(q.lastError(), HashChain::tr("checking the complaints"));
    const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    while (q.next()) {
        ComplaintIntake in;
        in.channel = channelFromCode(q.value(2).toString()).value_or(IntakeChannel::Langsung);
        in.type = typeFromCode(q.value(3).toString()).value_or(ComplaintType::Pengaduan);
        in.tier = tierFromCode(q.value(4).toString()).value_or(ComplaintTier::Normatif);
        in.serviceId = q.value(5).toLongLong();
        in.component = q.value(6).toString();
        in.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        in.laporNumber = q.value(9).toString();
        in.ticketId = q.value(10).toLongLong();
        in.summary = q.value(11).toString();
        in.details = q.value(12).toString();
        in.loss = q.value(13).toString();
        in.remedy = q.value(14).toString();
        in.anonymous = q.value(15).toBool();
        in.confidential = q.value(16).toBool();
        const QString number = q.value(1).toString();
        // A code the row holds that no value maps back to is a change too.
        const bool codesKnown = channelFromCode(q.value(2).toString()) && typeFromCode(q.value(3).toString())
            && tierFromCode(q.value(4).toString());
        const ComplaintIdentity person {q.value(23).toString(), q.value(24).toString(), q.value(25).toString(),
            q.value(26).toString()};
        const QJsonObject row = ComplaintStore::intakeRecord(number, in,
            QDate::fromString(q.value(8).toString(), Qt::ISODate), q.value(17).toLongLong(),
            q.value(22).isNull() ? QString() : ComplaintStore::identityHash(person));
        const qint64 eventId = q.value(18).toLongLong();
        const QJsonObject recorded
            = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object().value(QStringLiteral("intake")).toObject();
        if (eventId == 0 || !codesKnown || compact(recorded) != compact(row)) {
            ChainBreak b;
            b.reason = eventId == 0 ? ChainBreak::Reason::Unchained : ChainBreak::Reason::Changed;
            b.id = eventId;
            b.seq = q.value(19).toLongLong();
            b.timeMs = q.value(20).toLongLong();
            b.label = HashChain::tr("complaint %1").arg(number);
            report->firstBreak = b;
            return report;
        }
    }
    // Each attachment's bytes against the SHA-256 its event recorded (the
    // event's detail is JSON, read here rather than by an engine's JSON functions).
    struct Attached {
        qint64 eventId = 0, seq = 0, at = 0;
        QString sha256;
    };
    QHash<qint64, Attached> attachedEvents; // attachment id → its event
    QSqlQuery e(db.connection());
    e.setForwardOnly(true);
    if (!e.exec(QStringLiteral("SELECT e.id, e.seq, e.at, e.detail FROM complaint_events e WHERE e.kind = 'attached' "
                               "AND e.complaint_id IN (SELECT complaint_id FROM complaint_attachments) ORDER BY e.id")))
        return db.sqlError(e.lastError(), HashChain::tr("checking the complaints"));
    while (e.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(e.value(3).toString().toUtf8()).object();
        const qint64 attachment = detail.value(QStringLiteral("attachment_id")).toVariant().toLongLong();
        if (attachment > 0 && !attachedEvents.contains(attachment)) {
            attachedEvents.insert(attachment, Attached {e.value(0).toLongLong(), e.value(1).toLongLong(),
                                                        e.value(2).toLongLong(),
                                                        detail.value(QStringLiteral("sha256")).toString()});
        }
    }
    e.finish();
    QSqlQuery a(db.connection());
    a.setForwardOnly(true);
    if (!a.exec(QStringLiteral("SELECT a.id, a.data, c.number FROM complaint_attachments a "
                               "JOIN complaints c ON c.id = a.complaint_id ORDER BY a.id")))
        return db.sqlError(a.lastError(), HashChain::tr("checking the complaints"));
    while (a.next()) {
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(a.value(1).toByteArray(), QCryptographicHash::Sha256).toHex());
        const auto found = attachedEvents.constFind(a.value(0).toLongLong());
        if (found == attachedEvents.cend() || actual != found->sha256) {
            ChainBreak b;
            b.reason = found == attachedEvents.cend() ? ChainBreak::Reason::Unchained : ChainBreak::Reason::Changed;
            if (found != attachedEvents.cend()) {
                b.id = found->eventId;
                b.seq = found->seq;
                b.timeMs = found->at;
            }
            b.label = HashChain::tr("complaint %1, attachment %2").arg(a.value(2).toString()).arg(a.value(0).toLongLong());
            report->firstBreak = b;
            return report;
        }
    }
    return report;
}

} // namespace loket
