// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey's staff screens: paper forms typed by keys alone, the results
// of a period, who sees which page.
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/survey/SurveyEntryPage.h"
#include "ui/survey/SurveyPlanDialogs.h"
#include "ui/survey/SurveyCommentsPanel.h"
#include "ui/survey/SurveyPlanPanel.h"
#include "ui/survey/SurveyReportMenu.h"
#include "ui/survey/SurveyResultsPage.h"
#include "ui/survey/SurveySettingsTab.h"

#include "core/survey/SurveyService.h"

#include <catch2/catch.hpp>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>

#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

struct SurveyUiFixture : QueueFixture {
    SurveyService survey {t.db(), clock};

    Session sessionOf(const Actor &a) { return Session {t.db(), a, &clock}; }

    // A ticket issued, called, started and finished at loket 1.
    Ticket served(qint64 serviceId)
    {
        const Ticket ticket = issue(serviceId);
        const Ticket called = callNext(siti, loket1);
        REQUIRE(called.id == ticket.id);
        REQUIRE(queue.start(siti, loket1, ticket.id).ok());
        REQUIRE(queue.finish(siti, loket1, ticket.id).ok());
        return reload(ticket);
    }

    QList<SurveyResponse> responses()
    {
        QList<SurveyResponse> out;
        const int n = count(QStringLiteral("SELECT count(*) FROM survey_responses"));
        for (int id = 1; id <= n; ++id) {
            auto r = survey.response(sari, id);
            REQUIRE(r.ok());
            out << r.value();
        }
        return out;
    }
};

// Types into whatever has the focus, as a person at the keyboard; counts the keys.
int type(const QString &keys)
{
    for (QChar c : keys)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    return int(keys.size());
}

int enter()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    return 1;
}

// Two KTP forms whose index is 80,56 (B) with U9 at 37,50 (D); three citizens served.
void twoForms(SurveyUiFixture &f)
{
    for (int i = 0; i < 3; ++i)
        f.served(f.ktp);
    SurveyEntry e;
    e.serviceId = f.ktp;
    for (const char *code : {"U1", "U2", "U3", "U4", "U5", "U6", "U7"})
        e.answers.insert(QLatin1String(code), 4);
    e.answers.insert(QStringLiteral("U9"), 2);
    e.answers.insert(QStringLiteral("U8"), 3);
    REQUIRE(f.survey.addResponse(f.siti, e).ok());
    for (const char *code : {"U1", "U2", "U3", "U4", "U5", "U6", "U7"})
        e.answers.insert(QLatin1String(code), 3);
    e.answers.insert(QStringLiteral("U9"), 1);
    e.answers.remove(QStringLiteral("U8"));
    REQUIRE(f.survey.addResponse(f.siti, e).ok());
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void waitLoaded(SurveyResultsPage &page)
{
    REQUIRE(waitFor([&] { return !page.isLoading(); }, 10000));
}

} // namespace

