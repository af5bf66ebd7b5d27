// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CounterActions.h"
#include "ui/counter/CounterBar.h"
#include "ui/counter/CounterPage.h"
#include "ui/counter/CounterWindow.h"
#include "ui/counter/CurrentTicketPanel.h"
#include "ui/queuekit/TicketListModel.h"
#include "ui/settings/CountersTab.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
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

TEST_CASE("a refusal shows in the message bar until its situation ends, and an empty line disables the call")
{
    test::QueueFixture f;
    CounterScreen s(f);

    CHECK_FALSE(s.page.actions()->callNext->isEnabled()); // nobody waiting
    s.press(Qt::Key_F1);
    CHECK(s.page.banner()->isHidden());

    f.issue(f.ktp);
    f.issue(f.ktp);
    s.page.refresh();
    s.press(Qt::Key_Space);
    CHECK(s.number() == QLatin1String("A-001"));
    CHECK(s.page.banner()->isHidden());
    // Called, not yet started: F1 would be refused, so it is disabled; F3 starts.
    CHECK_FALSE(s.page.actions()->callNext->isEnabled());
    CHECK(s.page.actions()->start->isEnabled());

    // Elsewhere, meanwhile: A-001 marked as not come, the counter paused. The
    // screen has not heard of it yet, so F3 is still offered; the core refuses.
    REQUIRE(f.queue.noShow(f.siti, f.loket1, f.queue.findTicket(QStringLiteral("A-001"))->id).ok());
    REQUIRE(f.counters.pause(f.sari, f.loket1, QStringLiteral("rapat")).ok());
    s.press(Qt::Key_F3);
    CHECK(s.page.bannerIsError());
    CHECK(s.page.banner()->isVisible());
    CHECK(s.page.banner()->text().contains(QStringLiteral("A-001")));
    CHECK(s.page.bar()->counter()->state == CounterState::Paused); // read again after the refusal
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Waiting);
    s.page.refresh();
    CHECK(s.page.banner()->isVisible()); // nothing has changed since

    // The counter opens again: that situation has ended, and so has the message.
    REQUIRE(f.counters.open(f.siti, f.loket1).ok());
    s.page.refresh();
    CHECK(s.page.banner()->isHidden());

    s.press(Qt::Key_F1);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, f.queue.findTicket(s.number())->id).ok());
    s.press(Qt::Key_F3);
    CHECK(s.page.bannerIsError());
    s.press(Qt::Key_Escape);
    CHECK(s.page.banner()->isHidden());
}

TEST_CASE("F1 while serving finishes the citizen and calls the next, and with nobody left the counter says so")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    CounterScreen s(f);
    s.press(Qt::Key_F1);
    s.press(Qt::Key_F3);
    REQUIRE(s.number() == QLatin1String("A-001"));
    CHECK(s.page.actions()->callNext->isEnabled());
    CHECK(s.page.actions()->callNext->text() == CounterActions::tr("Finish, call next"));

    f.clock.advanceSecs(6 * 60);
    s.page.currentPanel()->noteEdit()->setText(QStringLiteral("KTP-el dicetak"));
    s.press(Qt::Key_F1);
    const Ticket first = f.queue.findTicket(QStringLiteral("A-001")).value();
    CHECK(first.status == TicketStatus::Done);
    CHECK(first.note == QLatin1String("KTP-el dicetak"));
    CHECK(s.number() == QLatin1String("A-002"));
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Called);
    CHECK(s.page.currentPanel()->noteEdit()->text().isEmpty());
    CHECK(s.page.banner()->isHidden());

    s.press(Qt::Key_F3);
    s.press(Qt::Key_F1); // the last one
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Done);
    CHECK(s.number().isEmpty());
    CHECK(s.page.banner()->isVisible());
    CHECK_FALSE(s.page.bannerIsError());
    CHECK(s.page.banner()->text().contains(QStringLiteral("A-002")));
    CHECK(s.page.banner()->text().contains(QStringLiteral("No ticket is waiting")));
    CHECK_FALSE(s.page.actions()->callNext->isEnabled());

    // Five citizens take tickets at the kiosk: the message has had its day.
    for (int i = 0; i < 5; ++i)
        f.issue(f.ktp);
    CHECK(test::waitFor([&] { return s.page.waitingModel()->rowCount() == 5; }, 3000));
    CHECK(s.page.banner()->isHidden());
    CHECK(s.page.actions()->callNext->isEnabled());
}

