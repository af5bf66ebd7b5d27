// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintLifecycle.h"
#include "core/complaints/ComplaintStore.h"
#include "core/storage/Database.h"
#include "core/storage/HashChain.h"

#include <functional>

namespace loket {

// Which complaints a list shows.
struct ComplaintFilter {
    enum class View { All, Open, Mine, Unassigned, DueSoon, Overdue };
    View view = View::Open;
    std::optional<ComplaintState> state;
    std::optional<IntakeChannel> channel;
    qint64 serviceId = 0;
    // Received in this office-local month (its first day); invalid: any time.
    QDate receivedMonth;
    // The first response's bucket, as ComplaintMonthReport::responseTime codes ("le_1d" … "none").
    QString responseBucket;
    int limit = 500;
};

// The complaint log followed up to completion (domain.md §4).
//
// Who may do what (checked here with the actor; refusals are audited):
// officers, the follow-up team and supervisors log complaints (an admin too,
// standing in at the desk); the follow-up team verifies, takes unassigned
// ones and works those assigned to it; supervisors assign, close and see
// all; an officer sees only the complaints he or she logged.
//
// The identity of the complainant is read only through identity(), which
// checks and writes the view to the audit log: the follow-up team and
// supervisors may see it; the officer who logged it may too unless the
// complaint is rahasia (confidential); an anonim complaint has none.
class ComplaintService {
    Q_DECLARE_TR_FUNCTIONS(ComplaintService)
public:
    ComplaintService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<Complaint> add(const Actor &actor, ComplaintIntake intake, ComplaintIdentity identity = {},
                          const QList<ComplaintAttachmentFile> &attachments = {});

    Result<Complaint> verify(const Actor &actor, qint64 id, VerifyOutcome outcome, const QString &note,
                             const QString &forwardedTo = {});
    Result<Complaint> assign(const Actor &actor, qint64 id, qint64 assigneeUserId, const QString &note = {});
    Result<Complaint> addNote(const Actor &actor, qint64 id, const QString &note);
    Result<Complaint> respond(const Actor &actor, qint64 id, const QString &response, const QString &letterNumber = {});
    Result<Complaint> wait(const Actor &actor, qint64 id, const QString &reason);
    Result<Complaint> resume(const Actor &actor, qint64 id, const QString &note = {});
    Result<Complaint> close(const Actor &actor, qint64 id, const QString &note = {});
    Result<Complaint> reopen(const Actor &actor, qint64 id, const QString &reason);
    Result<Complaint> attach(const Actor &actor, qint64 id, const ComplaintAttachmentFile &file);

    // Closes the complaints whose response has gone unanswered for the
    // auto-close days, through `throughDay` (the day being closed, or
    // yesterday at start). Returns how many were closed.
    Result<int> autoClose(const Actor &actor, QDate throughDay);
    // The day's upkeep, run at start and when the day is closed: the open
    // complaints' deadlines are computed again with the calendar as it is now
    // (a holiday added since moves them), then those unanswered after their
    // response are closed through the last day that is over (today once the
    // office has closed, or when it does not open today; else yesterday).
    // Returns how many were closed.
    Result<int> autoCloseOverdue(const Actor &actor);
    // The first half of that: returns how many open complaints' deadlines moved.
    Result<int> refreshDeadlines(const Actor &actor);

    Result<Complaint> get(const Actor &actor, qint64 id) const;
    // By register number ("ADU/2026/12/0001") or id.
    Result<Complaint> find(const Actor &actor, const QString &numberOrId) const;
    Result<QList<ComplaintEvent>> events(const Actor &actor, qint64 id) const;
    Result<QList<Complaint>> list(const Actor &actor, const ComplaintFilter &filter = {}) const;
    Result<QList<Complaint>> search(const Actor &actor, const QString &text, int limit = 100) const;
    Result<QList<ComplaintAttachment>> attachments(const Actor &actor, qint64 id) const;
    Result<QByteArray> attachmentData(const Actor &actor, qint64 attachmentId) const;

    // Whether the actor may see who complained (no audit, for the GUI's button).
    bool maySeeIdentity(const Actor &actor, const Complaint &complaint) const;
    // The complainant's identity; the view is written to the audit log.
    Result<ComplaintIdentity> identity(const Actor &actor, qint64 id) const;

    // Who may be given a complaint (active follow-up officers and supervisors), by name.
    struct Assignee {
        qint64 userId = 0;
        QString fullName;
        QString roleName;
    };
    Result<QList<Assignee>> assignees(const Actor &actor) const;

    // Recomputes the complaint history's hash chain.
    Result<ChainReport> verifyChain(const Actor &actor) const;

    // The rules and calendar in force now (settings, holidays).
    Result<ComplaintLifecycle> lifecycle() const;
    QDate today() const;

    static constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;

private:
    static QString kEntity();
    using Step = std::function<Result<std::pair<ComplaintEventKind, QJsonObject>>(const Complaint &, QString &note)>;
    Result<Complaint> step(const Actor &actor, qint64 id, const QString &action, const Step &decide,
                           const QString &indexText = {});
    enum class Who { AnyWorker, Assignee, AssigneeOrUnassigned };
    Status requireWork(const Actor &actor, const Complaint &c, const QString &action, Who who) const;
    Status mayRead(const Actor &actor, const Complaint &c) const;
    // The first complaint whose stored state is not what its events lead to.
    Result<std::optional<ChainBreak>> checkStatus() const;
    Result<Complaint> withDaysLeft(Complaint c) const;
    Complaint withDaysLeft(Complaint c, const ComplaintLifecycle &life) const;
    Status checkAttachment(const ComplaintAttachmentFile &file, ComplaintAttachment &meta) const;
    Status storeAttachment(const Actor &actor, qint64 id, const ComplaintAttachmentFile &file, qint64 nowMs,
                           qint64 *eventId);
    Status rewriteStatus(qint64 id, const ComplaintLifecycle &life, qint64 nowMs, qint64 lastEventId);

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    ComplaintStore m_store;
};

} // namespace loket