TEST_CASE("paper forms are typed by keys alone, in the printed order U1 … U7, U9, U8, and saved as shown")
{
    SurveyUiFixture f;
    SurveyEntryPage page(f.sessionOf(f.siti));
    page.resize(1366, 740);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.setService(f.ktp);
    REQUIRE(waitFor([&] { return QApplication::focusWidget() == page.field(SurveyEntryPage::Answer1); }, 2000));

    // Form 1: seven 4s, then question 8 (U9) 2 and question 9 (U8) 3; a man of 34, SMA (3), PNS (1).
    int keys = type(QStringLiteral("4444444")) + type(QStringLiteral("23"));
    CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Gender));
    keys += type(QStringLiteral("l34"));
    CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Education));
    keys += type(QStringLiteral("31"));
    // Shown back before Enter: question 8 is U9 Sarana dan Prasarana with 2, "Cukup".
    const QString preview = page.preview()->text();
    CHECK(preview.contains(QStringLiteral("<td>8.&nbsp;</td><td><b>U9</b>")));
    CHECK(preview.contains(QStringLiteral("<td>9.&nbsp;</td><td><b>U8</b>")));
    CHECK(preview.contains(QStringLiteral("SMA")));
    CHECK(preview.contains(QStringLiteral("PNS")));
    keys += enter();
    // 9 answers, gender, two digits of age, education, occupation, Enter.
    CHECK(keys == 15);
    CHECK(page.savedCount() == 1);
    CHECK(page.countLabel()->text().endsWith(QStringLiteral(": 1")));
    CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Answer1));
    CHECK(page.field(SurveyEntryPage::Answer1)->text().isEmpty());

    // Form 2: question 9 (U8) left unanswered with a space; no gender (0); 19; education by letter
    // (S twice: SD, then SMP), occupation by letter (W: WIRAUSAHA), Enter.
    type(QStringLiteral("3333333") + QStringLiteral("1 ") + QStringLiteral("019") + QStringLiteral("ss"));
    CHECK(page.field(SurveyEntryPage::Education)->text() == QStringLiteral("SMP"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    type(QStringLiteral("w"));
    // Then the comment written on the form, as it is.
    CHECK(QApplication::focusWidget() == page.commentEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ruang tunggu panas"));
    CHECK(page.preview()->text().contains(QStringLiteral("not answered")));
    CHECK(page.preview()->text().contains(QStringLiteral("Ruang tunggu panas")));
    enter();
    CHECK(page.savedCount() == 2);
    CHECK(page.savedList()->count() == 2);
    CHECK(page.savedList()->item(0)->text().startsWith(QStringLiteral("2. 3 3 3 3 3 3 3 1 –")));
    CHECK(page.commentEdit()->text().isEmpty());

    const QList<SurveyResponse> saved = f.responses();
    REQUIRE(saved.size() == 2);
    const SurveyResponse &one = saved.at(0);
    CHECK(one.channel == SurveyChannel::Paper);
    CHECK(one.serviceId == f.ktp);
    CHECK(one.enteredBy == f.siti.userId);
    CHECK(one.answers.value(QStringLiteral("U7")) == 4);
    CHECK(one.answers.value(QStringLiteral("U9")) == 2);
    CHECK(one.answers.value(QStringLiteral("U8")) == 3);
    CHECK(one.profile.gender == QStringLiteral("L"));
    CHECK(one.profile.age == 34);
    CHECK(one.profile.education == QStringLiteral("SMA"));
    CHECK(one.profile.occupation == QStringLiteral("PNS"));
    const SurveyResponse &two = saved.at(1);
    CHECK(two.answers.size() == 8);
    CHECK_FALSE(two.answers.contains(QStringLiteral("U8")));
    CHECK(two.answers.value(QStringLiteral("U9")) == 1);
    CHECK(two.profile.gender.isEmpty());
    CHECK(two.profile.age == 19);
    CHECK(two.profile.education == QStringLiteral("SMP"));
    CHECK(two.profile.occupation == QStringLiteral("WIRAUSAHA"));
    CHECK(two.comment == QStringLiteral("Ruang tunggu panas"));

    // The next stack: another service, chosen with the keyboard (arrows, Enter back to the answers).
    page.serviceBox()->setFocus();
    REQUIRE(waitFor([&] { return QApplication::focusWidget() == page.serviceBox(); }, 2000));
    QTest::keyClick(page.serviceBox(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == page.serviceBox());
    CHECK(page.serviceId() == f.kk);
    enter();
    CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Answer1));
    CHECK(one.comment.isEmpty());

    SECTION("core's refusal is said next to its field and nothing is saved")
    {
        // An age of 1 (the space ends the age).
        type(QStringLiteral("444444444") + QStringLiteral("p1 "));
        enter();
        CHECK(page.savedCount() == 2);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 2);
        QLabel *error = page.fieldError(SurveyEntryPage::Age);
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("10 to 120")));
        CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Age));
        // Corrected (Backspace, 41): saved.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        type(QStringLiteral("41"));
        enter();
        CHECK(page.savedCount() == 3);
        CHECK(error->isHidden());
    }
    SECTION("a form with no answer is refused next to the answers")
    {
        type(QStringLiteral("000000000"));
        enter();
        CHECK(page.savedCount() == 2);
        CHECK(page.fieldError(SurveyEntryPage::Answer1)->isVisible());
        CHECK(page.fieldError(SurveyEntryPage::Answer1)->text().contains(QStringLiteral("answers no question")));
    }
    SECTION("a key that is not an answer is refused in words and the focus stays")
    {
        type(QStringLiteral("5"));
        CHECK(QApplication::focusWidget() == page.field(SurveyEntryPage::Answer1));
        CHECK(page.fieldError(SurveyEntryPage::Answer1)->text().contains(QStringLiteral("type 1, 2, 3 or 4")));
    }
}

