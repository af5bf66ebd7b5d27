// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's monthly dashboard: the tiles of a month worked out by
// hand, the month picker, the click-through to the tickets, the self-check,
// and who gets the page.
#include "core/complaints/ComplaintService.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardEvaluation.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DashboardRecords.h"
#include "ui/dashboard/DashboardReportMenu.h"
#include "print/reports/EvaluationPdf.h"
#include "print/reports/MonthlyReportPack.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <catch2/catch.hpp>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

constexpr qint64 kMinute = 60;

// A month worked out by hand (November 2026, up to Monday the 23rd, 08.00
// WIB onwards, all at loket 1 by Siti), and one ticket in October:
//   A-001 KTP   waits 2 min, served in 10 min (target 15: within)
//   B-001 KK    waits 6 min, served in 25 min (target 20: not within)
//   A-002 KTP   waits 4 min, did not come
//   A-003 KTP   lansia, waits 8 min, served in 5 min (within)
// → 4 visitors, 3 served, median wait 4 min (of 2, 4, 6, 8: the lower
// middle), within the standard 2 of 3 = 66.7 %, did not come 1 of 4 = 25.0 %,
// 1 priority visitor. October: 1 visitor, served (wait 3 min, 10 min).
struct DashboardFixture : QueueFixture {
    Session sessionOf(const Actor &a) { return Session {t.db(), a, &clock}; }

    Ticket visit(qint64 serviceId, qint64 waitMin, qint64 serviceMin, bool comes = true, qint64 priority = 0)
    {
        const Ticket ticket = issue(serviceId, priority);
        clock.advanceSecs(waitMin * kMinute);
        const Ticket called = callNext(siti, loket1);
        REQUIRE(called.id == ticket.id);
        if (!comes) {
            REQUIRE(queue.noShow(siti, loket1, ticket.id).ok());
            return reload(ticket);
        }
        REQUIRE(queue.start(siti, loket1, ticket.id).ok());
        clock.advanceSecs(serviceMin * kMinute);
        REQUIRE(queue.finish(siti, loket1, ticket.id).ok());
        return reload(ticket);
    }

    DashboardFixture()
    {
        const QDateTime monday = clock.nowUtc();
        clock.set(QDateTime(QDate(2026, 10, 30), QTime(1, 0), Qt::UTC)); // Friday 30 October, 08.00 WIB
        visit(ktp, 3, 10);
        clock.set(monday);
        visit(ktp, 2, 10);
        visit(kk, 6, 25);
        visit(ktp, 4, 0, false);
        visit(ktp, 8, 5, true, lansia);
    }
};

void waitLoaded(DashboardPage &page)
{
    REQUIRE(waitFor([&] { return !page.isLoading(); }, 15000));
}

QString minutes(double m)
{
    return DashboardPage::tr("%1 min").arg(QLocale().toString(m, 'f', 1));
}

QString percentText(double p)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(p, 'f', 1));
}

QBarSet *visitorBars(DashboardPage &page)
{
    const auto series = page.visitorsChart()->series();
    REQUIRE(series.size() == 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 1);
    return bars->barSets().first();
}

} // namespace

TEST_CASE("the tiles show the month's figures and their change against the month before")
{
    DashboardFixture f;
    DashboardPage page(f.sessionOf(f.sari));
    page.resize(1366, 768);
    page.show();
    // While it computes, the progress shows; the first figures come before the comparisons.
    CHECK(page.progress()->isVisible());
    waitLoaded(page);
    CHECK_FALSE(page.progress()->isVisible());
    CHECK(page.messageBar()->isHidden());
    CHECK(page.hasReport());
    CHECK(page.firstChartMs() >= 0);
    CHECK(page.month() == QDate(2026, 11, 1));
    CHECK(page.monthLabel()->text() == QLocale().toString(QDate(2026, 11, 1), QStringLiteral("MMMM yyyy")));

    CHECK(page.tileValue(DashboardPage::VisitorsTile) == QLocale().toString(4));
    CHECK(page.tileValue(DashboardPage::ServedTile) == QLocale().toString(3));
    CHECK(page.tileValue(DashboardPage::MedianWaitTile) == minutes(4.0));
    CHECK(page.tileValue(DashboardPage::WithinStandardTile) == percentText(200.0 / 3.0));
    CHECK(page.tileValue(DashboardPage::NoShowTile) == percentText(25.0));
    CHECK(page.tileValue(DashboardPage::PriorityTile) == QLocale().toString(1));
    CHECK(page.tileValue(DashboardPage::ComplaintsTile) == QLocale().toString(0));
    CHECK(page.tileValue(DashboardPage::IkmTile) == QStringLiteral("–"));
    // 4 against October's 1: up 300 %; the median wait 4 against 3 min: up, which is worse.
    CHECK(page.tileChange(DashboardPage::VisitorsTile) == QStringLiteral("▲ +%1 %").arg(QLocale().toString(300.0, 'f', 0)));
    CHECK(page.tileChange(DashboardPage::MedianWaitTile).startsWith(QStringLiteral("▲")));
    CHECK(page.tileNote(DashboardPage::VisitorsTile).contains(QLocale().toString(1)));
    // The within-standard share against October's 100 %: down, in points.
    CHECK(page.tileChange(DashboardPage::WithinStandardTile).startsWith(QStringLiteral("▼")));

    // The charts: one bar per service with its visitors; the heat map's Monday 08.00.
    QBarSet *set = visitorBars(page);
    // Horizontal bars, the catalogue's first at the top: KK is the chart's first category.
    REQUIRE(set->count() == 2);
    CHECK(set->at(0) == 1); // KK
    CHECK(set->at(1) == 3); // KTP
    CHECK(page.heatMap()->value(0, 8) == 4);
    CHECK_FALSE(page.outcomesChart()->series().isEmpty());
    CHECK_FALSE(page.targetsChart()->series().isEmpty());
    CHECK_FALSE(page.dailyChart()->series().isEmpty());
}

