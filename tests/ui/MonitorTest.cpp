// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"
#include "ui/common/ReasonDialog.h"
#include "ui/monitor/CounterStatusModel.h"
#include "ui/monitor/MonitorPage.h"
#include "ui/monitor/ServiceLoadModel.h"
#include "ui/queuekit/TicketListModel.h"
#include "ui/queuekit/TransferDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace loket;
using namespace loket::ui;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

int rowOf(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, column) == text)
            return row;
    }
    FAIL("no row shows " << text.toStdString());
    return -1;
}

QStringList waitingNumbers(const MonitorPage &page)
{
    QStringList out;
    for (const Ticket &t : page.waitingModel()->rows())
        out << t.number;
    return out;
}

void select(MonitorPage &page, const QString &number)
{
    page.waitingView()->selectRow(rowOf(*page.waitingModel(), TicketListModel::Number, number));
}

// Answers the next modal dialog as a supervisor would.
template<typename Dialog, typename Answer> void answerNextDialog(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(*dialog);
    });
}

} // namespace

TEST_CASE("the monitor shows each counter and each service with today's waits and served counts")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.clock.advanceSecs(120);
    f.issue(f.kk, f.lansia);
    f.issue(f.ktp);
    const Ticket served = f.callNext(f.siti, f.loket1); // the lansia ticket
    REQUIRE(f.queue.start(f.siti, f.loket1, served.id).ok());
    REQUIRE(f.queue.finish(f.siti, f.loket1, served.id).ok());
    const Ticket atBudi = f.callNext(f.budi, f.loket2);
    f.clock.advanceSecs(40 * 60);
    REQUIRE(f.counters.pause(f.siti, f.loket1, QStringLiteral("istirahat")).ok());

    MonitorPage page(Session { f.t.db(), f.sari, &f.clock });
    QAbstractItemModelTester services(page.serviceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester counters(page.counterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester waiting(page.waitingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const ServiceLoadModel &s = *page.serviceModel();
    REQUIRE(s.rowCount() == 2); // IUMK is not offered
    const int ktp = rowOf(s, ServiceLoadModel::Service, QStringLiteral("A  KTP-el"));
    CHECK(cell(s, ktp, ServiceLoadModel::Waiting) == QLatin1String("1"));
    CHECK(cell(s, ktp, ServiceLoadModel::LongestWait) == QLatin1String("40 min")); // A-002, issued at 01.02
    CHECK(cell(s, ktp, ServiceLoadModel::OpenCounters) == QLatin1String("1")); // loket 1 is paused
    const int kk = rowOf(s, ServiceLoadModel::Service, QStringLiteral("B  Kartu Keluarga"));
    CHECK(cell(s, kk, ServiceLoadModel::Waiting) == QLatin1String("0"));
    CHECK(cell(s, kk, ServiceLoadModel::Served) == QLatin1String("1"));
    CHECK(cell(s, kk, ServiceLoadModel::OpenCounters) == QLatin1String("0"));

    const CounterStatusModel &c = *page.counterModel();
    REQUIRE(c.rowCount() == 3);
    CHECK(cell(c, 0, CounterStatusModel::State) == QLatin1String("Paused: istirahat"));
    CHECK(cell(c, 0, CounterStatusModel::Served) == QLatin1String("1"));
    CHECK(cell(c, 1, CounterStatusModel::Officer) == QLatin1String("Budi Santoso"));
    CHECK(cell(c, 1, CounterStatusModel::Current) == atBudi.number + QStringLiteral(" · called 40 min ago"));
    CHECK(cell(c, 2, CounterStatusModel::State) == QLatin1String("Closed"));

    CHECK(waitingNumbers(page) == QStringList { QStringLiteral("A-002") });

    // Live: a new ticket and a call reach the monitor without a refresh.
    page.show();
    f.issue(f.kk);
    CHECK(QTest::qWaitFor([&] { return page.waitingModel()->rowCount() == 2; }, 3000));
    CHECK(cell(s, kk, ServiceLoadModel::Waiting) == QLatin1String("1"));
}

TEST_CASE("the supervisor moves and cancels waiting tickets from the monitor")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.kk);
    MonitorPage page(Session { f.t.db(), f.sari, &f.clock });
    CHECK_FALSE(page.moveAction()->isEnabled()); // nothing selected yet

    select(page, QStringLiteral("A-001"));
    REQUIRE(page.moveAction()->isEnabled());
    answerNextDialog<TransferDialog>([&](TransferDialog &d) {
        const auto combos = d.findChildren<QComboBox *>();
        REQUIRE(combos.size() == 2);
        combos.at(0)->setCurrentIndex(combos.at(0)->findData(f.kk));
        combos.at(1)->setCurrentIndex(combos.at(1)->findData(f.loket3));
        d.accept();
    });
    page.moveAction()->trigger();
    const Ticket moved = f.queue.findTicket(QStringLiteral("A-001")).value();
    CHECK(moved.serviceId == f.kk);
    CHECK(moved.targetCounterId == f.loket3);
    CHECK(cell(*page.waitingModel(), page.waitingModel()->rowOfKey(moved.id), TicketListModel::Note)
        == QLatin1String("only loket 3"));
    CHECK(page.banner()->isHidden());

    select(page, QStringLiteral("A-002"));
    answerNextDialog<ReasonDialog>([](ReasonDialog &d) {
        d.findChild<QComboBox *>()->setEditText(QStringLiteral("warga sudah pulang"));
        d.accept();
    });
    page.cancelAction()->trigger();
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Cancelled);
    CHECK(waitingNumbers(page) == QStringList { QStringLiteral("A-001"), QStringLiteral("B-001") });

    // Served at a counter while the supervisor was deciding: the core refuses, the banner says why.
    select(page, QStringLiteral("B-001"));
    const Ticket b1 = f.queue.findTicket(QStringLiteral("B-001")).value();
    REQUIRE(f.queue.callTicket(f.siti, f.loket1, b1.id, QStringLiteral("janji")).ok());
    REQUIRE(f.queue.start(f.siti, f.loket1, b1.id).ok());
    REQUIRE(f.queue.finish(f.siti, f.loket1, b1.id).ok());
    answerNextDialog<ReasonDialog>([](ReasonDialog &d) {
        d.findChild<QComboBox *>()->setEditText(QStringLiteral("salah layanan"));
        d.accept();
    });
    page.cancelAction()->trigger();
    CHECK(page.banner()->isVisibleTo(&page));
    CHECK(page.banner()->text().contains(QStringLiteral("B-001")));
    CHECK(f.queue.findTicket(QStringLiteral("B-001"))->status == TicketStatus::Done);
}

