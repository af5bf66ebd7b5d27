// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The screens of an office on a server while the server is stopped and
// started again under them, and while the cable of their PC is pulled: on the
// tests' throwaway cluster, alone (the restart takes the server away from
// every other test: RUN_SERIAL), in Indonesian.
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/core/server/ServerFixture.h"
#include "tests/support/CableProxy.h"
#include "tests/ui/WaitFor.h"
#include "translations/Language.h"
#include "ui/board/BoardWindow.h"
#include "ui/board/CallPanel.h"
#include "ui/common/ConnectionBanner.h"
#include "ui/common/MessageBar.h"
#include "ui/counter/CounterPage.h"
#include "ui/counter/CounterWindow.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskTicketPage.h"
#include "ui/kiosk/KioskWindow.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

// The kiosk's language for the length of a test; English again afterwards,
// as the other widget tests expect.
struct Indonesian {
    Indonesian() { installLanguage(QStringLiteral("id")); }
    ~Indonesian() { installLanguage(QStringLiteral("en")); }
};

// The longest the event loop went without running a 20 ms timer: how long a
// screen could not be touched.
class Stall : public QObject {
public:
    Stall()
    {
        m_since.start();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_since.restart());
        });
        m_timer.start(20);
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

// Idle screen → a service → "no priority", as a citizen taps, as far as the
// kiosk lets them: without the server it may not offer the services at all.
void tapTicket(KioskWindow &kiosk, const QString &serviceCode)
{
    if (kiosk.page() == KioskWindow::Page::Idle)
        QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(50, 50));
    KioskButton *service = kiosk.servicePage()->buttonFor(serviceCode);
    if (!service)
        return;
    QTest::mouseClick(service, Qt::LeftButton);
    if (kiosk.page() == KioskWindow::Page::Priority)
        QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);
}

// Working again: the next citizen's tap is one ticket, `number`; the officer's
// F1 calls `called`, and the board shows it.
void ticketAndCall(KioskWindow &kiosk, CounterWindow &counter, BoardWindow &board, ManualClock &clock,
                   const QString &number, const QString &called)
{
    clock.advanceSecs(30);
    tapTicket(kiosk, QStringLiteral("KTP"));
    REQUIRE(kiosk.page() == KioskWindow::Page::Ticket);
    CHECK(kiosk.ticketPage()->numberText() == number);
    QTest::keyClick(&counter, Qt::Key_F1);
    CHECK(counter.page()->messageBar()->kind() != MessageBar::Kind::Error);
    CHECK(waitFor([&] { return board.callPanel()->numberText() == called; }, 5000));
}

bool shown(const QWidget &screen)
{
    const auto *banner = screen.findChild<ConnectionBanner *>();
    return banner && banner->isVisibleTo(&screen);
}

} // namespace

TEST_CASE("the server restarted under the kiosk, the board and a counter: each says so in Indonesian, a tap issues "
          "nothing, and all go on by themselves")
{
    REQUIRE(test::onServer());
    const QString cluster = qEnvironmentVariable("LOKET_TEST_PG_DIR", QStringLiteral(LOKET_TEST_PG_DIR));
    REQUIRE(QFileInfo::exists(cluster + QStringLiteral("/data/postmaster.pid")));
    Indonesian language;
    QueueFixture f;
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BoardVoice), false).ok());
    f.issue(f.ktp); // A-001 waits

    KioskWindow kiosk(f.t.db(), f.clock);
    BoardWindow board(f.t.db(), f.clock);
    CounterWindow counter(Session { f.t.db(), f.siti, &f.clock }, QStringLiteral("Kecamatan Uji"));
    for (QWidget *w : std::initializer_list<QWidget *> { &kiosk, &board, &counter }) {
        w->resize(1366, 768);
        w->show();
    }
    REQUIRE(waitFor([&] { return board.callPanel()->numberText() == QStringLiteral("–"); }, 3000));
    CHECK_FALSE(shown(kiosk));
    CHECK_FALSE(shown(board));
    CHECK_FALSE(shown(counter));

    QProcess restart; // down for four seconds
    restart.start(QStringLiteral(LOKET_SOURCE_DIR "/scripts/pg-cluster"),
                  { QStringLiteral("restart"), cluster, QStringLiteral("4") });
    REQUIRE(restart.waitForStarted());
    Stall stall;

    // Every screen says so, in words a citizen and an officer read.
    REQUIRE(waitFor([&] { return shown(kiosk) && shown(board) && shown(counter); }, 10000));
    for (QWidget *w : std::initializer_list<QWidget *> { &kiosk, &board, &counter })
        CHECK(w->findChild<ConnectionBanner *>()->text() == QStringLiteral("Koneksi ke server terputus — mencoba lagi…"));

    // A tap at the kiosk is refused with a message and issues nothing.
    tapTicket(kiosk, QStringLiteral("KTP"));
    CHECK(kiosk.page() != KioskWindow::Page::Ticket);
    const auto *kioskError = kiosk.servicePage()->findChild<QLabel *>(QStringLiteral("kioskError"));
    REQUIRE(kioskError != nullptr);
    CHECK(kioskError->isVisibleTo(&kiosk));
    CHECK(kioskError->text().startsWith(QStringLiteral("Tiket tidak diterbitkan: koneksi ke server terputus")));
    CHECK_FALSE(kiosk.lastTicket().has_value());

    // The officer's call is refused in words too, and calls nobody.
    f.clock.advanceSecs(30);
    QTest::keyClick(&counter, Qt::Key_F1);
    MessageBar *bar = counter.page()->messageBar();
    CHECK(bar->kind() == MessageBar::Kind::Error);
    INFO(bar->label()->text().toStdString());
    CHECK(bar->label()->text().contains(QStringLiteral("terputus")));
    CHECK_FALSE(bar->label()->text().contains(QStringLiteral("QPSQL")));

    REQUIRE(waitFor([&] { return restart.state() == QProcess::NotRunning; }, 60000));
    REQUIRE(restart.exitCode() == 0);
    // Back by themselves, nobody touching anything.
    REQUIRE(waitFor([&] { return !shown(kiosk) && !shown(board) && !shown(counter); }, 15000));
    CHECK(stall.longestMs() < 3000); // the screens stayed alive through the outage
    CHECK_FALSE(kioskError->isVisibleTo(&kiosk)); // no word of the outage left for the next citizen

    // And work: the next tap is one ticket, the next call reaches the board.
    ticketAndCall(kiosk, counter, board, f.clock, QStringLiteral("A-002"), QStringLiteral("A-001"));

    ServerConnection peer(f.t.path());
    REQUIRE(peer.isOpen());
    CHECK(peer.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 2); // nothing from the outage
    CHECK(peer.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'call'")).toInt() == 1);
    f.t.db()->closeThreadConnection();
}