TEST_CASE("the month picker goes back and forth, not beyond this month")
{
    DashboardFixture f;
    DashboardPage page(f.sessionOf(f.sari));
    page.show();
    waitLoaded(page);
    CHECK_FALSE(page.nextButton()->isEnabled());
    page.next();
    CHECK(page.month() == QDate(2026, 11, 1));

    page.previousButton()->click();
    CHECK(page.month() == QDate(2026, 10, 1));
    waitLoaded(page);
    CHECK(page.nextButton()->isEnabled());
    CHECK(page.tileValue(DashboardPage::VisitorsTile) == QLocale().toString(1));
    CHECK(page.tileValue(DashboardPage::MedianWaitTile) == minutes(3.0));
    CHECK(page.tileValue(DashboardPage::WithinStandardTile) == percentText(100.0));
    // September had nobody: October's visitors are "new".
    CHECK(page.tileChange(DashboardPage::VisitorsTile).contains(DashboardPage::tr("new")));

    // Several clicks at once: only the last month is read and shown.
    page.previous();
    page.previous();
    page.nextButton()->click();
    waitLoaded(page);
    CHECK(page.month() == QDate(2026, 9, 1));
    CHECK(page.figures().month == QDate(2026, 9, 1));
    CHECK(page.tileValue(DashboardPage::VisitorsTile) == QLocale().toString(0));

    page.setMonth(QDate(2027, 3, 5)); // the future: this month instead
    CHECK(page.month() == QDate(2026, 11, 1));
    waitLoaded(page);
    CHECK(page.tileValue(DashboardPage::VisitorsTile) == QLocale().toString(4));
}

TEST_CASE("a click on a service's bar lists that service's tickets of the month, a day its tickets")
{
    DashboardFixture f;
    DashboardPage page(f.sessionOf(f.sari));
    page.show();
    waitLoaded(page);
    QBarSet *set = visitorBars(page);
    auto *axis = qobject_cast<QBarCategoryAxis *>(page.visitorsChart()->axes(Qt::Vertical).first());
    REQUIRE(axis);
    REQUIRE(axis->categories() == QStringList {QStringLiteral("KK"), QStringLiteral("KTP")});
    Q_EMIT set->clicked(0); // KK
    REQUIRE(waitFor([&] { return page.recordsDialog() != nullptr; }, 10000));
    DashboardRecords *records = page.recordsDialog();
    REQUIRE(records->rowCount() == 1);
    CHECK(records->table()->item(0, 0)->text() == QStringLiteral("B-001"));

    Q_EMIT set->clicked(1); // KTP: three in November, not October's
    REQUIRE(waitFor([&] { return page.recordsDialog() != records; }, 10000));
    records = page.recordsDialog();
    REQUIRE(records->rowCount() == 3);
    QStringList numbers;
    for (int row = 0; row < 3; ++row)
        numbers << records->table()->item(row, 0)->text();
    CHECK(numbers == QStringList {QStringLiteral("A-001"), QStringLiteral("A-002"), QStringLiteral("A-003")});
    // Times in the office's zone: A-001 taken at 08.00 WIB.
    CHECK(records->table()->item(0, 3)->text() == QStringLiteral("08.00"));

    // A point of the daily line: Monday the 23rd, all four.
    QScatterSeries *points = nullptr;
    for (QAbstractSeries *s : page.dailyChart()->series())
        if (auto *p = qobject_cast<QScatterSeries *>(s))
            points = p;
    REQUIRE(points);
    Q_EMIT points->clicked(QPointF(23, 4));
    REQUIRE(waitFor([&] { return page.recordsDialog() != records; }, 10000));
    CHECK(page.recordsDialog()->rowCount() == 4);
}

