// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's monthly review of the suggestion boxes, the reminder of a
// box not opened, its settings, and a complaint's origin in its file.
#include "tests/core/suggestions/SuggestionFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/complaints/ComplaintFileView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/suggestions/SuggestionReminderBar.h"
#include "ui/suggestions/SuggestionReviewPage.h"
#include "ui/suggestions/SuggestionSettingsTab.h"

#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>

#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QStackedBarSeries>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSpinBox>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

Session sessionOf(SuggestionFixture &f, const Actor &a)
{
    return Session {f.t.db(), a, &f.clock};
}

// October: two complaints about the KTP counter's officers and a suggestion,
// answered, all three past their target by 30 November; an appreciation.
// November (the fixture's signed session): one slip of every kind and
// decision; its SP4N-LAPOR! slip carried out. A second box is never opened.
struct TwoMonths {
    explicit TwoMonths(SuggestionFixture &f)
    {
        const SuggestionSession oct = f.openSession(QDate(2026, 10, 28), QDate(2026, 10, 1));
        f.addTeam(oct.id);
        f.addSlip(oct.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut, QStringLiteral("Petugas KTP membentak"),
                  f.ktp, QStringLiteral("U7"), f.dewi.userId, QDate(2026, 11, 5));
        f.addSlip(oct.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut, QStringLiteral("Petugas KTP tidak ramah"),
                  f.ktp, QStringLiteral("U7"), f.dewi.userId, QDate(2026, 11, 5));
        f.addSlip(oct.id, SlipKind::Saran, SlipDecision::Dijawab, QStringLiteral("Sediakan air minum"), 0, {},
                  f.siti.userId, QDate(2026, 11, 10));
        f.addSlip(oct.id, SlipKind::Apresiasi, SlipDecision::Arsip, QStringLiteral("Terima kasih"));
        auto signedOct = f.suggestions.sign(f.sari, oct.id);
        REQUIRE(signedOct.ok());
        october = signedOct.value();
        november = f.signedSession(QDate(2026, 11, 30));
        auto slips = f.suggestions.slips(f.sari, november.id);
        REQUIRE(slips.ok());
        for (const SuggestionSlip &s : slips.value()) {
            if (s.entry.decision == SlipDecision::Lapor)
                REQUIRE(f.suggestions.markDone(f.sari, s.id, QStringLiteral("Diteruskan, nomor 1234")).ok());
        }
        REQUIRE(f.suggestions.addBox(f.sari, QStringLiteral("Kotak Saran 2"), QStringLiteral("Lantai 2")).ok());
    }
    SuggestionSession october, november;
};

void waitLoaded(SuggestionReviewPage &page)
{
    REQUIRE(waitFor([&] { return !page.isLoading(); }, 10000));
}

