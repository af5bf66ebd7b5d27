// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/DemoStandards.h"
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardService.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

TEST_CASE("the demo standards are complete and set and leave one review overdue")
{
    TempDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC));
    for (const char *code : { "KTP", "KK", "SKTM", "LEGAL", "AHLIWARIS" })
        REQUIRE(addService(t, QString::fromLatin1(code), QString::fromLatin1(code)) > 0);

    auto seeded = seedDemoStandards(t.db(), Actor::system(), clock);
    REQUIRE(seeded.ok());
    CHECK(seeded.value() == 5); // KIA, PINDAH and SKD are not in this catalog

    for (const QString &code : demoStandardCodes()) {
        const auto content = demoStandardContent(code);
        REQUIRE(content.has_value());
        INFO(code.toStdString());
        CHECK(content->isComplete());
        CHECK(content->problems().isEmpty());
        CHECK(content->costRupiah == 0);
    }

    StandardService standards(t.db(), clock);
    auto kk = standards.service(QStringLiteral("KK"));
    REQUIRE(kk.ok());
    auto versions = standards.versions(supervisor(), kk->id);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).status == VersionStatus::Superseded);
    CHECK(versions->at(0).content.serviceTime == ServiceTime { 3, TimeUnit::WorkingDays });
    CHECK(versions->at(1).content.serviceTime == ServiceTime { 1, TimeUnit::WorkingDays });

    auto due = ReviewSchedule(t.db()).dueOrOverdue(supervisor(), QDate(2026, 11, 23));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).service.code == QLatin1String("SKTM"));
    CHECK(due->at(0).state == ReviewState::Overdue);
    CHECK(due->at(1).service.code == QLatin1String("LEGAL"));
    CHECK(due->at(1).state == ReviewState::Due);

    auto summary = StandardCompliance(t.db()).summary(supervisor(), QDate(2026, 11, 23));
    REQUIRE(summary.ok());
    CHECK(summary->complete == 5);
    CHECK(summary->set == 5);
    CHECK(summary->consulted == 5);
    CHECK(summary->onSippn == 4); // AHLIWARIS is not on SIPPN
    CHECK(summary->publishedFully == 3); // LEGAL has only three media
    CHECK(summary->maklumatSigned);

    // Seeding again adds nothing to services that have a standard.
    auto again = seedDemoStandards(t.db(), Actor::system(), clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM standard_consultations")).toInt() == 1);
}