TEST_CASE("the results show the hand-computed IKM, the elements on the grade bands, the services and the sample")
{
    SurveyUiFixture f;
    // Three citizens served for KTP today (the population), two forms:
    //   U1–U7: 4 and 3 → NRR 3,5;  U9: 2 and 1 → 1,5;  U8: 3 and unanswered → 3.
    //   Σ NRR = 7 × 3,5 + 1,5 + 3 = 29;  IKM = 29/9 = 3,2222…;  × 25 = 80,5555… → 80,56, B.
    twoForms(f);

    SurveyResultsPage page(f.sessionOf(f.sari));
    page.resize(1366, 740);
    page.show();
    waitLoaded(page);
    CHECK(page.messageBar()->isHidden());
    CHECK(page.period() == SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 4});
    CHECK(page.tileValue(SurveyResultsPage::IkmTile) == QStringLiteral("80.56"));
    CHECK(page.tileNote(SurveyResultsPage::IkmTile).contains(QStringLiteral("B")));
    CHECK(page.tileValue(SurveyResultsPage::RespondentsTile) == QStringLiteral("2"));
    // Krejcie–Morgan of N = 3: round(3841 · 3 / (30 + 3831)) = 3.
    CHECK(page.tileValue(SurveyResultsPage::SampleTile) == QStringLiteral("3"));
    CHECK(page.tileValue(SurveyResultsPage::StatusTile).contains(QStringLiteral("1 more")));
    CHECK(page.weightingLabel()->text().contains(ikmWeightingLabel(IkmWeighting::Exact)));
    CHECK(page.printButton()->isEnabled()); // the SKM report of the period

    // The elements: U1 on top … U8 at the bottom (a horizontal chart's first category is the bottom one),
    // each bar in its grade's set; the four bands behind.
    QChart *chart = page.elementsChart();
    QHorizontalStackedBarSeries *bars = nullptr;
    int bands = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *b = qobject_cast<QHorizontalStackedBarSeries *>(s))
            bars = b;
        if (qobject_cast<QAreaSeries *>(s))
            ++bands;
    }
    CHECK(bands == 4);
    REQUIRE(bars);
    auto *axis = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().value(0));
    if (!axis)
        axis = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().value(1));
    REQUIRE(axis);
    const QStringList labels = axis->categories();
    REQUIRE(labels.size() == 9);
    CHECK(labels.at(8).startsWith(QStringLiteral("U1 ")));
    CHECK(labels.at(1).startsWith(QStringLiteral("U9 ")));
    CHECK(labels.at(0).startsWith(QStringLiteral("U8 ")));
    CHECK(labels.at(8).endsWith(QStringLiteral("87.50")));
    CHECK(labels.at(1).endsWith(QStringLiteral("37.50")));
    CHECK(labels.at(0).endsWith(QStringLiteral("75.00")));
    // U9 (37,50) is a D bar, U1 (87,50) a B bar.
    QBarSet *d = bars->barSets().at(3);
    QBarSet *b = bars->barSets().at(1);
    CHECK(d->at(1) == Approx(37.5));
    CHECK(d->at(8) == 0);
    CHECK(b->at(8) == Approx(87.5));

    // The trend: eight quarters, this one 80,56.
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : page.trendChart()->series()) {
        if (s->type() == QAbstractSeries::SeriesTypeLine && !qobject_cast<QAreaSeries *>(s))
            line = static_cast<QLineSeries *>(s);
    }
    REQUIRE(line);
    REQUIRE(line->count() == 1);
    CHECK(line->at(0).x() == 7);
    CHECK(line->at(0).y() == Approx(80.56));
    CHECK(page.loadedData().trend.size() == SurveyResultsPage::kTrendPeriods);

    // Per service: KTP with its two respondents; KK nobody served nor surveyed.
    QTableWidget *services = page.serviceTable();
    int ktpRow = -1;
    for (int r = 0; r < services->rowCount(); ++r) {
        if (services->item(r, 0) && services->item(r, 0)->text().contains(QStringLiteral("KTP")))
            ktpRow = r;
    }
    REQUIRE(ktpRow >= 0);
    CHECK(services->item(ktpRow, 1)->text() == QStringLiteral("2"));
    CHECK(services->item(ktpRow, 2)->text() == QStringLiteral("80.56"));
    CHECK(services->item(ktpRow, 3)->text().startsWith(QStringLiteral("B")));
    CHECK(services->item(ktpRow, 4)->text() == QStringLiteral("3"));
    CHECK(services->item(ktpRow, 5)->text() == QStringLiteral("3"));

    // Reading again while a reading is under way makes one more reading, and shows only the last period asked.
    page.reload();
    page.reload();
    page.previous();
    CHECK(page.isLoading());
    waitLoaded(page);
    // The quarter before: nothing; the year's roll-up: the same two forms.
    CHECK(page.period() == SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 3});
    CHECK(page.tileValue(SurveyResultsPage::IkmTile) == QStringLiteral("–"));
    CHECK(page.tileValue(SurveyResultsPage::RespondentsTile) == QStringLiteral("0"));
    page.setYearRollUp(true);
    waitLoaded(page);
    CHECK(page.period() == SurveyPeriod {SurveyPeriod::Kind::Year, 2026, 1});
    CHECK(page.tileValue(SurveyResultsPage::IkmTile) == QStringLiteral("80.56"));
}

