// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey screen after the counter (loket --mode survey) and the counter's
// F12 that hands it the ticket just served, on the queue fixture's office.
#include "core/survey/SurveyHandoff.h"
#include "core/survey/SurveyService.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/counter/CounterActions.h"
#include "ui/counter/CounterPage.h"
#include "ui/survey/SurveyScreen.h"
#include "ui/survey/SurveyScreenPages.h"
#include "ui/survey/SurveyScreenProfile.h"
#include "translations/Language.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

struct SurveyFixture : QueueFixture {
    SurveyHandoffService handoffs {t.db(), clock};

    Ticket served(qint64 serviceId, const Actor &officer, qint64 counterId)
    {
        const Ticket t = issue(serviceId);
        REQUIRE(callNext(officer, counterId).id == t.id);
        REQUIRE(queue.start(officer, counterId, t.id).ok());
        REQUIRE(queue.finish(officer, counterId, t.id).ok());
        return reload(t);
    }

    SurveyHandoff handOver(const Ticket &t, const Actor &officer, qint64 counterId)
    {
        auto h = handoffs.handOver(officer, counterId, t.id);
        if (!h)
            FAIL(h.error().message.toStdString());
        return h.value();
    }
};

struct Screen {
    explicit Screen(SurveyFixture &f, QList<int> counters = {1})
        : w(f.t.db(), f.clock, std::move(counters))
    {
        w.resize(1366, 768);
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }
    bool waitPage(SurveyScreen::Page p, int ms = 4000)
    {
        return waitFor([&] { return w.page() == p; }, ms);
    }
    void key(Qt::Key k) { QTest::keyClick(&w, k); }

    SurveyScreen w;
};

int responses(SurveyFixture &f)
{
    return f.count(QStringLiteral("SELECT count(*) FROM survey_responses"));
}

} // namespace

