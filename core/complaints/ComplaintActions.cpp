// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a complaint after it is logged: each checks who acts (before
// the write lock, so a refusal is kept in the audit log), then the state
// (inside it, so two officers acting at once cannot both pass).
#include "core/complaints/ComplaintService.h"

#include "core/auth/AuditText.h"
#include "core/auth/UserStore.h"
#include "core/common/TextCheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

using Decision = Result<std::pair<ComplaintEventKind, QJsonObject>>;

Status checkNote(const QString &text, const QString &field, bool required)
{
    if (required && text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, ComplaintService::tr("%1 is empty: write it first.").arg(field));
    if (Status s = TextCheck::check(text, field, TextCheck::Kind::MultiLine); !s)
        return s;
    if (text.size() > 20000)
        return makeError(ErrorCode::InvalidInput, ComplaintService::tr("%1 is too long (at most 20.000 characters).").arg(field));
    return {};
}

Error wrongState(const Complaint &c, const QString &what)
{
    return makeError(ErrorCode::InvalidState,
                     ComplaintService::tr("Complaint %1 is %2: it cannot be %3 now.")
                         .arg(c.number, stateName(c.status.state).toLower(), what));
}

} // namespace

Result<Complaint> ComplaintService::verify(const Actor &actor, qint64 id, VerifyOutcome outcome, const QString &note,
                                           const QString &forwardedTo)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.verify"), Who::AnyWorker); !s)
        return s.error();
    // Asking for more, or archiving, needs its reason written down.
    if (Status s = checkNote(note, tr("The note"), outcome == VerifyOutcome::Incomplete || outcome == VerifyOutcome::Archived); !s)
        return s.error();
    const QString to = forwardedTo.trimmed();
    if (outcome == VerifyOutcome::NotOurAuthority && to.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the office the complaint is forwarded to."));
    if (Status s = TextCheck::check(to, tr("The office forwarded to")); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.verify"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canVerify(now.status.state))
            return wrongState(now, tr("verified"));
        n = note.trimmed();
        QJsonObject d {{QStringLiteral("outcome"), verifyOutcomeCode(outcome)}};
        if (!to.isEmpty())
            d.insert(QStringLiteral("forwarded_to"), to);
        return std::pair {ComplaintEventKind::Verified, d};
    }, note);
}

Result<Complaint> ComplaintService::assign(const Actor &actor, qint64 id, qint64 assigneeUserId, const QString &note)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    // A supervisor assigns anyone; a member of the team may take an unassigned complaint.
    const bool takes = actor.can(Permission::WorkComplaints) && assigneeUserId == actor.userId
        && c->status.assigneeId == 0;
    if (!takes) {
        if (Status s = m_audit.require(actor, Permission::ManageComplaints, QStringLiteral("complaint.assign"), kEntity(),
                                       c->number);
            !s)
            return s.error();
    }
    if (Status s = checkNote(note, tr("The note"), false); !s)
        return s.error();
    auto user = UserStore(m_db, m_clock).find(assigneeUserId);
    if (!user)
        return user.error();
    if (!user->has_value() || !user->value().user.active)
        return makeError(ErrorCode::NotFound, tr("User %1 does not exist or is disabled.").arg(assigneeUserId));
    const User u = user->value().user;
    if (!roleHas(u.role, Permission::WorkComplaints))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 (%2) is not in the follow-up team: complaints go to follow-up officers or supervisors.")
                             .arg(u.fullName, roleDisplayName(u.role)));
    return step(actor, id, QStringLiteral("complaint.assign"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canAssign(now.status.state))
            return wrongState(now, tr("assigned"));
        if (takes && now.status.assigneeId != 0)
            return makeError(ErrorCode::Conflict, tr("Complaint %1 was just taken by %2.").arg(now.number, now.assigneeName));
        if (now.status.assigneeId == assigneeUserId)
            return makeError(ErrorCode::Nothing, tr("Complaint %1 is already assigned to %2.").arg(now.number, u.fullName));
        n = note.trimmed();
        return std::pair {ComplaintEventKind::Assigned,
            QJsonObject {{QStringLiteral("assignee_id"), u.id}, {QStringLiteral("assignee"), u.username},
                {QStringLiteral("assignee_name"), u.fullName},
                {QStringLiteral("previous_id"), now.status.assigneeId}}};
    });
}