TEST_CASE("an officer gets the paper forms but no results page, the supervisor both")
{
    SurveyUiFixture f;
    {
        MainWindow window(f.sessionOf(f.siti), QStringLiteral("Kecamatan Cibinong"));
        addPages(window, f.sessionOf(f.siti));
        CHECK(window.pageIds().contains(QStringLiteral("survey-entry")));
        CHECK_FALSE(window.pageIds().contains(QStringLiteral("survey-results")));
    }
    {
        MainWindow window(f.sessionOf(f.sari), QStringLiteral("Kecamatan Cibinong"));
        addPages(window, f.sessionOf(f.sari));
        CHECK(window.pageIds().contains(QStringLiteral("survey-entry")));
        CHECK(window.pageIds().contains(QStringLiteral("survey-results")));
    }
    // And the page itself, given to the officer, shows core's refusal.
    SurveyResultsPage page(f.sessionOf(f.siti));
    page.show();
    waitLoaded(page);
    CHECK(page.messageBar()->isVisible());
    CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
}

TEST_CASE("the follow-up plan: a D element proposed, planned from the proposal, overdue in red, done with evidence, published")
{
    SurveyUiFixture f;
    twoForms(f);
    SurveyResultsPage page(f.sessionOf(f.sari));
    page.resize(1366, 740);
    page.show();
    waitLoaded(page);
    SurveyPlanPanel *plan = page.planPanel();
    page.lists()->setCurrentWidget(plan);
    CHECK(plan->addButton()->isVisible());
    CHECK(plan->standingLabel()->text().contains(QStringLiteral("No follow-up item")));
    // U9 at 37,50 is graded D, for the office and for KTP.
    REQUIRE(plan->data().proposals.size() == 2);
    CHECK(plan->proposalsList()->item(0)->text().startsWith(QStringLiteral("U9 ")));
    CHECK(plan->proposalsList()->item(0)->text().contains(QStringLiteral("37.50")));

    // Planned from the proposal: the element and the action filled in; the person in charge is required (core says so).
    SurveyPlanItemDialog *add = plan->openAddItem(0);
    REQUIRE(add);
    CHECK(add->elementBox()->currentData().toString() == QStringLiteral("U9"));
    CHECK_FALSE(add->actionEdit()->toPlainText().isEmpty());
    CHECK(add->targetEdit()->date() == QDate(2027, 1, 31));
    clickOk(add);
    CHECK(add->isVisible());
    CHECK(add->errorLabel()->isVisible());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_plan_items")) == 0);
    add->personEdit()->setText(QStringLiteral("Kasi Pelayanan"));
    add->actionEdit()->setPlainText(QStringLiteral("Tambah kursi ruang tunggu"));
    clickOk(add);
    waitLoaded(page);
    REQUIRE(plan->itemsTable()->rowCount() == 1);
    CHECK(plan->itemsTable()->item(0, 0)->text().startsWith(QStringLiteral("U9 ")));
    CHECK(plan->itemsTable()->item(0, 1)->text() == QStringLiteral("Tambah kursi ruang tunggu"));
    CHECK(plan->itemsTable()->item(0, 2)->text() == QStringLiteral("Kasi Pelayanan"));
    CHECK(plan->data().proposals.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.plan_add' AND outcome = 'ok'")) == 1);
    CHECK(plan->itemsTable()->item(0, 4)->foreground().color() != QColor(0x9b, 0x1c, 0x1c));

    // February 2027: past its target, in red.
    f.clock.set(QDateTime(QDate(2027, 2, 3), QTime(2, 0), Qt::UTC));
    page.reload();
    waitLoaded(page);
    CHECK(page.period() == SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 4});
    CHECK(plan->itemsTable()->item(0, 4)->foreground().color() == QColor(0x9b, 0x1c, 0x1c));
    CHECK(plan->itemsTable()->item(0, 4)->text().contains(QStringLiteral("overdue")));
    CHECK(page.lists()->tabText(1).contains(QStringLiteral("1 overdue")));

    // Done: without evidence refused in the dialog; with it, done.
    SurveyPlanDoneDialog *done = plan->openMarkDone(0);
    REQUIRE(done);
    clickOk(done);
    CHECK(done->isVisible());
    CHECK(done->errorLabel()->text().contains(QStringLiteral("evaluators")));
    done->evidenceEdit()->setPlainText(QStringLiteral("Foto kursi baru, 2 Februari 2027"));
    clickOk(done);
    waitLoaded(page);
    CHECK(plan->data().items.at(0).status == PlanStatus::Done);
    CHECK(plan->itemsTable()->item(0, 5)->text() == QStringLiteral("Foto kursi baru, 2 Februari 2027"));
    CHECK(plan->itemsTable()->item(0, 4)->foreground().color() != QColor(0x9b, 0x1c, 0x1c));
    CHECK(plan->standingLabel()->text().contains(QStringLiteral("1 items, 1 done (100%)")));
    CHECK(plan->openMarkDone(0) == nullptr); // done stays done

    // A publication.
    SurveyPublicationDialog *pub = plan->openPublication();
    REQUIRE(pub);
    pub->mediumBox()->setCurrentText(QStringLiteral("Papan pengumuman"));
    pub->dateEdit()->setDate(QDate(2027, 1, 10));
    clickOk(pub);
    waitLoaded(page);
    REQUIRE(plan->data().publications.size() == 1);
    CHECK(plan->publicationsList()->item(0)->text().contains(QStringLiteral("Papan pengumuman")));
    CHECK(plan->data().standing.distinctMedia == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.publish' AND outcome = 'ok'")) == 1);

    // The public forum: a day after today refused in the dialog, then 15 January.
    SurveyForumDialog *forum = plan->openForum();
    REQUIRE(forum);
    forum->dateEdit()->setDate(QDate(2027, 3, 1));
    clickOk(forum);
    CHECK(forum->errorLabel()->isVisible());
    forum->dateEdit()->setDate(QDate(2027, 1, 15));
    clickOk(forum);
    waitLoaded(page);
    REQUIRE(plan->data().standing.forumDate.has_value());
    CHECK(*plan->data().standing.forumDate == QDate(2027, 1, 15));
    CHECK(plan->standingLabel()->text().contains(QStringLiteral("public forum on 15 Jan 2027")));
}

TEST_CASE("Settings › Survey: the weighting 0,111 and shorter lists, used by the results and the forms, a list twice refused")
{
    SurveyUiFixture f;
    twoForms(f);
    SurveySettingsTab tab(f.sessionOf(f.sari));
    tab.weightingBox()->setCurrentIndex(tab.weightingBox()->findData(int(IkmWeighting::Printed)));
    tab.educationEdit()->setPlainText(QStringLiteral("SMA\nSMA"));
    CHECK_FALSE(tab.save());
    CHECK(tab.messageLabel()->text().contains(QStringLiteral("twice")));
    CHECK(f.survey.settings().weighting == IkmWeighting::Exact);
    tab.educationEdit()->setPlainText(QStringLiteral("SD\nSMP\nSMA\nPerguruan tinggi"));
    tab.occupationEdit()->clear();
    REQUIRE(tab.save());
    CHECK(f.survey.settings().weighting == IkmWeighting::Printed);
    CHECK(f.survey.settings().educationOptions.size() == 4);

    // 29 × 0,111 × 25 = 80,4750 → 80,48.
    SurveyResultsPage page(f.sessionOf(f.sari));
    page.show();
    waitLoaded(page);
    CHECK(page.tileValue(SurveyResultsPage::IkmTile) == QStringLiteral("80.48"));
    CHECK(page.weightingLabel()->text().contains(ikmWeightingLabel(IkmWeighting::Printed)));

    // The forms: education 4 is "Perguruan tinggi"; no occupation asked (skipped).
    SurveyEntryPage entry(f.sessionOf(f.siti));
    entry.show();
    entry.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&entry));
    entry.setService(f.kk);
    entry.field(SurveyEntryPage::Answer1)->setFocus();
    REQUIRE(waitFor([&] { return QApplication::focusWidget() == entry.field(SurveyEntryPage::Answer1); }, 2000));
    CHECK_FALSE(entry.field(SurveyEntryPage::Occupation)->isEnabled());
    type(QStringLiteral("333333333p504"));
    CHECK(entry.entry().profile.education == QStringLiteral("Perguruan tinggi"));
    enter();
    CHECK(entry.savedCount() == 1);
}

