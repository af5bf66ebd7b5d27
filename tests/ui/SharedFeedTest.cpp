// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueService.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/board/BoardWindow.h"
#include "ui/board/ServiceStrip.h"
#include "ui/counter/CounterPage.h"
#include "ui/monitor/MonitorPage.h"
#include "ui/queuekit/TicketListModel.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace loket;
using namespace loket::ui;

TEST_CASE("the counter, the monitor and the board in one process follow one change feed, and all update")
{
    test::QueueFixture f;
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BoardVoice), false).ok());
    const int before = ChangeFeed::liveCount();
    {
        CounterPage counter(Session { f.t.db(), f.siti, &f.clock });
        MonitorPage monitor(Session { f.t.db(), f.sari, &f.clock });
        BoardWindow board(f.t.db(), f.clock);
        counter.show();
        monitor.show();
        board.resize(1366, 768);
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        // One watcher (one connection polling the file) for the three screens.
        CHECK(ChangeFeed::liveCount() == before + 1);
        REQUIRE(counter.waitingModel()->rowCount() == 0);
        REQUIRE(monitor.waitingModel()->rowCount() == 0);

        // A citizen takes a ticket at the kiosk: another connection, as from another computer.
        auto kiosk = Database::open(f.t.path());
        REQUIRE(kiosk.ok());
        auto issued = QueueService(kiosk.value(), f.clock).issue(QueueService::kioskActor(), f.ktp);
        REQUIRE(issued.ok());
        CHECK(test::waitFor([&] { return counter.waitingModel()->rowCount() == 1; }, 3000));
        CHECK(test::waitFor([&] { return monitor.waitingModel()->rowCount() == 1; }, 3000));
        CHECK(test::waitFor(
            [&] { return board.serviceStrip()->tileTexts().contains(QStringLiteral("A 1")); }, 3000));
        CHECK(counter.waitingModel()->data(counter.waitingModel()->index(0, TicketListModel::Number), Qt::DisplayRole)
                  .toString()
            == issued->number);
        CHECK(ChangeFeed::liveCount() == before + 1);
    }
    // Gone with the last screen: nothing watches the file any more (a restore may replace it).
    CHECK(ChangeFeed::liveCount() == before);
}