TEST_CASE("a handed ticket starts the survey by itself, its answers are linked to it and the hand-over is used")
{
    SurveyFixture f;
    Screen s(f);
    REQUIRE(s.w.page() == SurveyScreen::Page::Idle);
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    const SurveyHandoff h = f.handOver(t, f.siti, f.loket1);
    s.w.checkPending(); // the change feed does it too; asked here so the test need not wait for it
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    // The service received is named; the ticket's number never is.
    CHECK(s.w.questionPage()->serviceText().contains(QStringLiteral("KTP")));
    CHECK_FALSE(s.w.questionPage()->serviceText().contains(t.number));
    CHECK(s.w.questionPage()->stepText() == QStringLiteral("Question 1 of 9"));

    // Touch, then the keys 1–4.
    QTest::mouseClick(s.w.questionPage()->answerButton(4), Qt::LeftButton);
    for (int i = 1; i < 9; ++i)
        s.key(Qt::Key(Qt::Key_1 + (i % 4)));
    REQUIRE(s.w.page() == SurveyScreen::Page::Profile);
    QTest::mouseClick(s.w.profilePage()->genderButton(QStringLiteral("P")), Qt::LeftButton);
    QTest::mouseClick(s.w.profilePage()->digitButton(4), Qt::LeftButton);
    QTest::mouseClick(s.w.profilePage()->digitButton(2), Qt::LeftButton);
    CHECK(s.w.profilePage()->ageText() == QStringLiteral("42 years"));
    QPushButton *s1 = s.w.profilePage()->educationButton(QStringLiteral("S1"));
    REQUIRE(s1 != nullptr);
    QTest::mouseClick(s1, Qt::LeftButton);
    QSignalSpy finished(&s.w, &SurveyScreen::finished);
    QTest::mouseClick(s.w.profilePage()->sendButton(), Qt::LeftButton);
    CHECK(s.w.page() == SurveyScreen::Page::Thanks);
    REQUIRE(finished.wait(4000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(s.w.thanksPage()->state() == SurveyThanksPage::State::Saved);

    const qint64 id = f.t.scalar(QStringLiteral("SELECT id FROM survey_responses")).toLongLong();
    auto r = SurveyService(f.t.db(), f.clock).response(f.sari, id);
    REQUIRE(r.ok());
    CHECK(r->ticketId == t.id);
    CHECK(r->serviceId == f.ktp);
    CHECK(r->channel == SurveyChannel::Kiosk);
    CHECK(r->answers.size() == 9);
    CHECK(r->answers.value(QStringLiteral("U1")) == 4);
    CHECK(r->profile.gender == QStringLiteral("P"));
    CHECK(r->profile.age == 42);
    CHECK(r->profile.education == QStringLiteral("S1"));
    CHECK(f.t.scalar(QStringLiteral("SELECT response_id FROM survey_handoffs WHERE id = %1").arg(h.id)).toLongLong() == id);
    CHECK_FALSE(f.handoffs.pending(QueueService::kioskActor())->has_value());

    // After the thanks, the invitation again; the used hand-over does not start anything.
    s.w.setThanksSeconds(0);
    s.key(Qt::Key_Return);
    REQUIRE(s.waitPage(SurveyScreen::Page::Idle));
    s.w.checkPending();
    QTest::qWait(300);
    CHECK(s.w.page() == SurveyScreen::Page::Idle);
}

TEST_CASE("the survey screen asks the elements in the questionnaire's order, U9 before U8")
{
    SurveyFixture f;
    Screen s(f);
    f.handOver(f.served(f.kk, f.siti, f.loket1), f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    QStringList order;
    QStringList questions;
    while (s.w.page() == SurveyScreen::Page::Question) {
        order << s.w.element();
        questions << s.w.questionPage()->questionText();
        s.key(Qt::Key_3);
    }
    CHECK(order.join(QLatin1Char(' ')) == QStringLiteral("U1 U2 U3 U4 U5 U6 U7 U9 U8"));
    // In English the standard wording is translated: U9 asks about the facilities, U8 about complaints.
    CHECK(questions.at(7).contains(QStringLiteral("facilities")));
    CHECK(questions.at(8).contains(QStringLiteral("complaints")));
}

TEST_CASE("Skip leaves an element unanswered, Back returns to it, and the profile is skipped in one touch")
{
    SurveyFixture f;
    Screen s(f);
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    f.handOver(t, f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    s.key(Qt::Key_2);                                              // U1
    QTest::mouseClick(s.w.questionPage()->skipButton(), Qt::LeftButton); // U2 skipped
    CHECK(s.w.element() == QStringLiteral("U3"));
    QTest::mouseClick(s.w.questionPage()->backButton(), Qt::LeftButton);
    CHECK(s.w.element() == QStringLiteral("U2"));
    CHECK_FALSE(s.w.questionPage()->answerButton(1)->chosen());
    s.key(Qt::Key_S); // still skipped
    for (int i = 0; i < 6; ++i) // U3 … U7, U9
        s.key(Qt::Key_4);
    CHECK(s.w.element() == QStringLiteral("U8"));
    s.key(Qt::Key_S);
    REQUIRE(s.w.page() == SurveyScreen::Page::Profile);
    QTest::mouseClick(s.w.profilePage()->genderButton(QStringLiteral("L")), Qt::LeftButton);
    QSignalSpy finished(&s.w, &SurveyScreen::finished);
    QTest::mouseClick(s.w.profilePage()->skipButton(), Qt::LeftButton); // the profile is left out, chosen or not
    REQUIRE(finished.wait(4000));
    const qint64 id = f.t.scalar(QStringLiteral("SELECT id FROM survey_responses WHERE ticket_id = %1").arg(t.id)).toLongLong();
    REQUIRE(id > 0);
    auto r = SurveyService(f.t.db(), f.clock).response(f.sari, id);
    REQUIRE(r.ok());
    CHECK(QStringList(r->answers.keys()).join(QLatin1Char(' ')) == QStringLiteral("U1 U3 U4 U5 U6 U7 U9"));
    CHECK_FALSE(r->answers.contains(QStringLiteral("U2")));
    CHECK_FALSE(r->answers.contains(QStringLiteral("U8")));
    CHECK(r->profile.gender.isEmpty());
    CHECK(r->profile.age == 0);
}

TEST_CASE("an abandoned survey records nothing and returns to the invitation, without starting again by itself")
{
    SurveyFixture f;
    Screen s(f);
    s.w.setInactivitySeconds(1); // the screen's 60 s, shortened
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    f.handOver(t, f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    s.key(Qt::Key_4);
    s.key(Qt::Key_3);
    REQUIRE(s.w.element() == QStringLiteral("U3"));
    REQUIRE(s.waitPage(SurveyScreen::Page::Idle, 4000));
    CHECK(responses(f) == 0);
    // The hand-over waits until it expires, but the screen does not restart it for the next person…
    s.w.checkPending();
    QTest::qWait(300);
    CHECK(s.w.page() == SurveyScreen::Page::Idle);
    CHECK(f.handoffs.pending(QueueService::kioskActor())->has_value());
    // … only a touch does (the citizen came back), from the first question.
    QTest::mouseClick(s.w.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(40, 300));
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    CHECK(s.w.element() == QStringLiteral("U1"));
    CHECK(s.w.answers().isEmpty());
    // Abandoned on the profile too.
    for (int i = 0; i < 9; ++i)
        s.key(Qt::Key_2);
    REQUIRE(s.w.page() == SurveyScreen::Page::Profile);
    REQUIRE(s.waitPage(SurveyScreen::Page::Idle, 4000));
    CHECK(responses(f) == 0);
}

TEST_CASE("without a hand-over a touch on the survey screen says that the counter starts it, and another counter's is not taken")
{
    SurveyFixture f;
    Screen s(f, {1});
    f.handOver(f.served(f.ktp, f.budi, f.loket2), f.budi, f.loket2);
    s.w.checkPending();
    QTest::qWait(300);
    CHECK(s.w.page() == SurveyScreen::Page::Idle);
    QTest::mouseClick(s.w.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(40, 300));
    REQUIRE(waitFor([&] { return !s.w.idlePage()->note().isEmpty(); }, 3000));
    CHECK(s.w.idlePage()->note().contains(QStringLiteral("officer at the counter")));
    CHECK(s.w.page() == SurveyScreen::Page::Idle);
}

TEST_CASE("the survey screen switches to English and back to Indonesian when idle")
{
    SurveyFixture f;
    installLanguage(QStringLiteral("id"));
    {
        Screen s(f);
        f.handOver(f.served(f.ktp, f.siti, f.loket1), f.siti, f.loket1);
        s.w.checkPending();
        REQUIRE(s.waitPage(SurveyScreen::Page::Question));
        const QString indonesian = s.w.questionPage()->questionText();
        CHECK(indonesian.startsWith(QStringLiteral("Bagaimana pendapat Saudara")));
        CHECK(s.w.questionPage()->answerButton(4)->text() == QStringLiteral("Sangat sesuai"));
        QTest::mouseClick(s.w.languageButton(), Qt::LeftButton);
        CHECK(currentLanguage() == QStringLiteral("en"));
        CHECK(s.w.questionPage()->answerButton(4)->text() == QStringLiteral("Very suitable"));
        CHECK(s.w.questionPage()->questionText() != indonesian);
        s.key(Qt::Key_Escape);
        REQUIRE(s.w.page() == SurveyScreen::Page::Idle);
        CHECK(currentLanguage() == QStringLiteral("id"));
    }
    installLanguage(QStringLiteral("en"));
}

TEST_CASE("a database that fails is said in words on the survey screen, and the response is not lost silently")
{
    SurveyFixture f;
    Screen s(f);
    f.handOver(f.served(f.ktp, f.siti, f.loket1), f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    for (int i = 0; i < 9; ++i)
        s.key(Qt::Key_3);
    REQUIRE(s.w.page() == SurveyScreen::Page::Profile);
    // The responses' table refuses every write from now on (as a full or read-only disk would).
    f.t.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON survey_responses "
                            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
    QSignalSpy finished(&s.w, &SurveyScreen::finished);
    QTest::mouseClick(s.w.profilePage()->skipButton(), Qt::LeftButton);
    REQUIRE(finished.wait(4000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(s.w.thanksPage()->state() == SurveyThanksPage::State::Failed);
    CHECK(s.w.thanksPage()->titleText().contains(QStringLiteral("could not be saved")));
    CHECK(s.w.thanksPage()->messageText().contains(QStringLiteral("tell the officer")));
    CHECK(responses(f) == 0);
}

TEST_CASE("F12 at the counter hands the ticket just finished to the survey screen, and refuses in words when none is")
{
    SurveyFixture f;
    CounterPage page(Session {f.t.db(), f.siti, &f.clock});
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.actions()->handToSurvey->isEnabled());
    CHECK(page.actions()->handToSurvey->shortcut() == QKeySequence(Qt::Key_F12));

    // Nothing finished yet: said, nothing handed.
    QTest::keyClick(&page, Qt::Key_F12);
    CHECK_FALSE(page.banner()->isHidden());
    CHECK(page.banner()->text().contains(QStringLiteral("nothing to hand")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs")) == 0);

    // A ticket at the counter, not yet served: still nothing to hand.
    const Ticket t = f.issue(f.ktp);
    page.refresh();
    QTest::keyClick(&page, Qt::Key_F1);
    QTest::keyClick(&page, Qt::Key_F3);
    REQUIRE(f.reload(t).status == TicketStatus::Serving);
    QTest::keyClick(&page, Qt::Key_F12);
    CHECK(page.banner()->text().contains(QStringLiteral("Finish the citizen's ticket first")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs")) == 0);

    QTest::keyClick(&page, Qt::Key_F4);
    REQUIRE(f.reload(t).status == TicketStatus::Done);
    QTest::keyClick(&page, Qt::Key_F12);
    CHECK(page.banner()->text().contains(QStringLiteral("%1 (").arg(t.number)));
    CHECK(page.banner()->text().contains(QStringLiteral("survey screen")));
    CHECK_FALSE(page.bannerIsError());
    auto pending = f.handoffs.pending(QueueService::kioskActor(), {f.loket1});
    REQUIRE(pending.ok());
    REQUIRE(pending->has_value());
    CHECK((*pending)->ticketId == t.id);

    // The survey screen paired with loket 1 takes it.
    Screen s(f, {1});
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
}

TEST_CASE("a citizen handed over while another answers gets the survey as soon as the screen is free")
{
    SurveyFixture f;
    Screen s(f);
    const Ticket first = f.served(f.ktp, f.siti, f.loket1);
    f.handOver(first, f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    // Meanwhile loket 1 serves and hands the next citizen.
    f.clock.advanceSecs(60);
    const Ticket second = f.served(f.kk, f.siti, f.loket1);
    f.handOver(second, f.siti, f.loket1);
    s.w.checkPending();
    QTest::qWait(200);
    CHECK(s.w.element() == QStringLiteral("U1")); // the first citizen's survey is not interrupted
    for (int i = 0; i < 9; ++i)
        s.key(Qt::Key_4);
    QSignalSpy finished(&s.w, &SurveyScreen::finished);
    QTest::mouseClick(s.w.profilePage()->skipButton(), Qt::LeftButton);
    REQUIRE(finished.wait(4000));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE ticket_id = %1").arg(first.id)) == 1);
    s.key(Qt::Key_Return);
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    CHECK(s.w.questionPage()->serviceText().contains(QStringLiteral("Kartu Keluarga")));
}

TEST_CASE("a database held by another process does not freeze the survey screen: the thanks show and the answers follow")
{
    SurveyFixture f;
    Screen s(f);
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    f.handOver(t, f.siti, f.loket1);
    s.w.checkPending();
    REQUIRE(s.waitPage(SurveyScreen::Page::Question));
    for (int i = 0; i < 9; ++i)
        s.key(Qt::Key_3);
    REQUIRE(s.w.page() == SurveyScreen::Page::Profile);
    // Another process writes (a long backup, a stuck counter PC): the write lock is taken.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-process"));
        other.setDatabaseName(f.t.path());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy finished(&s.w, &SurveyScreen::finished);
        QElapsedTimer touch;
        touch.start();
        QTest::mouseClick(s.w.profilePage()->skipButton(), Qt::LeftButton);
        CHECK(touch.elapsed() < 500); // the touch returns at once
        CHECK(s.w.page() == SurveyScreen::Page::Thanks);
        CHECK(s.w.thanksPage()->state() == SurveyThanksPage::State::Saving);
        QTest::qWait(1500); // the event loop runs meanwhile
        CHECK(finished.isEmpty());
        CHECK(s.w.busy());
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        REQUIRE(finished.wait(10000));
        CHECK(finished.at(0).at(0).toBool());
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-process"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE ticket_id = %1").arg(t.id)) == 1);
}