TEST_CASE("the results page writes the period's SKM report as a PDF and a workbook, off the GUI thread, and says a failure")
{
    SurveyUiFixture f;
    twoForms(f);
    SurveyResultsPage page(f.sessionOf(f.sari));
    page.resize(1366, 740);
    page.show();
    waitLoaded(page);
    REQUIRE(page.printButton()->isEnabled());
    REQUIRE(page.printButton()->menu() != nullptr);
    CHECK(page.printButton()->menu()->actions().size() == 3);

    QTemporaryDir dir;
    SurveyReportMenu *menu = page.reportMenu();
    QSignalSpy done(menu, &SurveyReportMenu::finished);
    for (const auto &[kind, name] : {std::pair {SurveyReportMenu::Kind::Pdf, "skm.pdf"}, std::pair {SurveyReportMenu::Kind::Xlsx, "skm.xlsx"}}) {
        const QString path = dir.filePath(QLatin1String(name));
        menu->make(kind, path);
        CHECK(menu->busy()); // the reading runs on its own thread: the page is not held
        REQUIRE(waitFor([&] { return !done.isEmpty(); }, 30000));
        const QList<QVariant> result = done.takeFirst();
        INFO(result.at(1).toString().toStdString());
        CHECK(result.at(0).toBool());
        const QFileInfo written(path);
        CHECK(written.size() > 1000);
        CHECK(written.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK(page.messageBar()->label()->text().contains(QLatin1String(name)));
    }
    // A folder that does not exist: said in words, nothing written, the menu usable again.
    menu->make(SurveyReportMenu::Kind::Pdf, dir.filePath(QStringLiteral("no/such/folder/skm.pdf")));
    REQUIRE(waitFor([&] { return !done.isEmpty(); }, 30000));
    CHECK_FALSE(done.takeFirst().at(0).toBool());
    CHECK_FALSE(page.messageBar()->isHidden());
    CHECK_FALSE(page.messageBar()->label()->text().isEmpty());
    CHECK_FALSE(menu->busy());
    CHECK(page.printButton()->menu()->isEnabled());
}

TEST_CASE("the respondents' comments of the period: one made a complaint, one set aside, an officer only reads")
{
    SurveyUiFixture f;
    for (const char *words : {"Diminta uang oleh oknum untuk mempercepat surat", "Terima kasih, cepat sekali"}) {
        SurveyEntry e;
        e.serviceId = f.ktp;
        e.answers.insert(QStringLiteral("U7"), 2);
        e.comment = QString::fromUtf8(words);
        REQUIRE(f.survey.addResponse(f.siti, e).ok());
        f.clock.advanceSecs(60);
    }
    SurveyResultsPage page(f.sessionOf(f.sari));
    page.resize(1366, 740);
    page.show();
    waitLoaded(page);
    SurveyCommentsPanel *panel = page.commentsPanel();
    REQUIRE(panel->table()->rowCount() == 2);
    CHECK(panel->table()->item(0, 2)->text() == QStringLiteral("Terima kasih, cepat sekali")); // newest first
    CHECK(panel->table()->item(1, 3)->text() == commentFlagLabel(CommentFlag::None));
    CHECK_FALSE(panel->complaintButton()->isHidden());

    REQUIRE(panel->toComplaint(1).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaints WHERE anonymous = TRUE")) == 1);
    REQUIRE(panel->dismiss(0).ok());
    waitLoaded(page);
    REQUIRE(waitFor([&] { return panel->table()->item(1, 3)->text().startsWith(QStringLiteral("Complaint ")); }, 10000));
    CHECK(panel->table()->item(0, 3)->text() == commentFlagLabel(CommentFlag::Dismissed));
    // Made a complaint once: not twice.
    panel->table()->selectRow(1);
    CHECK_FALSE(panel->complaintButton()->isEnabled());
    CHECK_FALSE(panel->toComplaint(1).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaints")) == 1);

    // A supervisor reads and decides; an administrator too; an officer has no results page at all (above).
    SurveyResultsPage adminPage(f.sessionOf(f.admin));
    adminPage.show();
    waitLoaded(adminPage);
    CHECK(adminPage.commentsPanel()->table()->rowCount() == 2);
}
