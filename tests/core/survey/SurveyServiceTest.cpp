// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey's questionnaire, responses and index of a period, in the queue
// fixture's office (Monday 23 November 2026, 08.00 WIB).
#include "core/storage/SettingsStore.h"
#include "core/survey/SurveyService.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {

QStringList sl(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

class SurveyFixture : public test::QueueFixture {
public:
    SurveyFixture()
        : survey(t.db(), clock)
    {
    }

    SurveyService survey;

    // The office's wall time (WIB) as UTC.
    static QDateTime wib(int y, int m, int d, int hh, int mm)
    {
        return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt::UTC).addSecs(-7 * 3600);
    }

    // A ticket issued, called, started and finished at loket 1.
    Ticket served(qint64 serviceId)
    {
        const Ticket t = issue(serviceId);
        const Ticket called = callNext(siti, loket1);
        REQUIRE(called.id == t.id);
        REQUIRE(queue.start(siti, loket1, t.id).ok());
        REQUIRE(queue.finish(siti, loket1, t.id).ok());
        return reload(t);
    }

    // Answers U1 … U9 in code order; 0 leaves the element out.
    static QMap<QString, int> answers(const std::array<int, 9> &values)
    {
        QMap<QString, int> out;
        for (int i = 0; i < 9; ++i) {
            if (values[size_t(i)] > 0)
                out.insert(SurveyElements::codes().at(i), values[size_t(i)]);
        }
        return out;
    }

    SurveyEntry paper(qint64 serviceId, const std::array<int, 9> &values, QDateTime at = {}) const
    {
        SurveyEntry e;
        e.channel = SurveyChannel::Paper;
        e.serviceId = serviceId;
        e.answeredAt = at;
        e.answers = answers(values);
        return e;
    }

    SurveyResponse add(const Actor &by, const SurveyEntry &e)
    {
        auto r = survey.addResponse(by, e);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }

    // A ticket row written directly (a past day's history).
    void pastTicket(qint64 serviceId, const QString &day, const QString &status)
    {
        static int seq = 0;
        ++seq;
        t.exec(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, "
                              "issued_at) VALUES ('%1', %2, %3, 'X-%3', %2, '%4', 0)")
                   .arg(day)
                   .arg(serviceId)
                   .arg(seq)
                   .arg(status));
    }

    int audits(const QString &action, const QString &outcome = QStringLiteral("ok")) const
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND outcome = '%2'")
                         .arg(action, outcome));
    }

    SurveyIndexReport index(const SurveyPeriod &p, std::optional<IkmWeighting> w = std::nullopt) const
    {
        auto r = survey.index(sari, p, w);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }
};

template <typename T>
void requireRefused(const Result<T> &r, ErrorCode code, const char *words)
{
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().code == code);
    CHECK(r.error().message.contains(QString::fromUtf8(words)));
}

const SurveyPeriod q1 {SurveyPeriod::Kind::Quarter, 2026, 1};
const SurveyPeriod q2 {SurveyPeriod::Kind::Quarter, 2026, 2};
const SurveyPeriod q4 {SurveyPeriod::Kind::Quarter, 2026, 4};

} // namespace

TEST_CASE("the standard questionnaire is version 1, asked in the standard order (U9 before U8)")
{
    SurveyFixture f;
    auto q = f.survey.currentQuestionnaire();
    REQUIRE(q.ok());
    CHECK(q->version == 1);
    QStringList order;
    for (const SurveyQuestion &sq : q->questions)
        order << sq.element;
    CHECK(order == sl({"U1", "U2", "U3", "U4", "U5", "U6", "U7", "U9", "U8"}));
    CHECK(q->question(QStringLiteral("U4"))->options
          == sl({"Sangat mahal", "Cukup mahal", "Murah", "Gratis"}));
    CHECK(q->question(QStringLiteral("U8"))->options.last() == QLatin1String("Dikelola dengan baik"));
    CHECK(q->question(QStringLiteral("U9"))->question.contains(QLatin1String("sarana dan prasarana")));
    for (const SurveyQuestion &sq : q->questions)
        CHECK(sq.options.size() == 4);
}

