// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/kiosk/KioskMenu.h"
#include "core/queue/QueueReader.h"
#include "core/standards/StandardService.h"
#include "core/standards/StandardTargets.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;
using namespace loket::test;

namespace {

// A standard in force from 1 November 2026 for `service`, with this service time.
void setStandard(QueueFixture &f, qint64 service, ServiceTime time, const QString &decree)
{
    StandardService standards(f.t.db(), f.clock);
    StandardContent content = kartuKeluarga();
    content.serviceTime = time;
    REQUIRE(standards.saveDraft(f.admin, service, content).ok());
    REQUIRE(standards.setStandard(f.admin, service, Decree { decree, QDate(2026, 10, 20), QDate(2026, 11, 1) }).ok());
}

} // namespace

TEST_CASE("the standard in force is the one service-time target when it is in minutes or hours")
{
    QueueFixture f; // KTP's own target 15 min, KK's 20 min
    const QDate today(2026, 11, 23);
    auto own = serviceTarget(f.t.db(), f.ktp, today);
    REQUIRE(own.ok());
    CHECK(own->minutes == 15);
    CHECK(own->source == TargetSource::Service);
    CHECK(own->sourceText() == QStringLiteral("the service's own target"));

    setStandard(f, f.ktp, ServiceTime { 1, TimeUnit::Hours }, QStringLiteral("100.3.3/17/KEC/2026"));
    setStandard(f, f.kk, ServiceTime { 3, TimeUnit::WorkingDays }, QStringLiteral("100.3.3/18/KEC/2026"));

    auto ktp = serviceTarget(f.t.db(), f.ktp, today);
    REQUIRE(ktp.ok());
    CHECK(ktp->minutes == 60);
    CHECK(ktp->source == TargetSource::Standard);
    CHECK(ktp->ownMinutes == 15);
    CHECK(ktp->sourceText() == QStringLiteral("from the service standard (SK 100.3.3/17/KEC/2026)"));
    // Before the standard came into force, the service's own target.
    CHECK(serviceTarget(f.t.db(), f.ktp, QDate(2026, 10, 31))->minutes == 15);

    // Working days promise the whole request: the counter keeps the service's own target.
    auto kk = serviceTarget(f.t.db(), f.kk, today);
    REQUIRE(kk.ok());
    CHECK(kk->minutes == 20);
    CHECK(kk->source == TargetSource::Service);
    CHECK(kk->sourceText().contains(QStringLiteral("3 working day")));

    // The statistics, the kiosk and the wait estimate read the same number.
    auto stats = standardServiceTargets(f.t.db());
    REQUIRE(stats.ok());
    CHECK(stats.value()(f.ktp, today) == 60);
    CHECK(stats.value()(f.kk, today) == 20);

    auto menu = KioskMenu::services(f.t.db(), f.clock);
    REQUIRE(menu.ok());
    CHECK(menu->at(0).target.minutes == 60);
    CHECK(menu->at(0).timeText() == QStringLiteral("1 hour(s)"));

    // No history yet: the wait estimate's service time is that target.
    f.issue(f.ktp);
    f.issue(f.ktp);
    auto estimate = QueueReader(f.t.db(), f.clock).estimateForNewTicket(f.ktp);
    REQUIRE(estimate.ok());
    CHECK(estimate->serviceMinutes == Approx(60));
    CHECK(estimate->minutes == 60); // 2 ahead × 60 / 2 counters
}

TEST_CASE("the demo office's services and standards tell one service time")
{
    TempDatabase t;
    DemoOptions options;
    options.days = 0;
    options.until = QDate(2026, 11, 23);
    options.nowUtcMs = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
    REQUIRE(generateDemo(t.db(), options).ok());

    QSqlQuery q(t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, code FROM services WHERE active = TRUE")));
    int fromStandard = 0;
    while (q.next()) {
        INFO(q.value(1).toString().toStdString());
        auto target = serviceTarget(t.db(), q.value(0).toLongLong(), options.until);
        REQUIRE(target.ok());
        CHECK(target->minutes > 0);
        if (target->source == TargetSource::Standard) {
            ++fromStandard;
            // The service's own number agrees with its standard: settings show no second number.
            CHECK(target->ownMinutes == target->minutes);
        }
    }
    CHECK(fromStandard >= 3);
}
