// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskHours.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/kiosk/PrinterStatus.h"
#include "core/printing/EscPosDecoder.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskTicketPage.h"
#include "ui/kiosk/KioskWindow.h"
#include "translations/Language.h"
#include "ui/printing/PrinterSettingsTab.h"
#include "ui/printing/TicketPrinter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

void usePrinter(QueueFixture &f, const PrinterSettings &s)
{
    REQUIRE(s.save(f.admin, f.t.db(), f.clock).ok());
}

// A port on this computer where nothing listens: connecting is refused at once.
quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Idle screen → KTP → the priority question → the chosen line.
void takeTicket(KioskWindow &kiosk, const QString &serviceCode, const QString &priorityCode = {})
{
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    REQUIRE(kiosk.page() == KioskWindow::Page::Services);
    KioskButton *service = kiosk.servicePage()->buttonFor(serviceCode);
    REQUIRE(service != nullptr);
    QTest::mouseClick(service, Qt::LeftButton);
    REQUIRE(kiosk.page() == KioskWindow::Page::Priority);
    KioskButton *choice = priorityCode.isEmpty() ? kiosk.priorityPage()->regularButton()
                                                 : kiosk.priorityPage()->buttonFor(priorityCode);
    REQUIRE(choice != nullptr);
    QTest::mouseClick(choice, Qt::LeftButton);
}

} // namespace

TEST_CASE("the kiosk issues a ticket on a button click, shows the number and prints it")
{
    QueueFixture f;
    QTemporaryDir pdfs;
    PrinterSettings printer;
    printer.kind = PrinterKind::Pdf;
    printer.pdfFolder = pdfs.path();
    usePrinter(f, printer);
    f.issue(f.ktp); // one citizen already waits

    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    REQUIRE(kiosk.page() == KioskWindow::Page::Idle);
    QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);

    takeTicket(kiosk, QStringLiteral("KTP"));

    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(kiosk.ticketPage()->numberText() == QStringLiteral("A-002"));
    CHECK(kiosk.ticketPage()->detailsText().contains(QStringLiteral("KTP-el")));
    CHECK(kiosk.ticketPage()->detailsText().contains(QStringLiteral("People ahead of you: 1")));
    REQUIRE(kiosk.lastTicket().has_value());
    CHECK_FALSE(kiosk.lastTicket()->isPriority());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE number = 'A-002' AND channel = 'kiosk'")) == 1);

    REQUIRE(printed.wait(5000));
    CHECK(printed.first().at(0).toBool());
    CHECK(QFile::exists(QDir(pdfs.path()).filePath(QStringLiteral("tiket-2026-11-23-A-002.pdf"))));
    CHECK(kiosk.ticketPage()->printText().contains(QStringLiteral("take your ticket")));
    CHECK_FALSE(kiosk.bannerVisible());
}

TEST_CASE("the kiosk records the priority reason the citizen touches")
{
    QueueFixture f;
    PrinterSettings none;
    none.kind = PrinterKind::None;
    usePrinter(f, none);
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();

    takeTicket(kiosk, QStringLiteral("KK"), QStringLiteral("lansia"));

    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(kiosk.ticketPage()->numberText() == QStringLiteral("B-001"));
    REQUIRE(kiosk.lastTicket().has_value());
    CHECK(kiosk.lastTicket()->priorityReasonId == f.lansia);
    // Without a printer the citizen is asked to remember the number, and no banner alarms anyone.
    CHECK(kiosk.ticketPage()->printText().contains(QStringLiteral("remember your number")));
    CHECK_FALSE(kiosk.bannerVisible());
}

