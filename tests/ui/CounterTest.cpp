// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"
#include "ui/counter/CounterActions.h"
#include "ui/counter/CounterBar.h"
#include "ui/counter/CounterPage.h"
#include "ui/counter/CurrentTicketPanel.h"
#include "ui/counter/ReasonDialog.h"
#include "ui/counter/TicketListModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace loket;
using namespace loket::ui;

namespace {

// The page as Siti sees it at loket 1, shown and active so its keys work.
struct CounterScreen {
    explicit CounterScreen(test::QueueFixture &f)
        : page(Session { f.t.db(), f.siti, &f.clock })
    {
        page.resize(1100, 760);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(&page, key, modifiers);
    }
    QString number() const { return page.currentPanel()->numberText(); }

    CounterPage page;
};

QStringList numbers(const TicketListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, TicketListModel::Number), Qt::DisplayRole).toString();
    return out;
}

Ticket ticketAt(int id, const QString &number, qint64 serviceId = 1)
{
    Ticket t;
    t.id = id;
    t.number = number;
    t.serviceId = serviceId;
    t.issuedServiceId = serviceId;
    t.serviceName = QStringLiteral("KTP-el");
    t.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC).addSecs(60 * id);
    return t;
}

} // namespace

TEST_CASE("the counter page lists the line in calling order and calls the next ticket on F1")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    f.issue(f.kk, f.lansia);
    f.clock.advanceSecs(600);
    CounterScreen s(f);

    CHECK(s.page.bar()->signedInHere());
    // The lansia ticket goes first by the fairness rule.
    CHECK(numbers(*s.page.waitingModel()) == QStringList { QStringLiteral("B-001"), QStringLiteral("A-001") });
    CHECK(s.page.waitingModel()->data(s.page.waitingModel()->index(0, TicketListModel::Waited), Qt::DisplayRole)
        == QStringLiteral("10 min"));
    CHECK(s.number().isEmpty());

    s.press(Qt::Key_F1);
    CHECK(s.number() == QLatin1String("B-001"));
    CHECK(f.queue.findTicket(QStringLiteral("B-001"))->status == TicketStatus::Called);
    CHECK(numbers(*s.page.waitingModel()) == QStringList { QStringLiteral("A-001") });
    CHECK(s.page.actions()->start->isEnabled());
    CHECK_FALSE(s.page.actions()->finish->isEnabled());
    CHECK(s.page.banner()->isHidden());
}

TEST_CASE("starting and finishing on F3 and F4 keeps the note and clears the counter")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    CounterScreen s(f);
    s.press(Qt::Key_F1);
    REQUIRE(s.number() == QLatin1String("A-001"));
    s.press(Qt::Key_F3);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Serving);
    CHECK(s.page.actions()->finish->isEnabled());

    f.clock.advanceSecs(7 * 60);
    s.page.currentPanel()->noteEdit()->setText(QStringLiteral("KTP-el dicetak"));
    s.press(Qt::Key_F4);
    const Ticket done = f.queue.findTicket(QStringLiteral("A-001")).value();
    CHECK(done.status == TicketStatus::Done);
    CHECK(done.note == QLatin1String("KTP-el dicetak"));
    CHECK_FALSE(s.page.currentPanel()->ticket().has_value());
    CHECK(s.number().isEmpty());
    CHECK(s.page.currentPanel()->noteEdit()->text().isEmpty());
}

TEST_CASE("a refusal from the queue shows the banner and an empty line is only a calm message")
{
    test::QueueFixture f;
    CounterScreen s(f);

    s.press(Qt::Key_F1);
    CHECK(s.page.banner()->isVisible());
    CHECK_FALSE(s.page.bannerIsError());
    CHECK(s.page.banner()->text().contains(QStringLiteral("No ticket is waiting")));

    f.issue(f.ktp);
    f.issue(f.ktp);
    s.page.refresh();
    s.press(Qt::Key_Space);
    CHECK(s.number() == QLatin1String("A-001"));
    CHECK(s.page.banner()->isHidden());

    // The counter is busy: the core refuses and says what to do.
    s.press(Qt::Key_F1);
    CHECK(s.page.banner()->isVisible());
    CHECK(s.page.bannerIsError());
    CHECK(s.page.banner()->text().contains(QStringLiteral("still busy with ticket A-001")));
    CHECK(s.number() == QLatin1String("A-001"));

    // A supervisor paused the counter meanwhile; the screen has not heard of it yet.
    REQUIRE(f.queue.noShow(f.siti, f.loket1, f.queue.findTicket(QStringLiteral("A-001"))->id).ok());
    REQUIRE(f.counters.pause(f.sari, f.loket1, QStringLiteral("rapat")).ok());
    s.press(Qt::Key_F1);
    CHECK(s.page.bannerIsError());
    CHECK(s.page.banner()->text().contains(QStringLiteral("paused")));
    CHECK(s.page.bar()->counter()->state == CounterState::Paused); // read again after the refusal
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Waiting);

    s.press(Qt::Key_Escape);
    CHECK(s.page.banner()->isHidden());
}