TEST_CASE("the actions the queue would refuse are disabled, for the buttons and the F-keys alike")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    CounterScreen s(f);
    CounterActions &a = *s.page.actions();
    auto enabled = [&] {
        QStringList on;
        const QList<std::pair<const char *, QAction *>> all = { { "call", a.callNext }, { "recall", a.recall },
            { "start", a.start }, { "finish", a.finish }, { "noshow", a.noShow }, { "hold", a.hold },
            { "transfer", a.transfer }, { "selected", a.callSelected }, { "walkin", a.walkIn }, { "resume", a.resume },
            { "undo", a.undoNoShow } };
        for (const auto &[name, action] : all) {
            if (action->isEnabled())
                on << QString::fromLatin1(name);
        }
        return on.join(QLatin1Char(' '));
    };
    CHECK(enabled() == QLatin1String("call walkin"));
    s.page.waitingView()->selectRow(1);
    CHECK(enabled() == QLatin1String("call selected walkin"));

    s.press(Qt::Key_F1);
    CHECK(enabled() == QLatin1String("recall start noshow hold transfer"));
    s.press(Qt::Key_F4); // not offered: nothing happens
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Called);
    CHECK(s.page.banner()->isHidden());

    s.press(Qt::Key_F3);
    CHECK(enabled() == QLatin1String("call finish hold transfer"));
    s.press(Qt::Key_F5); // not offered once the citizen is served
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Serving);

    s.press(Qt::Key_F4);
    REQUIRE(f.counters.pause(f.siti, f.loket1, QStringLiteral("ishoma")).ok());
    s.page.refresh();
    CHECK(enabled().isEmpty()); // a paused counter calls nobody
}

TEST_CASE("a no-show can be taken back for a few seconds from the message bar or with Ctrl+Z")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    CounterScreen s(f);
    s.press(Qt::Key_F1);
    REQUIRE(s.number() == QLatin1String("A-001"));
    f.clock.advanceSecs(1);
    s.press(Qt::Key_F5);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::NoShow);
    MessageBar *bar = s.page.messageBar();
    CHECK(bar->kind() == MessageBar::Kind::Undo);
    CHECK(bar->label()->text().contains(QStringLiteral("A-001")));
    CHECK(bar->button()->isVisible());
    CHECK(bar->button()->text() == CounterPage::tr("Take back (%1)").arg(CounterPage::kUndoOfferSeconds));
    CHECK(s.page.actions()->undoNoShow->isEnabled());

    f.clock.advanceSecs(3);
    CHECK(test::waitFor(
        [&] {
            return bar->button()->text() == CounterPage::tr("Take back (%1)").arg(CounterPage::kUndoOfferSeconds - 3);
        },
        3000));
    s.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Called);
    CHECK(s.number() == QLatin1String("A-001"));
    CHECK(bar->kind() == MessageBar::Kind::None);
    CHECK(f.eventKinds(f.queue.findTicket(QStringLiteral("A-001"))->id).endsWith(QStringLiteral("undo_no_show")));

    // Marked again, and this time the offer runs out.
    s.press(Qt::Key_F5);
    REQUIRE(bar->kind() == MessageBar::Kind::Undo);
    f.clock.advanceSecs(CounterPage::kUndoOfferSeconds + 1);
    CHECK(test::waitFor([&] { return bar->kind() == MessageBar::Kind::None; }, 3000));
    CHECK_FALSE(s.page.actions()->undoNoShow->isEnabled());
    s.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::NoShow);

    // The button takes it back too, and calling the next ends the offer.
    s.press(Qt::Key_F1);
    REQUIRE(s.number() == QLatin1String("A-002"));
    s.press(Qt::Key_F5);
    QTest::mouseClick(bar->button(), Qt::LeftButton);
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Called);
}

TEST_CASE("messages appear in a space of their own: the screen below does not move")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    CounterScreen s(f);
    const QRect before = s.page.splitter()->geometry();
    s.press(Qt::Key_F1);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, f.queue.findTicket(s.number())->id).ok());
    s.press(Qt::Key_F3); // the screen had not heard: refused
    REQUIRE(s.page.bannerIsError());
    CHECK(s.page.splitter()->geometry() == before);
    s.press(Qt::Key_Escape);
    REQUIRE(s.page.banner()->isHidden());
    CHECK(s.page.splitter()->geometry() == before);
}

TEST_CASE("with start on call set in Settings, one key serves each citizen")
{
    test::QueueFixture f;
    CountersTab tab(Session { f.t.db(), f.admin, &f.clock });
    REQUIRE_FALSE(tab.startOnCallBox()->isChecked());
    tab.startOnCallBox()->setChecked(true);
    CHECK(SettingsStore(f.t.db()).boolValue(QLatin1String(SettingKey::QueueStartOnCall)));

    f.issue(f.ktp);
    f.issue(f.ktp);
    CounterScreen s(f);
    s.press(Qt::Key_F1);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Serving);
    CHECK(s.page.actions()->noShow->isEnabled()); // nobody has seen the citizen yet
    f.clock.advanceSecs(5 * 60);
    s.press(Qt::Key_F1);
    CHECK(f.queue.findTicket(QStringLiteral("A-001"))->status == TicketStatus::Done);
    CHECK(f.queue.findTicket(QStringLiteral("A-002"))->status == TicketStatus::Serving);
    CHECK(s.number() == QLatin1String("A-002"));
}