TEST_CASE("a printer that refuses the connection: the ticket is still issued and shown, with a banner")
{
    QueueFixture f;
    PrinterSettings off;
    off.kind = PrinterKind::EscPosNetwork;
    off.host = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    usePrinter(f, off);
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);

    takeTicket(kiosk, QStringLiteral("KTP"));

    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(kiosk.ticketPage()->numberText() == QStringLiteral("A-001"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
    REQUIRE(printed.wait(5000));
    CHECK_FALSE(printed.first().at(0).toBool());
    CHECK(kiosk.bannerVisible());
    // The public reads plain words; the technician's detail is kept for staff.
    CHECK_FALSE(kiosk.bannerText().contains(QStringLiteral("127.0.0.1")));
    CHECK(kiosk.ticketPage()->printText().contains(QStringLiteral("A-001")));
    auto problem = PrinterStatus::lastProblem(f.t.db());
    REQUIRE(problem.has_value());
    CHECK(problem->detail.contains(QStringLiteral("cannot be reached")));
    CHECK(kiosk.ticketPage()->reprintButton()->isVisibleTo(&kiosk));
}

TEST_CASE("a missing printer device: the ticket is still issued and shown, with a banner")
{
    QueueFixture f;
    PrinterSettings missing;
    missing.kind = PrinterKind::EscPosDevice;
    missing.device = QStringLiteral("/dev/usb/lp-loket-test-missing");
    usePrinter(f, missing);
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);

    takeTicket(kiosk, QStringLiteral("KTP"));

    CHECK(kiosk.ticketPage()->numberText() == QStringLiteral("A-001"));
    REQUIRE(printed.wait(5000));
    CHECK_FALSE(printed.first().at(0).toBool());
    CHECK(kiosk.bannerVisible());
    // Nothing a citizen cannot act on: no device file, no cable.
    for (const QString &shown : { kiosk.bannerText(), kiosk.ticketPage()->printText() }) {
        INFO(shown.toStdString());
        CHECK_FALSE(shown.contains(QStringLiteral("/dev")));
        CHECK_FALSE(shown.contains(QStringLiteral("USB")));
    }
    CHECK(kiosk.ticketPage()->printText().contains(
        QStringLiteral("The ticket could not be printed, please note your number.")));
    CHECK(kiosk.ticketPage()->printText().contains(QStringLiteral("A-001")));
    // Staff find the detail in the printer settings.
    auto problem = PrinterStatus::lastProblem(f.t.db());
    REQUIRE(problem.has_value());
    CHECK(problem->detail.contains(QStringLiteral("/dev/usb/lp-loket-test-missing")));
    CHECK(problem->detail.contains(QStringLiteral("not connected")));
    Session session { f.t.db(), f.admin, &f.clock };
    PrinterSettingsTab tab(session);
    CHECK(tab.problemText().contains(QStringLiteral("/dev/usb/lp-loket-test-missing")));
}

TEST_CASE("the kiosk goes back to its idle screen after showing the ticket and after an abandoned choice")
{
    QueueFixture f;
    PrinterSettings none;
    none.kind = PrinterKind::None;
    usePrinter(f, none);
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.setTicketSeconds(1);
    kiosk.setInactivitySeconds(1);

    takeTicket(kiosk, QStringLiteral("KTP"));
    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(waitFor([&] { return kiosk.page() == KioskWindow::Page::Idle; }, 4000));

    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    REQUIRE(kiosk.page() == KioskWindow::Page::Services);
    CHECK(waitFor([&] { return kiosk.page() == KioskWindow::Page::Idle; }, 4000));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
}

TEST_CASE("a service closed while the citizen chooses is refused with a message, and no ticket is made")
{
    QueueFixture f;
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    KioskButton *ktp = kiosk.servicePage()->buttonFor(QStringLiteral("KTP"));
    REQUIRE(ktp != nullptr);
    QTest::mouseClick(ktp, Qt::LeftButton);
    f.t.exec(QStringLiteral("UPDATE services SET active = FALSE WHERE code = 'KTP'"));
    QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);

    CHECK(kiosk.page() == KioskWindow::Page::Services);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 0);
    CHECK(kiosk.servicePage()->buttonFor(QStringLiteral("KTP")) == nullptr);
    CHECK(kiosk.servicePage()->findChild<QLabel *>(QStringLiteral("kioskError"))->isVisibleTo(&kiosk));
}

