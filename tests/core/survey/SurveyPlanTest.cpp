// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey's follow-up plan and publication log, in the queue fixture's
// office (Monday 23 November 2026, 08.00 WIB).
#include "core/auth/AuditLog.h"
#include "core/survey/SurveyPlan.h"
#include "core/survey/SurveyService.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {

class PlanFixture : public test::QueueFixture {
public:
    PlanFixture()
        : plan(t.db(), clock)
        , survey(t.db(), clock)
    {
    }
    SurveyPlanService plan;
    SurveyService survey;

    PlanItemEntry entry(const char *element = "U3") const
    {
        PlanItemEntry e;
        e.periodCode = QStringLiteral("2026-Q3");
        e.element = QLatin1String(element);
        e.action = QStringLiteral("Tambah petugas perekaman pada jam sibuk");
        e.personInCharge = QStringLiteral("Kasi Pelayanan Umum");
        e.targetDate = QDate(2026, 12, 31);
        return e;
    }

    PlanItem added(const PlanItemEntry &e)
    {
        auto r = plan.addItem(sari, e);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }

    int auditCount(const char *action) const
    {
        QSqlQuery q(t.db()->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'ok'"));
        q.addBindValue(QLatin1String(action));
        q.exec();
        q.next();
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE_METHOD(PlanFixture, "a follow-up item is planned, worked on and done with its evidence, every step audited",
                 "[survey][plan]")
{
    const PlanItem item = added(entry());
    CHECK(item.status == PlanStatus::Planned);
    CHECK(item.periodCode == QStringLiteral("2026-Q3"));
    CHECK(item.createdBy == sari.userId);
    CHECK(auditCount("survey.plan_add") == 1);

    auto going = plan.setStatus(sari, item.id, PlanStatus::InProgress);
    REQUIRE(going.ok());
    CHECK(going->status == PlanStatus::InProgress);

    // Done needs its evidence: evaluators ask for it.
    auto bare = plan.setStatus(sari, item.id, PlanStatus::Done);
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().code == ErrorCode::InvalidInput);

    clock.set(QDateTime(QDate(2026, 12, 10), QTime(3, 0), Qt::UTC)); // 10.00 WIB
    auto done = plan.setStatus(sari, item.id, PlanStatus::Done, QStringLiteral("SK Camat 800/12/2026; foto loket tambahan"));
    REQUIRE(done.ok());
    CHECK(done->status == PlanStatus::Done);
    CHECK(done->doneDate == QDate(2026, 12, 10));
    CHECK(done->evidence.startsWith(QStringLiteral("SK Camat")));
    CHECK(auditCount("survey.plan_done") == 1);

    // A done item is kept as it was done, by the service and by the database.
    auto changed = plan.updateItem(sari, item.id, entry("U1"));
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code == ErrorCode::InvalidState);
    QSqlQuery q(t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE survey_plan_items SET action = 'x' WHERE id = %1").arg(item.id)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_plan_items WHERE id = %1").arg(item.id)));
    CHECK(plan.item(sari, item.id)->action == item.action);
}

TEST_CASE_METHOD(PlanFixture, "a follow-up item without what, who or when, or before the result, is refused", "[survey][plan]")
{
    PlanItemEntry e = entry();
    e.periodCode = QStringLiteral("2026-Q5");
    CHECK(plan.addItem(sari, e).error().code == ErrorCode::InvalidInput);
    e = entry("U10");
    CHECK(plan.addItem(sari, e).error().code == ErrorCode::InvalidInput);
    e = entry();
    e.action = QStringLiteral("   ");
    CHECK(plan.addItem(sari, e).error().code == ErrorCode::InvalidInput);
    e = entry();
    e.personInCharge.clear();
    CHECK(plan.addItem(sari, e).error().code == ErrorCode::InvalidInput);
    e = entry();
    e.targetDate = QDate(2026, 9, 15); // before the end of the third quarter
    auto early = plan.addItem(sari, e);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("2026")));
    e = entry();
    e.action = QStringLiteral("Tambah\x07petugas");
    CHECK(plan.addItem(sari, e).error().code == ErrorCode::InvalidInput);
    CHECK(plan.items(sari)->isEmpty());
}