TEST_CASE("in the main window the monitor's keys work though the counter page uses the same keys")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    const Session session { f.t.db(), f.sari, &f.clock };
    MainWindow window(session, QStringLiteral("Kecamatan Uji"));
    addPages(window, session);
    REQUIRE(window.pageIds().contains(QStringLiteral("counter"))); // a supervisor may serve too
    REQUIRE(window.showPage(QStringLiteral("monitor")));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = qobject_cast<MonitorPage *>(window.page(QStringLiteral("monitor")));
    REQUIRE(page);
    select(*page, QStringLiteral("A-001"));
    answerNextDialog<TransferDialog>([&](TransferDialog &d) {
        const auto combos = d.findChildren<QComboBox *>();
        combos.at(0)->setCurrentIndex(combos.at(0)->findData(f.kk));
        d.accept();
    });
    QTest::keyClick(page->waitingView(), Qt::Key_F7); // F7 is also "transfer" on the hidden counter page
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->serviceId == f.kk);
}

TEST_CASE("at 1366 x 768 the monitor shows whole service names and every column")
{
    test::QueueFixture f;
    for (const auto &[code, prefix, name] : { std::tuple { "SKD", "E", "Surat Keterangan Domisili" },
             std::tuple { "SKTM", "F", "Surat Keterangan Tidak Mampu" },
             std::tuple { "AW", "G", "Surat Keterangan Ahli Waris" } }) {
        f.t.exec(QStringLiteral("INSERT INTO services (code, prefix, name, target_minutes, sort_order) "
                                "VALUES ('%1', '%2', '%3', 15, 9)")
                     .arg(QLatin1String(code), QLatin1String(prefix), QLatin1String(name)));
    }
    MonitorPage page(Session { f.t.db(), f.sari, &f.clock });
    page.resize(1366 - 240, 768 - 60); // in the main window, beside its navigation
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTableView *view = page.servicesView();
    const QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        INFO("column " << column);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width() + 1);
    }
    QStringList shown;
    for (int row = 0; row < page.serviceModel()->rowCount(); ++row) {
        const QString text = cell(*page.serviceModel(), row, ServiceLoadModel::Service);
        shown << text;
        // The whole name fits in its cell, on as many lines as it needs.
        const QRect needed = view->fontMetrics().boundingRect(
            QRect(0, 0, header->sectionSize(ServiceLoadModel::Service) - 8, 10000), Qt::TextWordWrap, text);
        INFO(text.toStdString());
        CHECK(needed.height() <= view->rowHeight(row));
    }
    CHECK(shown.filter(QStringLiteral("Surat Keterangan")).size() == 3);
}