TEST_CASE("outside the opening hours the kiosk says when it opens again and issues nothing")
{
    QueueFixture f;
    PrinterSettings none;
    none.kind = PrinterKind::None;
    usePrinter(f, none);
    // Friday 27 November 2026, 23.30 WIB: the office opens again on Monday.
    f.clock.set(QDateTime(QDate(2026, 11, 27), QTime(16, 30), Qt::UTC));
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();

    CHECK_FALSE(kiosk.opening().open);
    CHECK(kiosk.idlePage()->isClosed());
    CHECK(kiosk.idlePage()->inviteText().contains(QStringLiteral("Service has closed")));
    CHECK(kiosk.idlePage()->inviteText().contains(QStringLiteral("Opens again Monday, 07:30")));
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    CHECK(kiosk.page() == KioskWindow::Page::Idle);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 0);

    // Monday 07.30: open again, without a restart.
    f.clock.set(QDateTime(QDate(2026, 11, 30), QTime(0, 30), Qt::UTC));
    kiosk.checkHours();
    CHECK(kiosk.opening().open);
    CHECK_FALSE(kiosk.idlePage()->isClosed());
    takeTicket(kiosk, QStringLiteral("KTP"));
    CHECK(kiosk.page() == KioskWindow::Page::Ticket);

    // A choice begun at 15.59 and finished at 16.00 is refused by core and ends on the closed screen.
    f.clock.set(QDateTime(QDate(2026, 11, 30), QTime(8, 59), Qt::UTC));
    kiosk.showIdle();
    kiosk.checkHours();
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    REQUIRE(kiosk.page() == KioskWindow::Page::Services);
    QTest::mouseClick(kiosk.servicePage()->buttonFor(QStringLiteral("KK")), Qt::LeftButton);
    REQUIRE(kiosk.page() == KioskWindow::Page::Priority);
    f.clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);
    CHECK(kiosk.page() == KioskWindow::Page::Idle);
    CHECK(kiosk.idlePage()->isClosed());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 1);
}

TEST_CASE("a citizen may switch the kiosk to the other language, and it returns when idle")
{
    QueueFixture f;
    PrinterSettings none;
    none.kind = PrinterKind::None;
    usePrinter(f, none);
    installLanguage(QStringLiteral("id"));
    {
        KioskWindow kiosk(f.t.db(), f.clock);
        kiosk.resize(1366, 768);
        kiosk.show();
        REQUIRE(kiosk.languageButton()->isVisibleTo(&kiosk));
        CHECK(kiosk.languageButton()->text() == QStringLiteral("English"));
        const QString indonesian = kiosk.idlePage()->inviteText();
        CHECK(indonesian.contains(QStringLiteral("Sentuh")));

        QTest::mouseClick(kiosk.languageButton(), Qt::LeftButton);
        CHECK(currentLanguage() == QStringLiteral("en"));
        CHECK(kiosk.languageButton()->text() == QStringLiteral("Bahasa Indonesia"));
        CHECK(kiosk.idlePage()->inviteText().contains(QStringLiteral("Touch the screen")));
        QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
        REQUIRE(kiosk.page() == KioskWindow::Page::Services);
        CHECK(kiosk.servicePage()->findChild<QLabel *>(QStringLiteral("kioskTitle"))->text()
            == QStringLiteral("Choose a service"));

        kiosk.showIdle(); // the citizen walks away
        CHECK(currentLanguage() == QStringLiteral("id"));
        CHECK(kiosk.idlePage()->inviteText() == indonesian);
    }
    installLanguage(QStringLiteral("en"));
}

TEST_CASE("a priority ticket shows its priority on the kiosk's screen")
{
    QueueFixture f;
    PrinterSettings none;
    none.kind = PrinterKind::None;
    usePrinter(f, none);
    KioskWindow kiosk(f.t.db(), f.clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    takeTicket(kiosk, QStringLiteral("KTP"), QStringLiteral("lansia"));
    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(kiosk.ticketPage()->detailsText().contains(QStringLiteral("PRIORITY — Lansia (60+)")));
}