TEST_CASE("a supervisor rewords a question: a new version, the old responses keep theirs")
{
    SurveyFixture f;
    const SurveyResponse before = f.add(f.siti, f.paper(f.ktp, {4, 4, 4, 4, 4, 4, 4, 4, 4}));
    CHECK(before.version == 1);

    // Officers may not.
    requireRefused(f.survey.reword(f.siti, QStringLiteral("U3"), QStringLiteral("Seberapa cepat?"),
                                   sl({"Lambat", "Agak lambat", "Cepat", "Sangat cepat"})),
                   ErrorCode::PermissionDenied, "");
    CHECK(f.audits(QStringLiteral("survey.reword"), QStringLiteral("refused")) == 1);
    // An element is reworded, never dropped.
    requireRefused(f.survey.reword(f.sari, QStringLiteral("U3"), QStringLiteral("  "), sl({"a", "b", "c", "d"})),
                   ErrorCode::InvalidInput, "not left out");
    requireRefused(f.survey.reword(f.sari, QStringLiteral("U3"), QStringLiteral("Seberapa cepat?"), sl({"a", "b", "c"})),
                   ErrorCode::InvalidInput, "four answer labels");
    requireRefused(f.survey.reword(f.sari, QStringLiteral("U3"), QStringLiteral("Seberapa cepat?"), sl({"a", "", "c", "d"})),
                   ErrorCode::InvalidInput, "four answer labels");
    requireRefused(f.survey.reword(f.sari, QStringLiteral("U10"), QStringLiteral("?"), sl({"a", "b", "c", "d"})),
                   ErrorCode::InvalidInput, "U1 to U9");

    auto v2 = f.survey.reword(f.sari, QStringLiteral("U3"),
                              QStringLiteral("Bagaimana kecepatan pelayanan KTP-el di kecamatan ini?"),
                              sl({"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"}), QStringLiteral("Rapat 3 Nov"));
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->questions.size() == 9);
    CHECK(v2->question(QStringLiteral("U3"))->question.contains(QLatin1String("KTP-el")));
    auto v1 = f.survey.questionnaire(1);
    REQUIRE(v1.ok());
    CHECK(v2->question(QStringLiteral("U8"))->question == v1->question(QStringLiteral("U8"))->question);
    CHECK_FALSE(v1->question(QStringLiteral("U3"))->question.contains(QLatin1String("KTP-el")));
    CHECK(f.audits(QStringLiteral("survey.reword")) == 1);
    // The same wording again changes nothing.
    requireRefused(f.survey.reword(f.sari, QStringLiteral("U3"),
                                   QStringLiteral("Bagaimana kecepatan pelayanan KTP-el di kecamatan ini?"),
                                   sl({"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"})),
                   ErrorCode::Nothing, "nothing to change");

    // New responses get version 2; the first keeps version 1.
    CHECK(f.add(f.siti, f.paper(f.ktp, {3, 3, 3, 3, 3, 3, 3, 3, 3})).version == 2);
    CHECK(f.survey.response(f.sari, before.id)->version == 1);
    // A paper form of the old version is entered as such.
    SurveyEntry old = f.paper(f.ktp, {2, 2, 2, 2, 2, 2, 2, 2, 2});
    old.version = 1;
    CHECK(f.add(f.siti, old).version == 1);
    old.version = 9;
    requireRefused(f.survey.addResponse(f.siti, old), ErrorCode::NotFound, "version 9");
    // The database refuses to change a version.
    QSqlQuery q(f.t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE survey_questions SET question = 'x' WHERE version = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_questions WHERE version = 2 AND element = 'U4'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_questionnaires WHERE version = 2")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_questions")) == 18);
}