Result<Complaint> ComplaintService::addNote(const Actor &actor, qint64 id, const QString &note)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.note"), Who::Assignee); !s)
        return s.error();
    if (Status s = checkNote(note, tr("The note"), true); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.note"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canNote(now.status.state))
            return wrongState(now, tr("followed up"));
        n = note.trimmed();
        return std::pair {ComplaintEventKind::Note, QJsonObject {}};
    }, note);
}

Result<Complaint> ComplaintService::respond(const Actor &actor, qint64 id, const QString &response, const QString &letterNumber)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.respond"), Who::Assignee); !s)
        return s.error();
    if (Status s = checkNote(response, tr("The response"), true); !s)
        return s.error();
    if (Status s = TextCheck::check(letterNumber.trimmed(), tr("The letter number")); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.respond"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canRespond(now.status.state))
            return wrongState(now, tr("answered"));
        n = response.trimmed();
        QJsonObject d;
        if (!letterNumber.trimmed().isEmpty())
            d.insert(QStringLiteral("letter_number"), letterNumber.trimmed());
        return std::pair {ComplaintEventKind::Responded, d};
    }, response);
}

Result<Complaint> ComplaintService::wait(const Actor &actor, qint64 id, const QString &reason)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.wait"), Who::Assignee); !s)
        return s.error();
    if (Status s = checkNote(reason, tr("The reason"), true); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.wait"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canWait(now.status.state))
            return wrongState(now, tr("put on hold"));
        n = reason.trimmed();
        return std::pair {ComplaintEventKind::Waiting, QJsonObject {}};
    }, reason);
}

Result<Complaint> ComplaintService::resume(const Actor &actor, qint64 id, const QString &note)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.resume"), Who::AssigneeOrUnassigned); !s)
        return s.error();
    if (Status s = checkNote(note, tr("The note"), false); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.resume"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canResume(now.status.state))
            return wrongState(now, tr("resumed"));
        n = note.trimmed();
        return std::pair {ComplaintEventKind::Resumed, QJsonObject {}};
    }, note);
}

Result<Complaint> ComplaintService::close(const Actor &actor, qint64 id, const QString &note)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = m_audit.require(actor, Permission::ManageComplaints, QStringLiteral("complaint.close"), kEntity(), c->number); !s)
        return s.error();
    if (Status s = checkNote(note, tr("The note"), false); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.close"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canClose(now.status.state)) {
            if (isOpen(now.status.state))
                return makeError(ErrorCode::InvalidState,
                                 tr("Complaint %1 has no response yet: send the response first, then close it.").arg(now.number));
            return wrongState(now, tr("closed"));
        }
        n = note.trimmed();
        return std::pair {ComplaintEventKind::Closed, QJsonObject {{QStringLiteral("how"), QStringLiteral("resolved")}}};
    });
}

Result<Complaint> ComplaintService::reopen(const Actor &actor, qint64 id, const QString &reason)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.reopen"), Who::Assignee); !s)
        return s.error();
    if (Status s = checkNote(reason, tr("The reason"), true); !s)
        return s.error();
    return step(actor, id, QStringLiteral("complaint.reopen"), [&](const Complaint &now, QString &n) -> Decision {
        if (!ComplaintLifecycle::canReopen(now.status.state))
            return wrongState(now, tr("reopened"));
        n = reason.trimmed();
        return std::pair {ComplaintEventKind::Reopened,
            QJsonObject {{QStringLiteral("state_before"), stateCode(now.status.state)}}};
    }, reason);
}

Result<Complaint> ComplaintService::attach(const Actor &actor, qint64 id, const ComplaintAttachmentFile &file)
{
    auto c = get(actor, id);
    if (!c)
        return c;
    // Evidence is added by whoever logged it, the officer following it up, or a supervisor.
    if (!actor.can(Permission::ManageComplaints) && c->createdBy != actor.userId && c->status.assigneeId != actor.userId) {
        if (Status s = requireWork(actor, c.value(), QStringLiteral("complaint.attach"), Who::AssigneeOrUnassigned); !s)
            return s.error();
    }
    if (!isOpen(c->status.state))
        return makeError(ErrorCode::InvalidState,
                         tr("Complaint %1 is %2: reopen it before adding evidence.").arg(c->number, stateName(c->status.state).toLower()));
    ComplaintAttachment meta;
    if (Status s = checkAttachment(file, meta); !s)
        return s.error();
    auto life = lifecycle();
    if (!life)
        return life.error();
    const qint64 nowMs = m_clock.nowMs();
    Status done = m_db->transaction([&]() -> Status {
        qint64 eventId = 0;
        if (Status s = storeAttachment(actor, id, file, nowMs, &eventId); !s)
            return s;
        if (Status s = rewriteStatus(id, life.value(), nowMs, eventId); !s)
            return s;
        return m_audit.record(actor, QStringLiteral("complaint.attach"), kEntity(), c->number,
            auditDetail(QStringLiteral("complaint.attachment"), {{QStringLiteral("name"), meta.name}, {QStringLiteral("sha256"), meta.sha256}}));
    });
    if (!done)
        return done.error();
    return get(actor, id);
}

