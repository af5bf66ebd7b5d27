// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardService.h"
#include "core/storage/Migrations.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

TEST_CASE("upgrading a database with services to schema 3 keeps them and gives them a register")
{
    DatabaseOptions options;
    options.migrate = false;
    TempDatabase t(options);
    REQUIRE(Migrations::migrate(*t.db(), 2).ok());
    REQUIRE(t.db()->schemaVersion() == 2);
    t.exec(QStringLiteral("INSERT INTO services (code, prefix, name, target_minutes) VALUES "
                          "('KK', 'B', 'Kartu Keluarga', 20), ('SKD', 'E', 'Surat Keterangan Domisili', 10)"));

    REQUIRE(Migrations::migrate(*t.db()).ok());
    CHECK(t.db()->schemaVersion() == Migrations::latestVersion());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM services")).toInt() == 2);
    CHECK(t.scalar(QStringLiteral("SELECT target_minutes FROM services WHERE code = 'KK'")).toInt() == 20);

    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC));
    StandardService standards(t.db(), clock);
    auto kk = standards.service(QStringLiteral("kk"));
    REQUIRE(kk.ok());
    CHECK(kk->code == QLatin1String("KK"));
    REQUIRE(standards.saveDraft(supervisor(), kk->id, kartuKeluarga()).ok());
    auto set = standards.setStandard(supervisor(), kk->id,
        Decree { QStringLiteral("100/12/KEC/2026"), QDate(2026, 1, 5), QDate(2026, 1, 5) });
    REQUIRE(set.ok());
    // A service with a standard cannot vanish from under it.
    QSqlQuery q(t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM services WHERE code = 'KK'")));
    CHECK(q.exec(QStringLiteral("DELETE FROM services WHERE code = 'SKD'")));
}