TEST_CASE("a response is refused, saying what to correct, when an answer or the profile is wrong")
{
    SurveyFixture f;
    SurveyEntry e = f.paper(f.ktp, {4, 3, 5, 3, 3, 3, 3, 3, 3});
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "U3");
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "1, 2, 3 or 4");
    e = f.paper(f.ktp, {4, 3, 3, 3, 3, 3, 3, 3, 3});
    e.answers.insert(QStringLiteral("U0"), 3);
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "U1 to U9");
    e.answers.remove(QStringLiteral("U0"));
    e.answers.insert(QStringLiteral("u1"), 3);
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "U1 to U9");
    requireRefused(f.survey.addResponse(f.siti, f.paper(f.ktp, {0, 0, 0, 0, 0, 0, 0, 0, 0})), ErrorCode::InvalidInput,
                   "at least one answer");

    e = f.paper(f.ktp, {4, 3, 3, 3, 3, 3, 3, 0, 3});
    e.profile.gender = QStringLiteral("W");
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "L (laki-laki)");
    e.profile.gender = QStringLiteral("p");
    e.profile.age = 7;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "10 to 120");
    e.profile.age = 34;
    e.profile.education = QStringLiteral("SMK");
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "SD, SMP, SMA, D1-D3, S1, S2, S3");
    e.profile.education = QStringLiteral("sma");
    e.profile.occupation = QStringLiteral("Petani");
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "LAINNYA");
    e.profile.occupation = QStringLiteral("wirausaha");
    e.answeredAt = f.clock.nowUtc().addSecs(3600);
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "future");
    e.answeredAt = {};
    e.serviceId = 0;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "Choose the service");
    e.serviceId = 999;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::NotFound, "999");
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);

    // Corrected: stored with the configured spelling, U8 unanswered.
    e.serviceId = f.ktp;
    const SurveyResponse r = f.add(f.siti, e);
    CHECK(r.profile.gender == QLatin1String("P"));
    CHECK(r.profile.education == QLatin1String("SMA"));
    CHECK(r.profile.occupation == QLatin1String("WIRAUSAHA"));
    CHECK(r.answers.size() == 8);
    CHECK_FALSE(r.answers.contains(QStringLiteral("U8")));
    CHECK(r.answeredAt == f.clock.nowUtc());
    CHECK(r.enteredBy == f.siti.userId);
    // The profile is optional.
    CHECK(f.add(f.siti, f.paper(f.kk, {3, 3, 3, 3, 3, 3, 3, 3, 3})).profile.gender.isEmpty());
}

TEST_CASE("the profile lists are the office's: changed by a supervisor, an empty list not asked")
{
    SurveyFixture f;
    SurveySettings s = f.survey.settings();
    CHECK(s.educationOptions == SurveySettings::standardEducation());
    CHECK(s.occupationOptions == SurveySettings::standardOccupation());
    CHECK(s.periodKind == SurveyPeriod::Kind::Quarter);
    CHECK(s.weighting == IkmWeighting::Exact);

    s.educationOptions << QStringLiteral("SMK");
    s.occupationOptions.clear();
    s.periodKind = SurveyPeriod::Kind::Semester;
    CHECK(f.survey.setSettings(f.siti, s).error().code == ErrorCode::PermissionDenied);
    CHECK(f.audits(QStringLiteral("survey.settings"), QStringLiteral("refused")) == 1);
    REQUIRE(f.survey.setSettings(f.sari, s).ok());
    CHECK(f.audits(QStringLiteral("survey.settings")) == 1);
    CHECK(f.survey.settings().educationOptions.contains(QStringLiteral("SMK")));
    CHECK(f.survey.settings().occupationOptions.isEmpty());
    CHECK(f.survey.settings().periodKind == SurveyPeriod::Kind::Semester);
    CHECK(f.survey.currentPeriod() == SurveyPeriod {SurveyPeriod::Kind::Semester, 2026, 2});

    SurveyEntry e = f.paper(f.ktp, {3, 3, 3, 3, 3, 3, 3, 3, 3});
    e.profile.education = QStringLiteral("SMK");
    CHECK(f.survey.addResponse(f.siti, e).ok());
    e.profile.occupation = QStringLiteral("PNS");
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "does not ask");

    SurveySettings twice = s;
    twice.educationOptions << QStringLiteral("smk");
    requireRefused(Result<int>(f.survey.setSettings(f.sari, twice).error()), ErrorCode::InvalidInput, "twice");
}