Result<int> ComplaintService::autoClose(const Actor &actor, QDate throughDay)
{
    if (Status s = m_audit.require(actor, Permission::ManageComplaints, QStringLiteral("complaint.close"), kEntity()); !s)
        return s.error();
    // A day not yet over cannot have gone unanswered.
    if (throughDay > today())
        return makeError(ErrorCode::InvalidInput,
                         tr("Complaints can be closed automatically only through a day that has begun (%1 is later than "
                            "today).")
                             .arg(throughDay.toString(Qt::ISODate)));
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT complaint_id FROM complaint_status WHERE state = 'responded' "
                                                 "AND auto_close_due IS NOT NULL AND auto_close_due <= ? ORDER BY complaint_id"));
    q.addBindValue(throughDay.toString(Qt::ISODate));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("finding complaints to close"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    int closed = 0;
    const int days = lifecycle() ? lifecycle()->policy().autoCloseDays : 10;
    for (qint64 id : ids) {
        auto r = step(actor, id, QStringLiteral("complaint.close"), [&](const Complaint &now, QString &n) -> Decision {
            if (now.status.state != ComplaintState::Responded || !now.status.autoCloseDue.isValid()
                || now.status.autoCloseDue > throughDay)
                return makeError(ErrorCode::Nothing, QString());
            n = tr("Closed automatically: the complainant did not answer within %n working day(s) of the response.", nullptr, days);
            return std::pair {ComplaintEventKind::Closed, QJsonObject {{QStringLiteral("how"), QStringLiteral("automatic")}}};
        });
        if (r)
            ++closed;
        else if (r.error().code != ErrorCode::Nothing)
            return r.error();
    }
    return closed;
}

Result<int> ComplaintService::refreshDeadlines(const Actor &actor)
{
    if (Status s = m_audit.require(actor, Permission::ManageComplaints, QStringLiteral("complaint.close"), kEntity()); !s)
        return s.error();
    auto life = lifecycle();
    if (!life)
        return life.error();
    const qint64 nowMs = m_clock.nowMs();
    int moved = 0;
    Status done = m_db->transaction([&]() -> Status {
        QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT complaint_id, last_event_id FROM complaint_status WHERE open = TRUE"));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("finding complaints to close"));
        QList<std::pair<qint64, qint64>> open;
        while (q.next())
            open << std::pair {q.value(0).toLongLong(), q.value(1).toLongLong()};
        q.finish();
        for (const auto &[id, lastEvent] : open) {
            auto before = m_store.load(id);
            if (!before)
                return before.error();
            if (Status s = rewriteStatus(id, life.value(), nowMs, lastEvent); !s)
                return s;
            auto after = m_store.load(id);
            if (!after)
                return after.error();
            if (before->has_value() && after->has_value()) {
                const ComplaintStatus &a = before->value().status, &b = after->value().status;
                if (a.verify.due != b.verify.due || a.firstFollowUp.due != b.firstFollowUp.due
                    || a.settle.due != b.settle.due || a.autoCloseDue != b.autoCloseDue)
                    ++moved;
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return moved;
}

Result<int> ComplaintService::autoCloseOverdue(const Actor &actor)
{
    // Deadlines first, so a holiday added since counts before anything closes.
    if (auto refreshed = refreshDeadlines(actor); !refreshed)
        return refreshed.error();
    auto life = lifecycle();
    if (!life)
        return life.error();
    const QDateTime local = life->officeTime().localDateTime(m_clock.nowUtc());
    const DayHours hours = life->calendar().hoursOn(local.date());
    const bool over = !hours.isOpen() || local.time() >= hours.close;
    return autoClose(actor, over ? local.date() : local.date().addDays(-1));
}

} // namespace loket