TEST_CASE_METHOD(PlanFixture, "only supervisors and administrators plan, officers read nothing", "[survey][plan]")
{
    auto byOfficer = plan.addItem(siti, entry());
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(byOfficer.error().code == ErrorCode::PermissionDenied);
    CHECK(plan.items(siti).error().code == ErrorCode::PermissionDenied);
    CHECK(plan.publications(siti).error().code == ErrorCode::PermissionDenied);
    CHECK(plan.addPublication(siti, QStringLiteral("2026-Q3"), QStringLiteral("Website"), QDate(2026, 10, 5))
              .error().code == ErrorCode::PermissionDenied);
    CHECK(plan.addItem(admin, entry()).ok());
    CHECK(plan.items(sari)->size() == 1);
}

TEST_CASE_METHOD(PlanFixture, "the standing counts items done and overdue, publications and distinct media, and the forum",
                 "[survey][plan]")
{
    PlanItemEntry e = entry("U3");
    e.targetDate = QDate(2026, 10, 31); // passed on 23 November
    const PlanItem late = added(e);
    added(entry("U9"));
    const PlanItem third = added(entry("U8"));
    REQUIRE(plan.setStatus(sari, third.id, PlanStatus::Done, QStringLiteral("Notulen rapat 12/11")).ok());
    const QString q3 = QStringLiteral("2026-Q3");
    for (const char *medium : {"Papan pengumuman", "Website kecamatan", "papan pengumuman", "Instagram"})
        REQUIRE(plan.addPublication(sari, q3, QString::fromUtf8(medium), QDate(2026, 10, 7)).ok());
    // Not before the period started, not in the future.
    CHECK(plan.addPublication(sari, q3, QStringLiteral("Koran"), QDate(2026, 6, 30)).error().code == ErrorCode::InvalidInput);
    CHECK(plan.addPublication(sari, q3, QStringLiteral("Koran"), QDate(2026, 11, 24)).error().code == ErrorCode::InvalidInput);
    CHECK(plan.addPublication(sari, q3, QStringLiteral(" "), QDate(2026, 10, 7)).error().code == ErrorCode::InvalidInput);
    REQUIRE(plan.setForumDate(sari, q3, QDate(2026, 10, 20)).ok());

    auto s = plan.standing(sari, q3);
    REQUIRE(s.ok());
    CHECK(s->items == 3);
    CHECK(s->done == 1);
    CHECK(s->overdue == 1);
    CHECK(s->donePercent() == 33);
    CHECK(s->publications == 4);
    CHECK(s->distinctMedia == 3); // the notice board twice, in another case
    REQUIRE(s->forumDate.has_value());
    CHECK(*s->forumDate == QDate(2026, 10, 20));
    CHECK(late.overdue(QDate(2026, 11, 23)));
    CHECK_FALSE(late.overdue(QDate(2026, 10, 31)));

    // Another period has its own plan.
    auto other = plan.standing(sari, QStringLiteral("2026-Q2"));
    CHECK(other->items == 0);
    CHECK_FALSE(other->forumDate.has_value());
    REQUIRE(plan.setForumDate(sari, q3, std::nullopt).ok());
    CHECK_FALSE(plan.standing(sari, q3)->forumDate.has_value());
}

TEST_CASE_METHOD(PlanFixture, "an element graded D proposes a follow-up item until one is planned", "[survey][plan]")
{
    // Three paper forms for KTP in the fourth quarter: U3 answered 1, 2, 2 (NRR 5/3 → 41,67, D), the rest 3.
    for (int u3 : {1, 2, 2}) {
        SurveyEntry e;
        e.channel = SurveyChannel::Paper;
        e.serviceId = ktp;
        e.answeredAt = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
        for (const QString &code : SurveyElements::codes())
            e.answers.insert(code, code == QLatin1String("U3") ? u3 : 3);
        REQUIRE(survey.addResponse(siti, e).ok());
    }
    const auto q4 = SurveyPeriod::fromCode(QStringLiteral("2026-Q4"));
    auto index = survey.index(sari, *q4);
    REQUIRE(index.ok());
    auto proposed = plan.proposals(sari, index.value(), q4->code());
    REQUIRE(proposed.ok());
    // The office's U3 and KTP's U3.
    REQUIRE(proposed->size() == 2);
    CHECK(proposed->at(0).element == QStringLiteral("U3"));
    CHECK(proposed->at(0).serviceId == 0);
    CHECK(proposed->at(0).convertedCenti == 4167);
    CHECK(proposed->at(1).serviceId == ktp);
    CHECK_FALSE(proposed->at(0).suggestedAction.isEmpty());

    PlanItemEntry e = entry("U3");
    e.periodCode = q4->code();
    e.targetDate = QDate(2027, 1, 31);
    e.origin = PlanOrigin::LowElement;
    CHECK(added(e).origin == PlanOrigin::LowElement);
    CHECK(plan.proposals(sari, index.value(), q4->code())->isEmpty());
}