TEST_CASE("a response linked to a ticket: the ticket must exist, have been served, and answer once")
{
    SurveyFixture f;
    const Ticket done = f.served(f.ktp);
    const Ticket waiting = f.issue(f.kk);
    REQUIRE(done.status == TicketStatus::Done);

    SurveyEntry e = f.paper(0, {4, 4, 3, 3, 4, 4, 4, 3, 3});
    e.ticketId = 4242;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::NotFound, "does not exist");
    e.ticketId = waiting.id;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidState, "not been served");
    CHECK_FALSE(f.survey.ticketMayAnswer(f.siti, waiting.id).value());
    CHECK(f.survey.ticketMayAnswer(f.siti, done.id).value());

    e.ticketId = done.id;
    e.answeredAt = f.clock.nowUtc().addSecs(-3600); // a paper form dated before the service
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "before the ticket was served");
    e.answeredAt = {};
    e.serviceId = f.kk;
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "another service");
    // The service is the ticket's.
    e.serviceId = 0;
    e.channel = SurveyChannel::Kiosk;
    auto r = f.survey.addResponse(QueueService::kioskActor(), e);
    REQUIRE(r.ok());
    CHECK(r->serviceId == f.ktp);
    CHECK(r->ticketId == done.id);
    CHECK(r->channel == SurveyChannel::Kiosk);
    CHECK(r->enteredBy == 0);
    // Once.
    requireRefused(f.survey.addResponse(QueueService::kioskActor(), e), ErrorCode::Conflict, "already been answered");
    CHECK_FALSE(f.survey.ticketMayAnswer(f.siti, done.id).value());
    // The messages never show the ticket's number back.
    e.ticketId = waiting.id;
    auto refused = f.survey.addResponse(QueueService::kioskActor(), e);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.contains(waiting.number));
    // The database holds one response per ticket even without the check.
    QSqlQuery q(f.t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO survey_responses (version, service_id, answered_at, channel, "
                                      "ticket_id, entered_at) VALUES (1, %1, 0, 'kiosk', %2, 0)")
                           .arg(f.ktp)
                           .arg(done.id)));
}

TEST_CASE("the survey screen records its own channel at the present moment, staff the others, nobody nothing")
{
    SurveyFixture f;
    const Actor kiosk = QueueService::kioskActor();
    CHECK(kiosk.can(Permission::EnterSurvey));
    CHECK_FALSE(kiosk.can(Permission::ManageSurvey));
    CHECK_FALSE(kiosk.can(Permission::ViewReports));

    SurveyEntry e = f.paper(f.ktp, {4, 4, 4, 4, 4, 4, 4, 4, 4});
    requireRefused(f.survey.addResponse(kiosk, e), ErrorCode::PermissionDenied, "survey screen");
    e.channel = SurveyChannel::Kiosk;
    e.answeredAt = f.clock.nowUtc().addDays(-30); // the screen cannot backdate
    auto r = f.survey.addResponse(kiosk, e);
    REQUIRE(r.ok());
    CHECK(r->answeredAt == f.clock.nowUtc());
    // Staff do not type in the screen's responses.
    requireRefused(f.survey.addResponse(f.siti, e), ErrorCode::InvalidInput, "paper or online");
    e.channel = SurveyChannel::Online;
    CHECK(f.survey.addResponse(f.budi, e).ok());

    const Actor nobody;
    requireRefused(f.survey.addResponse(nobody, e), ErrorCode::PermissionDenied, "");
    requireRefused(f.survey.index(kiosk, q4), ErrorCode::PermissionDenied, "");
    requireRefused(f.survey.reword(kiosk, QStringLiteral("U1"), QStringLiteral("?"), sl({"a", "b", "c", "d"})),
                   ErrorCode::PermissionDenied, "");
    // Every role with an account enters forms.
    for (Role role : {Role::Admin, Role::Supervisor, Role::Officer, Role::FollowUp})
        CHECK(roleHas(role, Permission::EnterSurvey));
    CHECK(roleHas(Role::Supervisor, Permission::ManageSurvey));
    CHECK_FALSE(roleHas(Role::Officer, Permission::ManageSurvey));
    CHECK_FALSE(roleHas(Role::FollowUp, Permission::ManageSurvey));
}