QBarSet *setOf(QAbstractBarSeries *series, const QString &label)
{
    for (QBarSet *s : series->barSets()) {
        if (s->label() == label)
            return s;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the review shows the month's tiles, the open decisions and the charts of the 12 months")
{
    SuggestionFixture f;
    TwoMonths data(f);
    SuggestionReviewPage page(sessionOf(f, f.sari));
    page.resize(1366, 740);
    page.show();
    waitLoaded(page);
    // It opens on this month (November 2026, the fixture's).
    CHECK(page.month() == QDate(2026, 11, 1));
    CHECK(page.messageBar()->isHidden());
    CHECK(page.tileValue(SuggestionReviewPage::SlipsThisMonth) == QStringLiteral("6"));
    // Seven decisions to carry out in the 12 months (all but the archived), one done.
    CHECK(page.tileValue(SuggestionReviewPage::FollowedUp) == QStringLiteral("14%"));
    CHECK(page.tileValue(SuggestionReviewPage::Overdue) == QStringLiteral("3"));
    CHECK(page.tileValue(SuggestionReviewPage::NotOpened) == QStringLiteral("1"));

    // The six decisions not done, the three overdue ones first, in red, with their minutes.
    QTableWidget *open = page.openTable();
    REQUIRE(open->rowCount() == 6);
    QStringList summaries;
    for (int r = 0; r < 3; ++r) {
        summaries << open->item(r, 2)->text();
        CHECK(open->item(r, 0)->text() == data.october.number);
        CHECK(open->item(r, 6)->foreground().color() == QColor(0x9b, 0x1c, 0x1c));
        CHECK(open->item(r, 6)->text().startsWith(QStringLiteral("Overdue")));
    }
    summaries.sort();
    CHECK(summaries == QStringList {QStringLiteral("Petugas KTP membentak"), QStringLiteral("Petugas KTP tidak ramah"),
                                    QStringLiteral("Sediakan air minum")});
    for (int r = 3; r < 6; ++r) {
        CHECK(open->item(r, 0)->text() == data.november.number);
        CHECK(open->item(r, 6)->foreground().color() != QColor(0x9b, 0x1c, 0x1c));
    }
    // A slip sent to the follow-up team shows its complaint's number.
    bool complaintShown = false;
    for (int r = 0; r < 6; ++r)
        complaintShown |= open->item(r, 6)->text().contains(QStringLiteral(" · ADU/"));
    CHECK(complaintShown);

    // The months chart: five stacked sets (one per kind), twelve months, December 2025 first.
    QChart *months = page.monthsChart();
    REQUIRE(months->series().size() == 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(months->series().first());
    REQUIRE(stacked);
    REQUIRE(stacked->count() == 5);
    QBarSet *pengaduan = setOf(stacked, slipKindName(SlipKind::Pengaduan));
    QBarSet *saran = setOf(stacked, slipKindName(SlipKind::Saran));
    QBarSet *kosong = setOf(stacked, slipKindName(SlipKind::Kosong));
    REQUIRE(pengaduan);
    REQUIRE(saran);
    REQUIRE(kosong);
    REQUIRE(pengaduan->count() == 12);
    CHECK(pengaduan->at(10) == 2); // October
    CHECK(pengaduan->at(11) == 1); // November
    CHECK(saran->at(10) == 1);
    CHECK(saran->at(11) == 2);
    CHECK(kosong->at(11) == 1);
    CHECK(pengaduan->at(0) == 0);
    CHECK(pengaduan->color() != saran->color());

    // The services chart: Pembuatan KTP-el on top with its three complaints and its question.
    auto *services = qobject_cast<QHorizontalStackedBarSeries *>(page.servicesChart()->series().first());
    REQUIRE(services);
    QBarSet *serviceComplaints = setOf(services, slipKindName(SlipKind::Pengaduan));
    REQUIRE(serviceComplaints);
    const int topRow = int(serviceComplaints->count()) - 1;
    CHECK(serviceComplaints->at(topRow) == 3);
    CHECK(serviceComplaints->color() == pengaduan->color());

    // The theme that came back in October and November.
    REQUIRE(page.themesList()->count() == 1);
    CHECK(page.themesList()->item(0)->text().contains(QStringLiteral("2 months, 3 slips")));
    CHECK(page.themesList()->item(0)->text().contains(QStringLiteral("U7")));

    // October alone: its four slips.
    page.setMonth(QDate(2026, 10, 15));
    waitLoaded(page);
    CHECK(page.tileValue(SuggestionReviewPage::SlipsThisMonth) == QStringLiteral("4"));
    auto *october = qobject_cast<QStackedBarSeries *>(page.monthsChart()->series().first());
    REQUIRE(october);
    CHECK(setOf(october, slipKindName(SlipKind::Pengaduan))->at(11) == 2);
}

TEST_CASE("the review is refused in the message bar to an officer")
{
    SuggestionFixture f;
    SuggestionReviewPage page(sessionOf(f, f.siti));
    page.show();
    waitLoaded(page);
    CHECK(page.messageBar()->isVisible());
    CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK_FALSE(page.messageBar()->label()->text().isEmpty());
}

TEST_CASE("the reminder shows a box not opened from the reminder day, to the supervisor only, until it is opened")
{
    SuggestionFixture f;
    QWidget window;
    window.resize(800, 200);
    f.setNow(ComplaintFixture::wib(2026, 11, 19, 9, 0));
    auto *bar = new SuggestionReminderBar(sessionOf(f, f.sari), &window, &window);
    window.show();
    // The 19th: the reminder day (20 by default) has not come.
    CHECK_FALSE(bar->hasReminder());
    CHECK(bar->isHidden());

    f.setNow(ComplaintFixture::wib(2026, 11, 20, 10, 0));
    bar->refresh();
    CHECK(bar->hasReminder());
    CHECK(bar->isVisible());
    CHECK(bar->text() == QStringLiteral("Kotak Saran 1 has not been opened in November."));
    CHECK(bar->bar()->button()->isVisible());
    QSignalSpy open(bar, &SuggestionReminderBar::openRequested);
    bar->bar()->button()->click();
    CHECK(open.count() == 1);

    // Not for an officer.
    SuggestionReminderBar officer(sessionOf(f, f.siti), &window, &window);
    officer.refresh();
    CHECK_FALSE(officer.hasReminder());
    CHECK(officer.isHidden());

    // Opened (a draft is enough): it goes by itself, from the change in the database.
    f.openSession(QDate(2026, 11, 20), QDate(2026, 11, 1));
    CHECK(waitFor([&] { return !bar->hasReminder(); }, 5000));
    CHECK(bar->isHidden());
}

TEST_CASE("the reminder day and the minutes' number pattern are set in the settings")
{
    SuggestionFixture f;
    SuggestionSettingsTab tab(sessionOf(f, f.admin));
    CHECK(tab.reminderDay()->value() == 20);
    CHECK(tab.pattern()->text() == QStringLiteral("BA/KS/{YYYY}/{MM}/{NN}"));
    tab.pattern()->setText(QStringLiteral("BA/KS/{YYYY}"));
    CHECK_FALSE(tab.saveButton()->isEnabled());
    tab.pattern()->setText(QStringLiteral("{NNN}/BA-KS/{YYYY}"));
    REQUIRE(tab.saveButton()->isEnabled());
    tab.reminderDay()->setValue(25);
    tab.saveButton()->click();
    CHECK(tab.message().contains(QStringLiteral("25")));
    CHECK(SettingsStore(f.t.db()).intValue(QLatin1String(SettingKey::SuggestionReminderDay)) == 25);
    CHECK(SettingsStore(f.t.db()).stringValue(QLatin1String(SettingKey::SuggestionNumberPattern))
          == QStringLiteral("{NNN}/BA-KS/{YYYY}"));

    // The reminder follows: on the 24th nothing, on the 25th the box.
    f.setNow(ComplaintFixture::wib(2026, 11, 24, 9, 0));
    SuggestionReminderBar bar(sessionOf(f, f.sari), nullptr);
    CHECK_FALSE(bar.hasReminder());
    f.setNow(ComplaintFixture::wib(2026, 11, 25, 9, 0));
    bar.refresh();
    CHECK(bar.hasReminder());

    // A supervisor may not change the settings.
    SuggestionSettingsTab refused(sessionOf(f, f.sari));
    refused.reminderDay()->setValue(3);
    refused.saveButton()->click();
    CHECK_FALSE(refused.message().isEmpty());
    CHECK(SettingsStore(f.t.db()).intValue(QLatin1String(SettingKey::SuggestionReminderDay)) == 25);
}

TEST_CASE("a complaint from a slip shows the minutes and the slip it came from")
{
    SuggestionFixture f;
    const SuggestionSession s = f.signedSession();
    auto slips = f.suggestions.slips(f.sari, s.id);
    REQUIRE(slips.ok());
    REQUIRE(slips->first().complaintId > 0);
    ComplaintFileView view(sessionOf(f, f.dewi));
    view.show(slips->first().complaintId);
    QStringList texts;
    for (QLabel *l : view.findChildren<QLabel *>())
        texts << l->text();
    const QString expected = QStringLiteral("From the suggestion box: minutes %1, slip 1").arg(s.number);
    CHECK(texts.join(QLatin1Char('\n')).contains(expected));

    // A complaint told at the desk says nothing of a box.
    const Complaint desk = f.log(f.siti, f.intake());
    view.show(desk.id);
    texts.clear();
    for (QLabel *l : view.findChildren<QLabel *>())
        texts << l->text();
    CHECK_FALSE(texts.join(QLatin1Char('\n')).contains(QStringLiteral("suggestion box")));
}

TEST_CASE("the review reads on a connection of its own, closed with the page")
{
    SuggestionFixture f;
    TwoMonths data(f);
    const int before = int(QSqlDatabase::connectionNames().size());
    {
        SuggestionReviewPage page(sessionOf(f, f.sari));
        page.show();
        waitLoaded(page);
        CHECK(page.tileValue(SuggestionReviewPage::SlipsThisMonth) == QStringLiteral("6"));
        // The worker thread's connection, and the change feed's (the GUI thread's was there before).
        CHECK(int(QSqlDatabase::connectionNames().size()) == before + 2);
    }
    CHECK(int(QSqlDatabase::connectionNames().size()) == before);
}

TEST_CASE("the supervisor has the review page and the reminder on the start page, an officer neither")
{
    SuggestionFixture f;
    f.setNow(ComplaintFixture::wib(2026, 11, 23, 10, 0));
    {
        MainWindow window(sessionOf(f, f.sari), QStringLiteral("Kecamatan Cibinong"));
        addPages(window, sessionOf(f, f.sari));
        window.resize(1366, 768);
        window.show();
        CHECK(window.pageIds().contains(QStringLiteral("suggestion-review")));
        // On the supervisor's start page, the monthly dashboard.
        QWidget *start = window.page(QStringLiteral("dashboard"));
        REQUIRE(start);
        auto *bar = start->findChild<SuggestionReminderBar *>();
        REQUIRE(bar);
        CHECK(bar->isVisible());
        CHECK(bar->text().contains(QStringLiteral("Kotak Saran 1")));
        // "Open now" leads to the suggestion boxes' page (the review while there is no other).
        bar->bar()->button()->click();
        const QString expected = window.pageIds().contains(QStringLiteral("suggestions")) ? QStringLiteral("suggestions")
                                                                                          : QStringLiteral("suggestion-review");
        CHECK(window.page(expected)->isVisible());
    }
    {
        MainWindow window(sessionOf(f, f.siti), QStringLiteral("Kecamatan Cibinong"));
        addPages(window, sessionOf(f, f.siti));
        CHECK_FALSE(window.pageIds().contains(QStringLiteral("suggestion-review")));
        CHECK(window.findChildren<SuggestionReminderBar *>().isEmpty());
    }
}