TEST_CASE("an officer at one counter in two windows is warned in both until one closes")
{
    test::QueueFixture f;
    auto first = std::make_unique<CounterScreen>(f);
    CHECK(first->page.banner()->isHidden());
    CounterPage second(Session { f.t.db(), f.siti, &f.clock });
    second.show();
    CHECK(second.banner()->isVisible());
    CHECK(second.banner()->text().contains(QStringLiteral("another Loket window")));
    CHECK(test::waitFor([&] { return first->page.banner()->isVisible(); }, 3000));

    first.reset(); // the first window closes
    CHECK(test::waitFor([&] { return second.banner()->isHidden(); }, 3000));
}

TEST_CASE("an officer signing in before opening time is told when the office opens")
{
    test::QueueFixture f;
    f.clock.set(QDateTime(QDate(2026, 11, 22), QTime(23, 45), Qt::UTC)); // Monday 06.45 WIB
    CounterPage page(Session { f.t.db(), f.ani, &f.clock });
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QComboBox *combo = page.bar()->findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findData(f.loket3));
    Q_EMIT combo->activated(combo->currentIndex());
    QTest::keyClick(&page, Qt::Key_I, Qt::ControlModifier);
    REQUIRE(page.bar()->signedInHere());
    CHECK(page.banner()->isVisible());
    CHECK(page.banner()->text().contains(QStringLiteral("opens at 07.30")));

    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(0, 31), Qt::UTC)); // 07.31: open now
    page.refresh();
    CHECK(page.banner()->isHidden());
}

TEST_CASE("at 1366 x 768 every column of the waiting and held lists is in sight")
{
    test::QueueFixture f;
    for (int i = 0; i < 14; ++i)
        f.issue(i % 3 == 0 ? f.kk : f.ktp, i % 4 == 0 ? f.lansia : 0);
    f.clock.advanceSecs(65 * 60);
    const Ticket held = f.callNext(f.siti, f.loket1);
    REQUIRE(f.queue.hold(f.siti, f.loket1, held.id, QStringLiteral("fotokopi")).ok());
    CounterPage page(Session { f.t.db(), f.siti, &f.clock });
    page.resize(1366 - 240, 768 - 60); // in the main window, beside its navigation
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    for (QTableView *view : { page.waitingView(), page.heldView() }) {
        const QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            INFO("column " << column);
            CHECK(header->sectionViewportPosition(column) >= 0);
            CHECK(
                header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width() + 1);
            CHECK(header->sectionSize(column) >= 28);
        }
        // The waiting time is never shortened.
        const int waited = header->sectionSize(TicketListModel::Waited);
        CHECK(waited >= view->fontMetrics().horizontalAdvance(QStringLiteral("1 h 05 min")));
    }
}

TEST_CASE("the counter PC's window fits a 1366 x 768 screen with its taskbar, a citizen at the counter and a "
          "message shown")
{
    test::QueueFixture f;
    f.issue(f.kk);
    f.issue(f.ktp);
    CounterWindow window(Session { f.t.db(), f.siti, &f.clock }, QStringLiteral("Kecamatan Uji"));
    window.resize(1366, 728);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    REQUIRE(test::waitFor([&] { return f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'called'")) == 1; }, 3000));
    QTest::keyClick(&window, Qt::Key_F8); // refused: a message in the bar
    const int needed = window.minimumSizeHint().height();
    INFO("the window needs " << needed << " px");
    CHECK(needed <= 728); // the server's banner, when shown, is in the top bar
    CHECK(window.minimumSizeHint().width() <= 1366);
    // The day's figures are in sight, whole.
    const auto *footer = window.page()->findChild<QLabel *>(QStringLiteral("counterFooter"));
    REQUIRE(footer != nullptr);
    CHECK(footer->isVisibleTo(&window));
    CHECK(footer->text().contains(QStringLiteral("Whole office")));
    const QRect shown = footer->rect().translated(footer->mapTo(&window, QPoint(0, 0)));
    INFO("footer at " << shown.y() << " + " << shown.height() << ", needs " << footer->heightForWidth(footer->width()));
    CHECK(shown.bottom() < window.height());
    CHECK(shown.height() >= footer->heightForWidth(footer->width()));
    CHECK(shown.height() <= footer->heightForWidth(footer->width()) + 8); // no gap above the figures
    CHECK(window.height() <= 728);
    // In the main window the page sits below its title bar, beside the navigation, with the banner above it.
    CHECK(window.page()->minimumSizeHint().height() <= 768 - 60 - 40);
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
    CHECK_FALSE(s.page.actions()->callNext->isEnabled()); // a paused counter calls nobody
}

TEST_CASE("the counter chosen last on this PC is offered again and Ctrl+O opens it")
{
    test::QueueFixture f;
    f.issue(f.kk); // loket 3 serves KK
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