TEST_CASE("staff entries are audited with channel and service, the survey screen's are not, refusals are")
{
    SurveyFixture f;
    const SurveyResponse r = f.add(f.siti, f.paper(f.kk, {3, 3, 3, 3, 3, 3, 3, 3, 3}));
    QSqlQuery q(f.t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT username, entity, entity_id, detail FROM audit_log "
                                  "WHERE action = 'survey.response_add' AND outcome = 'ok'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("siti"));
    CHECK(q.value(1).toString() == QLatin1String("survey_response"));
    CHECK(q.value(2).toString() == QString::number(r.id));
    CHECK(q.value(3).toString().contains(QLatin1String("\"channel\":\"paper\"")));
    CHECK(q.value(3).toString().contains(QLatin1String("\"service\":\"KK\"")));
    CHECK_FALSE(q.next());

    SurveyEntry e = f.paper(f.ktp, {4, 4, 4, 4, 4, 4, 4, 4, 4});
    e.channel = SurveyChannel::Kiosk;
    REQUIRE(f.survey.addResponse(QueueService::kioskActor(), e).ok());
    CHECK(f.audits(QStringLiteral("survey.response_add")) == 1);

    REQUIRE_FALSE(f.survey.index(f.siti, q4).ok());
    CHECK(f.audits(QStringLiteral("survey.index"), QStringLiteral("refused")) == 1);
    REQUIRE_FALSE(f.survey.addResponse(Actor(), e).ok());
    CHECK(f.audits(QStringLiteral("survey.response_add"), QStringLiteral("refused")) == 1);
}

TEST_CASE("responses and answers are append-only: the database refuses to change or remove them")
{
    SurveyFixture f;
    const SurveyResponse r = f.add(f.siti, f.paper(f.ktp, {1, 1, 1, 1, 1, 1, 1, 1, 1}));
    QSqlQuery q(f.t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE survey_answers SET value = 4 WHERE response_id = %1").arg(r.id)));
    CHECK(q.lastError().text().contains(QLatin1String("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_answers WHERE response_id = %1").arg(r.id)));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE survey_responses SET service_id = %1").arg(f.kk)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM survey_responses")));
    CHECK(q.lastError().text().contains(QLatin1String("cannot be deleted")));
    // An answer outside 1 … 4 cannot be written either.
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO survey_answers VALUES (%1, 'U1', 5)").arg(r.id)));
    CHECK(f.count(QStringLiteral("SELECT sum(value) FROM survey_answers")) == 9);
}

TEST_CASE("a period is read in the office's zone: 31 March 23.59 WIB is Q1, 1 April 00.01 WIB is Q2")
{
    SurveyFixture f;
    const QDateTime lastMinute = SurveyFixture::wib(2026, 3, 31, 23, 59);
    CHECK(lastMinute == QDateTime(QDate(2026, 3, 31), QTime(16, 59), Qt::UTC));
    const QDateTime firstMinute = SurveyFixture::wib(2026, 4, 1, 0, 1);
    CHECK(firstMinute == QDateTime(QDate(2026, 3, 31), QTime(17, 1), Qt::UTC));
    f.add(f.siti, f.paper(f.ktp, {4, 4, 4, 4, 4, 4, 4, 4, 4}, lastMinute));
    f.add(f.siti, f.paper(f.ktp, {2, 2, 2, 2, 2, 2, 2, 2, 2}, firstMinute));
    // 1 January 00.00 WIB is 31 December 17.00 UTC: Q1 too; 31 December 2025 23.59 WIB is not.
    f.add(f.siti, f.paper(f.ktp, {4, 4, 4, 4, 4, 4, 4, 4, 4}, SurveyFixture::wib(2026, 1, 1, 0, 0)));
    f.add(f.siti, f.paper(f.ktp, {1, 1, 1, 1, 1, 1, 1, 1, 1}, SurveyFixture::wib(2025, 12, 31, 23, 59)));

    const SurveyIndexReport first = f.index(q1);
    CHECK(first.from == QDate(2026, 1, 1));
    CHECK(first.to == QDate(2026, 3, 31));
    CHECK(first.period == q1);
    CHECK(first.office.ikm.respondents == 2);
    CHECK(*first.office.ikm.convertedCenti == 10000);
    const SurveyIndexReport second = f.index(q2);
    CHECK(second.office.ikm.respondents == 1);
    CHECK(*second.office.ikm.convertedCenti == 5000);
    // The year rolls all three 2026 responses up: NRR (4+2+4)/3 = 10/3 → 83,33.
    const SurveyIndexReport year = f.index(q1.yearPeriod());
    CHECK(year.office.ikm.respondents == 3);
    CHECK(*year.office.ikm.convertedCenti == 8333);
    // An office in WIT (UTC+9): 31 March 23.59 WIB is 1 April 01.59 WIT, in Q2;
    // 31 December 2025 23.59 WIB is 1 January 01.59 WIT, in Q1.
    f.t.exec(QStringLiteral("UPDATE office SET time_zone = 'WIT'"));
    CHECK(f.index(q1).office.ikm.respondents == 2);
    CHECK(*f.index(q1).office.ikm.convertedCenti == 6250); // (4 + 1) / 2 × 25
    CHECK(f.index(q2).office.ikm.respondents == 2);
}