TEST_CASE("a click on a complaint chart's bar lists the month's complaints in that state or response time")
{
    DashboardFixture f;
    ComplaintService complaints(f.t.db(), f.clock);
    for (const char *summary : {"Antrian KTP lambat", "Petugas tidak ramah"}) {
        ComplaintIntake in;
        in.channel = IntakeChannel::Langsung;
        in.type = ComplaintType::Pengaduan;
        in.tier = ComplaintTier::Normatif;
        in.serviceId = f.ktp;
        in.summary = QString::fromUtf8(summary);
        in.details = QStringLiteral("Menunggu lama di loket.");
        REQUIRE(complaints.add(f.siti, in, {}).ok());
    }
    DashboardPage page(f.sessionOf(f.sari));
    page.show();
    waitLoaded(page);
    // States: both received, not yet answered.
    auto bars = [](QChart *chart) {
        REQUIRE(chart->series().size() == 1);
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        REQUIRE(series);
        return series;
    };
    auto *states = bars(page.complaintStatesChart());
    auto *stateAxis = qobject_cast<QBarCategoryAxis *>(page.complaintStatesChart()->axes(Qt::Vertical).first());
    REQUIRE(stateAxis);
    const int received = int(stateAxis->categories().indexOf(stateName(ComplaintState::Received)));
    REQUIRE(received >= 0);
    CHECK(states->barSets().first()->at(received) == 2);
    Q_EMIT states->barSets().first()->clicked(received);
    REQUIRE(waitFor([&] { return page.complaintsDialog() != nullptr; }, 10000));
    DashboardComplaints *list = page.complaintsDialog();
    REQUIRE(list->rowCount() == 2);
    CHECK(list->table()->item(0, 6)->text() == QStringLiteral("Antrian KTP lambat"));
    CHECK(list->table()->item(0, 4)->text() == stateName(ComplaintState::Received));

    // Another state's bar: none of them.
    const int closed = int(stateAxis->categories().indexOf(stateName(ComplaintState::Closed)));
    REQUIRE(closed >= 0);
    Q_EMIT states->barSets().first()->clicked(closed);
    REQUIRE(waitFor([&] { return page.complaintsDialog() != list; }, 10000));
    list = page.complaintsDialog();
    CHECK(list->rowCount() == 0);

    // First response: "not yet answered" holds both; the bar for one day none.
    auto *times = bars(page.responseTimesChart());
    const int bucketCount = int(times->barSets().first()->count());
    REQUIRE(bucketCount == 7);
    // Top to bottom le_1d … none: the series' first bar is the last bucket.
    CHECK(times->barSets().first()->at(0) == 2);
    Q_EMIT times->barSets().first()->clicked(0);
    REQUIRE(waitFor([&] { return page.complaintsDialog() != list; }, 10000));
    list = page.complaintsDialog();
    CHECK(list->rowCount() == 2);
    Q_EMIT times->barSets().first()->clicked(bucketCount - 1); // up to 1 × 24 hours
    REQUIRE(waitFor([&] { return page.complaintsDialog() != list; }, 10000));
    CHECK(page.complaintsDialog()->rowCount() == 0);
}