TEST_CASE_METHOD(PlanFixture, "a respondent's comment becomes a follow-up item or a complaint, or is set aside", "[survey][plan]")
{
    const auto respond = [&](const char *comment, int day) {
        SurveyEntry e;
        e.channel = SurveyChannel::Paper;
        e.serviceId = ktp;
        e.answeredAt = QDateTime(QDate(2026, 11, day), QTime(2, 0), Qt::UTC);
        e.answers.insert(QStringLiteral("U3"), 2);
        e.comment = QString::fromUtf8(comment);
        auto r = survey.addResponse(siti, e);
        REQUIRE(r.ok());
        return r->id;
    };
    const qint64 chairs = respond("  Kursi ruang tunggu kurang, banyak yang berdiri  ", 16);
    const qint64 fee = respond("Diminta uang Rp50.000 oleh oknum di loket KTP\nPadahal gratis", 17);
    const qint64 thanks = respond("Terima kasih, pelayanan cepat", 18);
    respond("", 19); // no comment

    CHECK(survey.response(sari, chairs)->comment == QStringLiteral("Kursi ruang tunggu kurang, banyak yang berdiri"));
    auto list = plan.comments(sari, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->first().responseId == thanks); // newest first
    CHECK(list->first().flag == CommentFlag::None);
    CHECK(plan.comments(siti, QDate(2026, 11, 1), QDate(2026, 11, 30)).error().code == ErrorCode::PermissionDenied);

    PlanItemEntry e = entry("U9");
    e.periodCode = QStringLiteral("2026-Q4");
    e.targetDate = QDate(2027, 1, 15);
    auto item = plan.commentToPlan(sari, chairs, e);
    REQUIRE(item.ok());
    CHECK(item->origin == PlanOrigin::Comment);

    auto number = plan.commentToComplaint(sari, fee);
    REQUIRE(number.ok());
    QSqlQuery q(t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT channel, anonymous, summary, service_id FROM complaints WHERE number = '%1'").arg(number.value())));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("langsung"));
    CHECK(q.value(1).toInt() == 1);
    CHECK(q.value(2).toString() == QStringLiteral("Diminta uang Rp50.000 oleh oknum di loket KTP"));
    CHECK(q.value(3).toLongLong() == ktp);
    // Once a complaint, always: not a second one, not set aside.
    CHECK(plan.commentToComplaint(sari, fee).error().code == ErrorCode::Conflict);
    CHECK(plan.dismissComment(sari, fee).error().code == ErrorCode::InvalidState);

    REQUIRE(plan.dismissComment(sari, thanks).ok());
    CHECK(plan.dismissComment(siti, chairs).error().code == ErrorCode::PermissionDenied);

    list = plan.comments(sari, QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(list->at(0).flag == CommentFlag::Dismissed);
    CHECK(list->at(1).flag == CommentFlag::Complaint);
    CHECK(list->at(1).complaintNumber == number.value());
    CHECK(list->at(2).flag == CommentFlag::FollowUp);
    CHECK(list->at(2).planItemId == item->id);
    // The respondent's words are kept as given.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE survey_comments SET text = 'x' WHERE response_id = %1").arg(chairs)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_comments WHERE response_id = %1").arg(chairs)));
    CHECK(plan.commentToPlan(sari, 999999, e).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(PlanFixture, "a comment with a control character or too long is refused with its response", "[survey][plan]")
{
    SurveyEntry e;
    e.channel = SurveyChannel::Paper;
    e.serviceId = ktp;
    e.answers.insert(QStringLiteral("U1"), 3);
    e.comment = QStringLiteral("bagus\x01");
    CHECK(survey.addResponse(siti, e).error().code == ErrorCode::InvalidInput);
    e.comment = QString(SurveyService::kMaxComment + 1, QLatin1Char('a'));
    CHECK(survey.addResponse(siti, e).error().code == ErrorCode::InvalidInput);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM survey_responses")).toInt() == 0);
}
