// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint history's check beyond the hash chain: the state every list,
// file and report reads (complaint_status) must be the one its chained events
// lead to, so a status forged or deleted with sqlite3 is found too.
#include "core/complaints/ComplaintService.h"

#include "core/complaints/ComplaintChain.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

Result<std::optional<ChainBreak>> ComplaintService::checkStatus() const
{
    auto life = lifecycle();
    if (!life)
        return life.error();
    QHash<qint64, QList<ComplaintEvent>> events;
    QHash<qint64, std::pair<qint64, qint64>> lastEvent; // complaint → (event id, seq)
    QHash<qint64, qint64> lastAt;
    {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, complaint_id, at, kind, detail, seq FROM complaint_events ORDER BY complaint_id, id")))
            return m_db->sqlError(q.lastError(), tr("reading a complaint's history"));
        while (q.next()) {
            ComplaintEvent e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            e.kind = eventKindFromCode(q.value(3).toString()).value_or(ComplaintEventKind::Note);
            e.detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            const qint64 complaint = q.value(1).toLongLong();
            events[complaint] << e;
            lastEvent[complaint] = {e.id, q.value(5).toLongLong()};
            lastAt[complaint] = q.value(2).toLongLong();
        }
    }
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.number, c.received_at, c.tier, s.complaint_id, s.state, s.assignee_id, "
                               "s.verified_at, s.first_follow_up_at, s.responded_at, s.closed_at, s.closed_how, "
                               "s.last_event_id FROM complaints c LEFT JOIN complaint_status s ON s.complaint_id = c.id "
                               "ORDER BY c.id")))
        return m_db->sqlError(q.lastError(), tr("reading complaints"));
    auto ms = [](const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0); };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const ComplaintStatus derived = life->derive(QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
            tierFromCode(q.value(3).toString()).value_or(ComplaintTier::Normatif), events.value(id));
        const bool present = !q.value(4).isNull();
        const bool same = present && q.value(5).toString() == stateCode(derived.state)
            && q.value(6).toLongLong() == derived.assigneeId && q.value(7).toLongLong() == ms(derived.verify.metAt)
            && q.value(8).toLongLong() == ms(derived.firstFollowUp.metAt)
            && q.value(9).toLongLong() == ms(derived.settle.metAt) && q.value(10).toLongLong() == ms(derived.closedAt)
            && q.value(11).toString() == derived.closedHow && q.value(12).toLongLong() == lastEvent.value(id).first;
        if (!same) {
            ChainBreak b;
            b.reason = ChainBreak::Reason::Changed;
            b.id = lastEvent.value(id).first;
            b.seq = lastEvent.value(id).second;
            b.timeMs = lastAt.value(id);
            b.label = present ? tr("complaint %1: its state is not what its history says").arg(q.value(1).toString())
                              : tr("complaint %1: its state was removed").arg(q.value(1).toString());
            return std::optional<ChainBreak> {b};
        }
    }
    return std::optional<ChainBreak> {};
}

} // namespace loket