TEST_CASE("held tickets are listed apart and resumed with Shift+F6")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.kk);
    CounterScreen s(f);
    s.press(Qt::Key_F1);
    const Ticket held = f.queue.findTicket(s.number()).value();
    REQUIRE(f.queue.hold(f.siti, f.loket1, held.id, QStringLiteral("fotokopi")).ok());
    s.page.refresh();
    CHECK(numbers(*s.page.heldModel()) == QStringList { held.number });
    CHECK_FALSE(numbers(*s.page.waitingModel()).contains(held.number));
    CHECK(s.number().isEmpty());

    s.press(Qt::Key_F6, Qt::ShiftModifier);
    CHECK(s.number() == held.number);
    CHECK(s.page.heldModel()->rowCount() == 0);
}

TEST_CASE("the waiting list keeps the selected ticket selected when the line changes")
{
    test::QueueFixture f;
    for (int i = 0; i < 4; ++i)
        f.issue(f.ktp);
    CounterScreen s(f);
    QTableView *view = s.page.waitingView();
    view->selectRow(2);
    const QString chosen = s.page.waitingModel()->rowAt(2).number;
    REQUIRE(chosen == QLatin1String("A-003"));

    auto selectedNumber = [&] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.size() == 1 ? s.page.waitingModel()->rowAt(rows.first().row()).number : QString();
    };
    f.issue(f.ktp, f.lansia); // a priority ticket goes to the top
    s.page.refresh();
    CHECK(s.page.waitingModel()->rowAt(0).number == QLatin1String("A-005"));
    CHECK(selectedNumber() == chosen);

    REQUIRE(f.queue.callNext(f.budi, f.loket2).ok()); // loket 2 takes A-005
    f.issue(f.kk);
    s.page.refresh();
    CHECK(s.page.waitingModel()->rowCount() == 5);
    CHECK(selectedNumber() == chosen);
}

TEST_CASE("the counter page follows changes made elsewhere without being asked")
{
    test::QueueFixture f;
    CounterScreen s(f);
    REQUIRE(s.page.waitingModel()->rowCount() == 0);
    f.issue(f.ktp); // as the kiosk would, through its own writes
    CHECK(QTest::qWaitFor([&] { return s.page.waitingModel()->rowCount() == 1; }, 3000));
    REQUIRE(f.counters.pause(f.sari, f.loket1, QStringLiteral("rapat")).ok());
    CHECK(QTest::qWaitFor([&] { return s.page.bar()->counter()->state == CounterState::Paused; }, 3000));
    CHECK(s.page.actions()->callNext->isEnabled()); // F1 still answers, if only to say why not
}

TEST_CASE("the counter chosen last on this PC is offered again and Ctrl+O opens it")
{
    test::QueueFixture f;
    QSettings(QStringLiteral("Loket"), QCoreApplication::applicationName())
        .setValue(CounterBar::settingsKey(), f.loket3);
    CounterPage page(Session { f.t.db(), f.ani, &f.clock });
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(page.bar()->counterId() == f.loket3);
    CHECK_FALSE(page.bar()->signedInHere());
    CHECK_FALSE(page.actions()->callNext->isEnabled());

    QTest::keyClick(&page, Qt::Key_O, Qt::ControlModifier);
    CHECK(page.bar()->signedInHere());
    CHECK(page.bar()->counter()->state == CounterState::Open);
    CHECK(page.actions()->callNext->isEnabled());
    CHECK(f.counters.counter(f.loket3)->officerId == f.ani.userId);

    // Pausing needs a reason; the bar asks for it.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QComboBox *>()->setEditText(QStringLiteral("ishoma"));
        dialog->accept();
    });
    QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
    CHECK(f.counters.counter(f.loket3)->state == CounterState::Paused);
    CHECK(f.counters.counter(f.loket3)->stateReason == QLatin1String("ishoma"));
    QSettings(QStringLiteral("Loket"), QCoreApplication::applicationName()).remove(CounterBar::settingsKey());
}

TEST_CASE("the ticket list model passes the model tester through inserts, moves and removals")
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Ticket a = ticketAt(1, QStringLiteral("A-001")), b = ticketAt(2, QStringLiteral("A-002")),
                 c = ticketAt(3, QStringLiteral("A-003")), d = ticketAt(4, QStringLiteral("A-004"));
    model.setNow(QDateTime(QDate(2026, 11, 23), QTime(1, 30), Qt::UTC));
    model.setTickets({ a, b, c });
    const QPersistentModelIndex kept = model.index(1, TicketListModel::Number);
    model.setTickets({ b, c, d });
    CHECK(numbers(model) == QStringList { QStringLiteral("A-002"), QStringLiteral("A-003"), QStringLiteral("A-004") });
    model.setTickets({ d, a, c, b });
    CHECK(numbers(model)
        == QStringList {
            QStringLiteral("A-004"), QStringLiteral("A-001"), QStringLiteral("A-003"), QStringLiteral("A-002") });
    CHECK(kept.isValid());
    CHECK(kept.data().toString() == QLatin1String("A-002")); // the selection follows the ticket
    CHECK(model.data(model.index(0, TicketListModel::Position), Qt::DisplayRole).toInt() == 1);
    CHECK(model.data(model.index(1, TicketListModel::Waited), Qt::DisplayRole).toString() == QLatin1String("29 min"));
    model.setNow(QDateTime(QDate(2026, 11, 23), QTime(2, 30), Qt::UTC));
    CHECK(
        model.data(model.index(1, TicketListModel::Waited), Qt::DisplayRole).toString() == QLatin1String("1 h 29 min"));
    model.setTickets({});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(kept.isValid());
}
