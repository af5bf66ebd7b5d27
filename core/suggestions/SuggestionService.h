// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/complaints/ComplaintService.h"
#include "core/storage/Database.h"
#include "core/suggestions/Suggestion.h"
#include "core/suggestions/SuggestionStore.h"

#include "core/common/OfficeTime.h"

namespace loket {

// The suggestion boxes and their monthly openings (domain.md §5).
//
// A session is a draft while the team enters the slips; signing it gives the
// minutes their number, turns every slip decided "tindak lanjut" into a
// complaint (channel kotak saran, received at the opening, so its deadlines
// start then) and makes the session read-only: the database itself refuses
// any change to a signed session, its members or its slips.
//
// Who may do what (checked with the actor; refusals are audited):
// supervisors manage the boxes, open, discard and sign sessions; officers,
// the follow-up team and supervisors enter members and slips in a draft;
// everyone signed in may read signed minutes. Every change is audited.
class SuggestionService {
    Q_DECLARE_TR_FUNCTIONS(SuggestionService)
public:
    SuggestionService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // Boxes.
    Result<SuggestionBox> addBox(const Actor &actor, const QString &name, const QString &location);
    Result<SuggestionBox> updateBox(const Actor &actor, qint64 id, const QString &name, const QString &location,
                                    bool active);
    Result<QList<SuggestionBox>> boxes(const Actor &actor, bool includeInactive = false) const;

    // Sessions.
    Result<SuggestionSession> open(const Actor &actor, const SessionDraft &draft);
    Result<SuggestionSession> updateSession(const Actor &actor, qint64 sessionId, const SessionDraft &draft);
    // Removes a draft opened by mistake (with its members and slips).
    Status discard(const Actor &actor, qint64 sessionId, const QString &reason);
    Result<SessionMember> addMember(const Actor &actor, qint64 sessionId, MemberRole role, const QString &name,
                                    const QString &nip, const QString &teamRole = {});
    Status removeMember(const Actor &actor, qint64 memberId);
    // Signs: gives the number, creates the complaints; refused while anything is missing.
    // Any change to a signed session is refused with PermissionDenied (nobody may).
    Result<SuggestionSession> sign(const Actor &actor, qint64 sessionId);

    // Slips. The number is the next one of the session.
    Result<SuggestionSlip> addSlip(const Actor &actor, qint64 sessionId, const SlipEntry &entry);
    Result<SuggestionSlip> updateSlip(const Actor &actor, qint64 slipId, const SlipEntry &entry);
    // Removes a slip of a draft; the ones after it move up a number.
    Status removeSlip(const Actor &actor, qint64 slipId);
    // A scan of the slip (PNG, JPEG or PDF), while the session is a draft.
    Status attachScan(const Actor &actor, qint64 slipId, const ComplaintAttachmentFile &file);
    Result<ComplaintAttachmentFile> scan(const Actor &actor, qint64 slipId) const;
    // After signing: the person in charge (or a supervisor) records that a
    // decision other than tindak lanjut was carried out.
    Result<SuggestionSlip> markDone(const Actor &actor, qint64 slipId, const QString &note);

    // Reading.
    Result<SuggestionSession> session(const Actor &actor, qint64 id) const;
    // By minutes number ("BA/KS/2026/12/01") or id.
    Result<SuggestionSession> find(const Actor &actor, const QString &numberOrId) const;
    // The sessions opened in a month (invalid = all), newest first. Drafts
    // only for those who may enter slips.
    Result<QList<SuggestionSession>> sessions(const Actor &actor, QDate month = {}) const;
    Result<QList<SuggestionSlip>> slips(const Actor &actor, qint64 sessionId) const;
    Result<SuggestionSlip> slip(const Actor &actor, qint64 slipId) const;
    Result<SessionSummary> summary(const Actor &actor, qint64 sessionId) const;
    Result<SuggestionMinutes> minutes(const Actor &actor, qint64 sessionId) const;
    // The slip a complaint came from, if any.
    Result<std::optional<SuggestionSlip>> slipOfComplaint(const Actor &actor, qint64 complaintId) const;
    // The 12 months up to `month` (any day of it).
    Result<SuggestionReview> review(const Actor &actor, QDate month) const;
    // Active boxes not opened this month, once the reminder day has come (empty before).
    Result<QList<BoxReminder>> reminders(const Actor &actor) const;

    // Who may be put in charge of a slip (active users), by name.
    struct Person {
        qint64 userId = 0;
        QString username;
        QString fullName;
        QString roleName;
    };
    Result<QList<Person>> people(const Actor &actor) const;

    QDate today() const;

    // The minutes' number from the pattern ({YYYY}, {MM}, {NN}, {NNN}), for a month and its sequence.
    static QString numberText(const QString &pattern, QDate month, int seq);
    static bool isValidPattern(const QString &pattern);

private:
    static QString kSession();
    // The session as a draft the actor may change, or why not (signed: Conflict).
    Result<SuggestionSession> draftFor(const Actor &actor, Permission permission, const QString &action,
                                       qint64 sessionId) const;
    // A slip with its session, when that is a draft the actor may change.
    Result<std::pair<SuggestionSlip, SuggestionSession>> draftOfSlip(const Actor &actor, const QString &action,
                                                                     qint64 slipId) const;
    Status checkEntry(const SlipEntry &entry) const;
    Status checkDraft(SessionDraft &draft, const SuggestionBox &box, qint64 ignoreSessionId,
                      QDate *periodFrom, QDate *periodTo) const;
    Status mayRead(const Actor &actor, const SuggestionSession &session) const;
    // How each slip's decision stands on `day` (today in the office's zone).
    static QList<SuggestionSlip> withFollow(QList<SuggestionSlip> slips, bool isSigned, QDate day);
    static SuggestionSlip withFollow(SuggestionSlip slip, bool isSigned, QDate day);
    OfficeTime officeTime() const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    SuggestionStore m_store;
    ComplaintService m_complaints;
};

} // namespace loket