TEST_CASE("the cable of the PC that runs the kiosk, the board and a counter pulled: each says so, taps and keys are "
          "refused at once, the clocks never stop, and all go on when it is in again")
{
    REQUIRE(test::onServer());
    Indonesian language;
    QueueFixture f; // the other PCs of the office, on the server directly
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BoardVoice), false).ok());
    f.issue(f.ktp); // wait
    f.issue(f.ktp);
    const QUrl server(f.t.path());
    CableProxy cable(server.host(), static_cast<quint16>(server.port(5432)));
    auto opened = Database::open(cable.through(f.t.path()));
    REQUIRE(opened.ok());
    DatabasePtr pc = opened.value();

    KioskWindow kiosk(pc, f.clock);
    BoardWindow board(pc, f.clock);
    CounterWindow counter(Session { pc, f.siti, &f.clock }, QStringLiteral("Kecamatan Uji"));
    for (QWidget *w : std::initializer_list<QWidget *> { &kiosk, &board, &counter }) {
        w->resize(1366, 768);
        w->show();
    }
    REQUIRE(waitFor([&] { return board.callPanel()->numberText() == QStringLiteral("–"); }, 3000));
    // The kiosk's first printer check answers and is kept in the settings: a
    // statement sent after the cable is out and before the feed has seen it
    // (up to 5 s) waits for the network — on a real cable until the TCP
    // timeout (5 s), on this relay, as on a hung server, until it is back.
    waitFor([] { return false; }, 2500);

    cable.pull();
    Stall stall;
    QElapsedTimer pulled;
    pulled.start();
    REQUIRE(waitFor([&] { return shown(kiosk) && shown(board) && shown(counter); }, 15000));
    INFO("seen after " << pulled.elapsed() << " ms");
    CHECK(pulled.elapsed() < 7000); // a check every 2 s, answered within 3 s or the server counts as gone

    QElapsedTimer touch;
    touch.start();
    tapTicket(kiosk, QStringLiteral("KTP"));
    const auto *kioskError = kiosk.servicePage()->findChild<QLabel *>(QStringLiteral("kioskError"));
    REQUIRE(kioskError != nullptr);
    CHECK(kioskError->text().startsWith(QStringLiteral("Tiket tidak diterbitkan: koneksi ke server terputus")));
    CHECK_FALSE(kiosk.lastTicket().has_value());
    f.clock.advanceSecs(30);
    QTest::keyClick(&counter, Qt::Key_F1);
    MessageBar *bar = counter.page()->messageBar();
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK(bar->label()->text().contains(QStringLiteral("terputus")));
    CHECK(touch.elapsed() < 1000); // refused at once, not after the network's timeouts

    // The other PCs go on meanwhile: a call at counter 2.
    f.callNext(f.budi, f.loket2);
    waitFor([] { return false; }, 2000);
    CHECK(shown(board));
    CHECK(board.callPanel()->numberText() == QStringLiteral("–")); // nothing read while the cable is out

    cable.plugIn();
    REQUIRE(waitFor([&] { return !shown(kiosk) && !shown(board) && !shown(counter); }, 15000));
    CHECK(waitFor([&] { return board.callPanel()->numberText() == QStringLiteral("A-001"); }, 5000));
    INFO("the longest stall: " << stall.longestMs() << " ms");
    CHECK(stall.longestMs() < 500); // the screens never waited on the cable

    ticketAndCall(kiosk, counter, board, f.clock, QStringLiteral("A-003"), QStringLiteral("A-002"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 3); // nothing from the outage
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'call'")) == 2);
    pc->closeThreadConnection();
}
