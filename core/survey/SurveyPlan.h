// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/OfficeTime.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/survey/Survey.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

// What the office does with a survey's result (domain.md §6): the follow-up
// plan (rencana tindak lanjut) of a period, item by item, and where the result
// was published. Evaluators score both: every item done, within a month, the
// result published on four media or more.
enum class PlanStatus { Planned, InProgress, Done };
QString planStatusCode(PlanStatus status); // "planned", "in_progress", "done"
std::optional<PlanStatus> planStatusFromCode(const QString &code);
QString planStatusLabel(PlanStatus status); // translated: "Direncanakan", "Berjalan", "Selesai"

// Why an item was proposed.
enum class PlanOrigin { Staff, LowElement, Comment };
QString planOriginCode(PlanOrigin origin); // "staff", "low_element", "comment"
std::optional<PlanOrigin> planOriginFromCode(const QString &code);

struct PlanItem {
    qint64 id = 0;
    QString periodCode;    // SurveyPeriod::code(), e.g. "2026-Q3": the result the item answers
    QString element;       // "U1" … "U9"; empty: not one element (e.g. a comment)
    QString action;        // what will be done
    QString personInCharge;
    QDate targetDate;
    PlanStatus status = PlanStatus::Planned;
    QString evidence;      // what shows it was done (a photo's place, a letter's number); required for Done
    QDate doneDate;        // office-local day it was marked done
    PlanOrigin origin = PlanOrigin::Staff;
    QDateTime createdAt;   // UTC
    qint64 createdBy = 0;
    bool overdue(QDate today) const { return status != PlanStatus::Done && targetDate.isValid() && today > targetDate; }
};

// A draft item as entered (an id of 0) or changed.
struct PlanItemEntry {
    QString periodCode;
    QString element;
    QString action;
    QString personInCharge;
    QDate targetDate;
    PlanOrigin origin = PlanOrigin::Staff;
};

// Where a period's result was made public (papan pengumuman, website, media sosial, …).
struct SurveyPublication {
    qint64 id = 0;
    QString periodCode;
    QString medium;  // free text, e.g. "Papan pengumuman", "Website kecamatan"
    QDate date;      // office-local day it was published
    QString reference; // address, post, photo: where to see it (optional)
    QDateTime createdAt;
    qint64 createdBy = 0;
};

// What the plan of one period stands at, for the results screen and the report.
struct PlanStanding {
    int items = 0;
    int done = 0;
    int overdue = 0;
    int publications = 0;
    int distinctMedia = 0;       // evaluators want 4 or more
    std::optional<QDate> forumDate; // the public forum that discussed the result
    int donePercent() const { return items == 0 ? 0 : (done * 100) / items; }
};

// A proposal the index makes: an element whose converted NRR is below
// 65,00 (grade D), for the office or for one service, with no item for that
// element in the period yet.
struct PlanProposal {
    QString element;
    qint64 serviceId = 0;    // 0: the office's element; else one service's
    QString serviceName;
    int convertedCenti = 0;
    QString suggestedAction; // translated, from the element's name
};

// What staff decided about a respondent's comment.
enum class CommentFlag { None, FollowUp, Complaint, Dismissed };
QString commentFlagCode(CommentFlag flag); // "", "follow_up", "complaint", "dismissed"
std::optional<CommentFlag> commentFlagFromCode(const QString &code);
QString commentFlagLabel(CommentFlag flag); // translated

// A respondent's comment (anonymous, like the response it came with).
struct SurveyComment {
    qint64 responseId = 0;
    QDateTime answeredAt; // UTC
    qint64 serviceId = 0;
    QString serviceName;
    SurveyChannel channel = SurveyChannel::Paper;
    QString text;
    CommentFlag flag = CommentFlag::None;
    qint64 planItemId = 0;
    qint64 complaintId = 0;
    QString complaintNumber;
};

// The follow-up plan and the publication log.
// Who may: ViewReports reads (supervisors, administrators);
// ManageSurvey (supervisors, administrators) adds, changes, marks done,
// records publications and the forum; every change is audited.
class SurveyPlanService {
    Q_DECLARE_TR_FUNCTIONS(SurveyPlanService)
public:
    SurveyPlanService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QList<PlanItem>> items(const Actor &actor, const QString &periodCode = {}) const; // empty: every period, newest first
    Result<PlanItem> item(const Actor &actor, qint64 id) const;
    // Refused when the period code is not a period, the element not U1 … U9,
    // the action or the person in charge is empty, or the target date is
    // before the period's end.
    Result<PlanItem> addItem(const Actor &actor, const PlanItemEntry &entry);
    Result<PlanItem> updateItem(const Actor &actor, qint64 id, const PlanItemEntry &entry);
    Result<PlanItem> setStatus(const Actor &actor, qint64 id, PlanStatus status, const QString &evidence = {});

    Result<QList<SurveyPublication>> publications(const Actor &actor, const QString &periodCode = {}) const;
    Result<SurveyPublication> addPublication(const Actor &actor, const QString &periodCode, const QString &medium, QDate date,
                                       const QString &reference = {});
    Status setForumDate(const Actor &actor, const QString &periodCode, std::optional<QDate> date);

    // The respondents' comments of office-local days from … to, newest first (ViewReports).
    Result<QList<SurveyComment>> comments(const Actor &actor, QDate from, QDate to) const;
    // A comment flagged by staff proposes a follow-up item: the item is
    // added (origin Comment) and the comment marked. ManageSurvey.
    Result<PlanItem> commentToPlan(const Actor &actor, qint64 responseId, PlanItemEntry entry);
    // A comment that is a complaint becomes one in the complaint log
    // (anonymous, received when the response was given, for its service,
    // channel "langsung": said at the office); ManageSurvey and LogComplaint.
    // Returns the complaint's number.
    Result<QString> commentToComplaint(const Actor &actor, qint64 responseId);
    // Nothing to do about it (an appreciation, a remark). ManageSurvey.
    Status dismissComment(const Actor &actor, qint64 responseId);

    // The office-local day now (for PlanItem::overdue).
    QDate today() const;

    Result<PlanStanding> standing(const Actor &actor, const QString &periodCode) const;
    // The elements of `report` graded D without an open item in the period.
    Result<QList<PlanProposal>> proposals(const Actor &actor, const SurveyIndexReport &report, const QString &periodCode) const;

private:
    Result<PlanItem> load(qint64 id) const;
    Result<OfficeTime> officeTime() const;
    Status checkEntry(const PlanItemEntry &entry) const;
    Result<SurveyComment> comment(qint64 responseId) const;
    Status flag(const Actor &actor, qint64 responseId, CommentFlag flag, qint64 planItemId, qint64 complaintId);
    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
