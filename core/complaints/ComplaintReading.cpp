// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading complaints: who may see which, the work lists, search, and the
// complainant's identity behind a check that writes every view to the audit log.
#include "core/complaints/ComplaintService.h"

#include "core/auth/AuditText.h"
#include "core/auth/UserStore.h"
#include "core/complaints/ComplaintChain.h"
#include "core/complaints/ComplaintReport.h"
#include "core/storage/TextIndex.h"

namespace loket {

Status ComplaintService::mayRead(const Actor &actor, const Complaint &c) const
{
    if (actor.can(Permission::WorkComplaints) || actor.can(Permission::ManageComplaints))
        return {};
    if (actor.can(Permission::LogComplaint) && actor.isUser() && c.createdBy == actor.userId)
        return {};
    return m_audit.require(actor, Permission::WorkComplaints, QStringLiteral("complaint.read"), kEntity(), c.number);
}

Result<Complaint> ComplaintService::withDaysLeft(Complaint c) const
{
    if (!c.status.nextDue.isValid())
        return c;
    auto life = lifecycle();
    if (!life)
        return life.error();
    return withDaysLeft(std::move(c), life.value());
}

Complaint ComplaintService::withDaysLeft(Complaint c, const ComplaintLifecycle &life) const
{
    if (c.status.nextDue.isValid())
        c.daysLeft = life.daysLeft(life.officeTime().localDateOfMs(m_clock.nowMs()), c.status.nextDue);
    return c;
}

Result<Complaint> ComplaintService::get(const Actor &actor, qint64 id) const
{
    if (!actor.can(Permission::LogComplaint) && !actor.can(Permission::WorkComplaints)) {
        if (Status s = m_audit.require(actor, Permission::WorkComplaints, QStringLiteral("complaint.read"), kEntity(),
                                       QString::number(id));
            !s)
            return s.error();
    }
    auto loaded = m_store.load(id);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return makeError(ErrorCode::NotFound, tr("Complaint %1 does not exist.").arg(id));
    if (Status s = mayRead(actor, loaded->value()); !s)
        return s.error();
    return withDaysLeft(std::move(*loaded.value()));
}

Result<Complaint> ComplaintService::find(const Actor &actor, const QString &numberOrId) const
{
    auto byNumber = m_store.idOfNumber(numberOrId);
    if (!byNumber)
        return byNumber.error();
    if (byNumber->has_value())
        return get(actor, byNumber->value());
    bool ok = false;
    const qint64 id = numberOrId.trimmed().toLongLong(&ok);
    if (ok && id > 0)
        return get(actor, id);
    return makeError(ErrorCode::NotFound,
                     tr("No complaint has the number %1. Register numbers look like ADU/2026/12/0001.")
                         .arg(numberOrId.trimmed().left(60)));
}

Result<QList<ComplaintEvent>> ComplaintService::events(const Actor &actor, qint64 id) const
{
    auto c = get(actor, id);
    if (!c)
        return c.error();
    return m_store.events(id);
}

Result<QList<Complaint>> ComplaintService::list(const Actor &actor, const ComplaintFilter &f) const
{
    if (!actor.can(Permission::LogComplaint) && !actor.can(Permission::WorkComplaints)) {
        if (Status s = m_audit.require(actor, Permission::WorkComplaints, QStringLiteral("complaint.read"), kEntity()); !s)
            return s.error();
    }
    auto life = lifecycle();
    if (!life)
        return life.error();
    const QDate day = life->officeTime().localDateOfMs(m_clock.nowMs());
    QStringList where;
    QVariantList binds;
    // An officer sees what he or she logged.
    if (!actor.can(Permission::WorkComplaints)) {
        where << QStringLiteral("c.created_by = ?");
        binds << actor.userId;
    }
    QString order = QStringLiteral("c.id DESC");
    const QString byDue = QStringLiteral("s.next_due IS NULL, s.next_due, c.id");
    switch (f.view) {
    case ComplaintFilter::View::All:
        break;
    case ComplaintFilter::View::Open:
        where << QStringLiteral("s.open = TRUE");
        order = byDue;
        break;
    case ComplaintFilter::View::Mine:
        where << QStringLiteral("s.assignee_id = ? AND s.open = TRUE");
        binds << actor.userId;
        order = byDue;
        break;
    case ComplaintFilter::View::Unassigned:
        where << QStringLiteral("s.assignee_id IS NULL AND s.open = TRUE");
        order = byDue;
        break;
    case ComplaintFilter::View::DueSoon:
        where << QStringLiteral("s.next_due >= ? AND s.next_due <= ?");
        binds << day.toString(Qt::ISODate) << life->dueSoonUntil(day).toString(Qt::ISODate);
        order = QStringLiteral("s.next_due, c.id");
        break;
    case ComplaintFilter::View::Overdue:
        where << QStringLiteral("s.next_due < ?");
        binds << day.toString(Qt::ISODate);
        order = QStringLiteral("s.next_due, c.id");
        break;
    }
    if (f.state) {
        where << QStringLiteral("s.state = ?");
        binds << stateCode(*f.state);
    }
    if (f.channel) {
        where << QStringLiteral("c.channel = ?");
        binds << channelCode(*f.channel);
    }
    if (f.serviceId > 0) {
        where << QStringLiteral("c.service_id = ?");
        binds << f.serviceId;
    }
    if (f.receivedMonth.isValid()) {
        const QDate first(f.receivedMonth.year(), f.receivedMonth.month(), 1);
        where << QStringLiteral("c.received_at >= ? AND c.received_at < ?");
        binds << life->officeTime().dayStartUtcMs(first) << life->officeTime().dayStartUtcMs(first.addMonths(1));
        order = QStringLiteral("c.received_at, c.id");
    }
    if (!f.responseBucket.isEmpty()) {
        where << QStringLiteral("(") + responseBucketSql() + QStringLiteral(") = ?");
        binds << f.responseBucket;
    }
    auto rows = m_store.list(where.join(QStringLiteral(" AND ")), binds, order, std::clamp(f.limit, 1, 100000));
    if (!rows)
        return rows.error();
    for (Complaint &c : rows.value()) {
        if (c.status.nextDue.isValid())
            c.daysLeft = life->daysLeft(day, c.status.nextDue);
    }
    return rows;
}

Result<QList<Complaint>> ComplaintService::search(const Actor &actor, const QString &text, int limit) const
{
    if (!actor.can(Permission::LogComplaint) && !actor.can(Permission::WorkComplaints)) {
        if (Status s = m_audit.require(actor, Permission::WorkComplaints, QStringLiteral("complaint.read"), kEntity()); !s)
            return s.error();
    }
    // An officer's hits are filtered afterwards: ask for more.
    const bool all = actor.can(Permission::WorkComplaints);
    auto ids = TextIndex::complaints(m_db)->search(text, all ? limit : limit * 10);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return QList<Complaint> {};
    QStringList marks;
    QVariantList binds;
    for (qint64 id : ids.value()) {
        marks << QStringLiteral("?");
        binds << id;
    }
    QString where = QStringLiteral("c.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (!all) {
        where += QStringLiteral(" AND c.created_by = ?");
        binds << actor.userId;
    }
    auto rows = m_store.list(where, binds, QStringLiteral("c.id"), int(ids->size()));
    if (!rows)
        return rows.error();
    auto life = lifecycle();
    if (!life)
        return life.error();
    const QDate day = life->officeTime().localDateOfMs(m_clock.nowMs());
    // In the index's order (newest first).
    QHash<qint64, Complaint> byId;
    for (Complaint &c : rows.value())
        byId.insert(c.id, c);
    QList<Complaint> out;
    for (qint64 id : ids.value()) {
        auto it = byId.find(id);
        if (it == byId.end())
            continue;
        if (it->status.nextDue.isValid())
            it->daysLeft = life->daysLeft(day, it->status.nextDue);
        out << *it;
        if (out.size() >= limit)
            break;
    }
    return out;
}

Result<QList<ComplaintAttachment>> ComplaintService::attachments(const Actor &actor, qint64 id) const
{
    auto c = get(actor, id);
    if (!c)
        return c.error();
    return m_store.attachments(id);
}

Result<QByteArray> ComplaintService::attachmentData(const Actor &actor, qint64 attachmentId) const
{
    auto data = m_store.attachmentData(attachmentId);
    if (!data)
        return data.error();
    auto c = get(actor, data->first);
    if (!c)
        return c.error();
    (void)m_audit.record(actor, QStringLiteral("complaint.attachment_read"), kEntity(), c->number,
        auditDetail(QStringLiteral("complaint.attachment"), {{QStringLiteral("id"), attachmentId}}));
    return data->second;
}

bool ComplaintService::maySeeIdentity(const Actor &actor, const Complaint &c) const
{
    if (c.intake.anonymous)
        return false;
    if (actor.can(Permission::WorkComplaints) || actor.can(Permission::ManageComplaints))
        return true;
    return !c.intake.confidential && actor.isUser() && actor.can(Permission::LogComplaint) && c.createdBy == actor.userId;
}

Result<ComplaintIdentity> ComplaintService::identity(const Actor &actor, qint64 id) const
{
    auto c = get(actor, id);
    if (!c)
        return c.error();
    if (c->intake.anonymous)
        return makeError(ErrorCode::Nothing, tr("Complaint %1 is anonymous: nobody knows who made it.").arg(c->number));
    if (!maySeeIdentity(actor, c.value())) {
        (void)m_audit.record(actor, QStringLiteral("complaint.identity_view"), kEntity(), c->number,
            auditDetail(QStringLiteral("complaint.confidential"), {}), QStringLiteral("refused"));
        return makeError(ErrorCode::PermissionDenied,
                         tr("Complaint %1 is confidential: only the follow-up team and supervisors may see who made it.")
                             .arg(c->number));
    }
    auto person = m_store.identity(id);
    if (!person)
        return person.error();
    // Every view is kept, as the law asks for a protected identity.
    if (Status s = m_audit.record(actor, QStringLiteral("complaint.identity_view"), kEntity(), c->number,
            auditDetail(c->intake.confidential ? QStringLiteral("complaint.confidential") : QStringLiteral("complaint.identity"), {}));
        !s)
        return s.error();
    return person;
}

Result<QList<ComplaintService::Assignee>> ComplaintService::assignees(const Actor &actor) const
{
    if (Status s = m_audit.require(actor, Permission::WorkComplaints, QStringLiteral("complaint.assign"), kEntity()); !s)
        return s.error();
    auto users = UserStore(m_db, m_clock).list();
    if (!users)
        return users.error();
    QList<Assignee> out;
    for (const User &u : users.value()) {
        if (u.active && roleHas(u.role, Permission::WorkComplaints))
            out << Assignee {u.id, u.fullName, roleDisplayName(u.role)};
    }
    std::sort(out.begin(), out.end(), [](const Assignee &a, const Assignee &b) { return a.fullName < b.fullName; });
    return out;
}

Result<ChainReport> ComplaintService::verifyChain(const Actor &actor) const
{
    if (!actor.can(Permission::ManageComplaints)) {
        if (Status s = m_audit.require(actor, Permission::ViewAudit, QStringLiteral("complaint.chain_verify"), kEntity()); !s)
            return s.error();
    }
    auto report = verifyComplaintChain(*m_db);
    if (!report)
        return report;
    if (report->intact()) {
        auto status = checkStatus();
        if (!status)
            return status.error();
        if (status->has_value())
            report->firstBreak = status->value();
    }
    (void)m_audit.record(actor, QStringLiteral("complaint.chain_verify"), kEntity(), QString(),
        auditDetail(report->intact() ? QStringLiteral("chain.intact") : QStringLiteral("chain.broken"),
            {{QStringLiteral("count"), report->count}}),
        report->intact() ? QStringLiteral("ok") : QStringLiteral("failed"));
    return report;
}

} // namespace loket
