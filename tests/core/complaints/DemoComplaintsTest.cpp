// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo office's complaint log: realistic, and a history that verifies.
#include "core/auth/UserService.h"
#include "core/complaints/ComplaintService.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/AuditChain.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("the demo's complaint log is realistic and both its chains verify", "[complaints][demo]")
{
    test::TempDatabase t;
    DemoOptions options;
    options.days = 60;
    options.until = QDate(2026, 11, 30);
    auto made = generateDemo(t.db(), options);
    REQUIRE(made.ok());
    CHECK(made->complaints >= 15);
    // Written in time order, so a fresh demo never looks tampered with.
    auto audit = verifyAuditChain(*t.db());
    REQUIRE(audit.ok());
    CHECK(audit->intact());
    const Actor camat = UserService(t.db()).authenticate(QStringLiteral("camat"), QStringLiteral("camat123")).value();
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    ComplaintService complaints(t.db(), clock);
    auto chain = complaints.verifyChain(camat);
    REQUIRE(chain.ok());
    CHECK(chain->intact());
    CHECK(t.scalar(QStringLiteral("SELECT count(DISTINCT state) FROM complaint_status")).toInt() >= 3);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE confidential = TRUE")).toInt() >= 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE anonymous = TRUE")).toInt() >= 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE ticket_id IS NOT NULL")).toInt() >= 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM complaint_status WHERE state = 'closed'")).toInt()
          > t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() / 2);
}