TEST_CASE("the dashboard prints the month's report and the self-check to PDF off the GUI thread")
{
    DashboardFixture f;
    DashboardPage page(f.sessionOf(f.sari));
    page.show();
    waitLoaded(page);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bulanan.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("bulanan.xlsx"));
    QSignalSpy done(page.reportMenu(), &ReportMenu::finished);
    page.reportMenu()->make(ReportMenu::Kind::Pdf, pdf);
    CHECK(page.reportMenu()->busy()); // the page goes on while it is made
    REQUIRE(waitFor([&] { return done.size() == 1; }, 30000));
    CHECK(done.at(0).at(0).toBool());
    page.reportMenu()->make(ReportMenu::Kind::Xlsx, xlsx);
    REQUIRE(waitFor([&] { return done.size() == 2; }, 30000));
    CHECK(done.at(1).at(0).toBool());
    CHECK(QFileInfo(xlsx).size() > 0);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(body.contains(QStringLiteral("MONTHLY PUBLIC SERVICE REPORT"), Qt::CaseInsensitive));
    CHECK(body.contains(QStringLiteral("November 2026")));

    // The self-check, on the evaluation tab.
    const QString check = dir.filePath(QStringLiteral("swa-periksa.pdf"));
    QSignalSpy checked(page.evaluationMenu(), &ReportMenu::finished);
    page.evaluationMenu()->make(ReportMenu::Kind::Pdf, check);
    REQUIRE(waitFor([&] { return checked.size() == 1; }, 30000));
    REQUIRE(checked.at(0).at(0).toBool());
    QProcess checkText;
    checkText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), check, QStringLiteral("-")});
    REQUIRE(checkText.waitForFinished(20000));
    const QString checkBody = QString::fromUtf8(checkText.readAllStandardOutput());
    CHECK(checkBody.contains(EvaluationPdf::title()));
    CHECK(checkBody.contains(QStringLiteral("Ombudsman")));

    // A folder that does not exist: said in words, nothing written.
    page.reportMenu()->make(ReportMenu::Kind::Pdf, dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    REQUIRE(waitFor([&] { return done.size() == 3; }, 30000));
    CHECK_FALSE(done.at(2).at(0).toBool());
    CHECK_FALSE(done.at(2).at(1).toString().isEmpty());
    CHECK(page.messageBar()->isVisible());

    // The schedule's folder: one that does not exist is refused, one that does is kept.
    CHECK_FALSE(page.reportMenu()->saveFolder(dir.filePath(QStringLiteral("nowhere"))));
    CHECK(MonthlyReportPack(f.t.db(), f.clock).scheduledFolder().isEmpty());
    CHECK(page.reportMenu()->saveFolder(dir.path()));
    const MonthlyReportPack pack(f.t.db(), f.clock);
    CHECK(pack.scheduledFolder() == QFileInfo(dir.path()).absoluteFilePath());

    // What Loket runs when it starts: in November the first run catches up with October; on Tuesday
    // 1 December (the first working day) November's pack, once.
    auto early = pack.runSchedule();
    REQUIRE(early.ok());
    CHECK(early->month == QDate(2026, 10, 1));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("laporan-bulanan-2026-11.pdf"))));
    f.clock.set(QDateTime(QDate(2026, 12, 1), QTime(7, 45), Qt::OffsetFromUTC, 7 * 3600));
    auto first = pack.runSchedule();
    REQUIRE(first.ok());
    CHECK(first->month == QDate(2026, 11, 1));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("laporan-bulanan-2026-11.pdf"))).size() > 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("laporan-bulanan-2026-11.xlsx"))).size() > 0);
    f.clock.advanceSecs(3600);
    auto again = pack.runSchedule();
    REQUIRE(again.ok());
    CHECK(again->alreadyDone);
}

TEST_CASE("the evaluation self-check is the second tab, with each point's state and evidence")
{
    DashboardFixture f;
    DashboardPage page(f.sessionOf(f.sari));
    page.show();
    REQUIRE(waitFor([&] { return page.evaluation()->result().points.size() > 0; }, 15000));
    CHECK(page.tabs()->count() == 2);
    const EvaluationCheckResult &r = page.evaluation()->result();
    QTableWidget *table = page.evaluation()->table();
    REQUIRE(table->rowCount() == r.points.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK(table->item(row, 0)->text() == r.points.at(row).label);
        CHECK(table->item(row, 2)->text() == DashboardEvaluation::stateText(r.points.at(row).state));
        CHECK(table->item(row, 3)->text() == r.points.at(row).evidence);
    }
    CHECK(page.evaluation()->summary()->text().contains(QString::number(r.count(EvidenceState::Missing))));
}

TEST_CASE("an officer gets no dashboard, the supervisor starts on it")
{
    DashboardFixture f;
    {
        MainWindow window(f.sessionOf(f.siti), QStringLiteral("Kecamatan Cibeunying Kaler"));
        addPages(window, f.sessionOf(f.siti));
        CHECK_FALSE(window.pageIds().contains(QStringLiteral("dashboard")));
    }
    {
        MainWindow window(f.sessionOf(f.sari), QStringLiteral("Kecamatan Cibeunying Kaler"));
        addPages(window, f.sessionOf(f.sari));
        REQUIRE(window.pageIds().contains(QStringLiteral("dashboard")));
        CHECK(window.page(QStringLiteral("dashboard"))->isVisibleTo(&window));
    }
    // And the page itself, given to an officer, shows core's refusal and no figures.
    DashboardPage page(f.sessionOf(f.siti));
    page.show();
    waitLoaded(page);
    CHECK(page.messageBar()->isVisible());
    CHECK(page.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK(page.tileValue(DashboardPage::VisitorsTile) == QStringLiteral("–"));
}