TEST_CASE("the index per service and per element, from the stored answers")
{
    SurveyFixture f;
    // KTP: two respondents, the second left U8 out. KK: one respondent.
    f.add(f.siti, f.paper(f.ktp, {4, 4, 4, 3, 4, 4, 4, 2, 4}));
    f.add(f.budi, f.paper(f.ktp, {3, 3, 3, 4, 3, 4, 4, 0, 3}));
    f.add(f.siti, f.paper(f.kk, {2, 2, 2, 4, 3, 3, 3, 1, 2}));
    const SurveyIndexReport r = f.index(q4);
    CHECK(r.weighting == IkmWeighting::Exact);
    CHECK(r.office.serviceId == 0);
    CHECK(r.office.ikm.respondents == 3);
    REQUIRE(r.byService.size() == 2);
    CHECK(r.byService[0].serviceCode == QLatin1String("KTP"));
    CHECK(r.byService[1].serviceCode == QLatin1String("KK"));

    // KTP: NRR 3,5 3,5 3,5 3,5 3,5 4 4 2 3,5 → Σ 31 → 31/9 × 25 = 86,11 B.
    const SurveyGroupIndex *ktp = r.service(f.ktp);
    REQUIRE(ktp);
    CHECK(ktp->ikm.respondents == 2);
    CHECK(ktp->ikm.element(QStringLiteral("U8"))->count == 1);
    CHECK(*ktp->ikm.element(QStringLiteral("U8"))->convertedCenti == 5000);
    CHECK(*ktp->ikm.convertedCenti == 8611);
    CHECK(*ktp->ikm.grade == IkmGrade::B);
    // KK: Σ 22 → 22/9 × 25 = 61,11 D.
    const SurveyGroupIndex *kk = r.service(f.kk);
    REQUIRE(kk);
    CHECK(*kk->ikm.convertedCenti == 6111);
    CHECK(*kk->ikm.grade == IkmGrade::D);
    // The office: U1 (4+3+2)/3 = 3; U2, U3, U5 likewise 3, 3, 10/3; U4 11/3; U6 11/3; U7 11/3;
    // U8 (2+1)/2 = 1,5; U9 3. Σ = 3+3+3+11/3+10/3+11/3+11/3+1,5+3 = 167/6 → × 25/9 = 77,314… → 77,31 B.
    CHECK(r.office.ikm.element(QStringLiteral("U8"))->count == 2);
    CHECK(*r.office.ikm.convertedCenti == 7731);
    // The weighting asked for (167/6 × 0,111 × 25 = 77,2375 → 77,24), and the setting.
    CHECK(*f.index(q4, IkmWeighting::Printed).office.ikm.convertedCenti == 7724);
    SurveySettings s = f.survey.settings();
    s.weighting = IkmWeighting::Printed;
    REQUIRE(f.survey.setSettings(f.sari, s).ok());
    const SurveyIndexReport printed = f.index(q4);
    CHECK(printed.weighting == IkmWeighting::Printed);
    CHECK(*printed.office.ikm.convertedCenti == 7724);
    CHECK(*printed.service(f.ktp)->ikm.convertedCenti == 8603);
}

TEST_CASE("the sample's population is the tickets served in the period")
{
    SurveyFixture f;
    // 100 served in Q4 2026 (90 KTP on 2 October, 10 KK on 31 December),
    // with no-shows, cancellations and a served ticket of 30 September around them.
    for (int i = 0; i < 90; ++i)
        f.pastTicket(f.ktp, QStringLiteral("2026-10-02"), QStringLiteral("done"));
    for (int i = 0; i < 10; ++i)
        f.pastTicket(f.kk, QStringLiteral("2026-12-31"), QStringLiteral("done"));
    for (int i = 0; i < 7; ++i)
        f.pastTicket(f.ktp, QStringLiteral("2026-10-05"), QStringLiteral("no_show"));
    f.pastTicket(f.ktp, QStringLiteral("2026-10-05"), QStringLiteral("cancelled"));
    f.pastTicket(f.ktp, QStringLiteral("2026-09-30"), QStringLiteral("done"));
    for (int i = 0; i < 72; ++i)
        f.add(f.siti, f.paper(i < 66 ? f.ktp : f.kk, {3, 3, 3, 3, 3, 3, 3, 3, 3}));

    const SurveyIndexReport r = f.index(q4);
    CHECK(r.office.sample.population == 100);
    CHECK(r.office.sample.required == 80);
    CHECK(r.office.sample.respondents == 72);
    CHECK_FALSE(r.office.sample.sufficient());
    CHECK(r.office.sample.missing() == 8);
    // Per service: KTP N 90 → 73 needed, 66 given; KK N 10 → 10 needed, 6 given.
    CHECK(r.service(f.ktp)->sample.population == 90);
    CHECK(r.service(f.ktp)->sample.required == 73);
    CHECK(r.service(f.ktp)->sample.respondents == 66);
    CHECK(r.service(f.kk)->sample.required == 10);
    CHECK(r.service(f.kk)->sample.missing() == 4);
    // Served today (23 November, in Q4) counts the moment it is done.
    f.served(f.kk);
    f.issue(f.ktp); // waiting: not served
    CHECK(f.index(q4).office.sample.population == 101);
    // A service with served tickets but no response is listed, without an index.
    const SurveyIndexReport q3 = f.index(SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 3});
    REQUIRE(q3.byService.size() == 1);
    CHECK(q3.byService[0].sample.population == 1);
    CHECK(q3.byService[0].ikm.respondents == 0);
    CHECK_FALSE(q3.byService[0].ikm.convertedCenti.has_value());
    CHECK(q3.office.ikm.unanswered.size() == 9);
}

TEST_CASE("an index over a range the user typed is checked")
{
    SurveyFixture f;
    requireRefused(f.survey.index(f.sari, QDate(2026, 3, 1), QDate(2026, 2, 1)), ErrorCode::InvalidInput,
                   "ends before it starts");
    requireRefused(f.survey.index(f.sari, QDate(), QDate(2026, 2, 1)), ErrorCode::InvalidInput, "first and the last");
    requireRefused(f.survey.index(f.sari, SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 5}), ErrorCode::InvalidInput,
                   "quarter");
    auto r = f.survey.index(f.admin, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(r.ok());
    CHECK_FALSE(r->period.has_value());
}

TEST_CASE("periods: dates, codes, labels, neighbours")
{
    CHECK(q1.to() == QDate(2026, 3, 31));
    CHECK(SurveyPeriod {SurveyPeriod::Kind::Semester, 2026, 2}.from() == QDate(2026, 7, 1));
    CHECK(SurveyPeriod {SurveyPeriod::Kind::Semester, 2026, 2}.to() == QDate(2026, 12, 31));
    CHECK(SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, QDate(2026, 4, 1)) == q2);
    CHECK(q1.previous() == SurveyPeriod {SurveyPeriod::Kind::Quarter, 2025, 4});
    CHECK(q4.next() == SurveyPeriod {SurveyPeriod::Kind::Quarter, 2027, 1});
    CHECK(q4.code() == QLatin1String("2026-Q4"));
    CHECK(SurveyPeriod::fromCode(QStringLiteral("2026-s1")) == SurveyPeriod {SurveyPeriod::Kind::Semester, 2026, 1});
    CHECK(SurveyPeriod::fromCode(QStringLiteral("2026")) == SurveyPeriod {SurveyPeriod::Kind::Year, 2026, 1});
    CHECK_FALSE(SurveyPeriod::fromCode(QStringLiteral("2026-Q5")).has_value());
    CHECK(q2.label().contains(QLatin1String("II")));
}
