// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuditLog.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;

namespace {
Actor officer()
{
    Actor a;
    a.userId = 7;
    a.username = QStringLiteral("siti");
    a.fullName = QStringLiteral("Siti Rahma");
    a.role = Role::Officer;
    return a;
}
} // namespace

TEST_CASE("a refused action is refused and written to the audit log")
{
    test::TempDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    Status st = audit.require(officer(), Permission::ManageUsers, QStringLiteral("user.add"), QStringLiteral("user"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::PermissionDenied);

    auto entries = audit.list(Actor::system());
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).username == QLatin1String("siti"));
    CHECK(entries->at(0).action == QLatin1String("user.add"));
    CHECK(entries->at(0).outcome == QLatin1String("refused"));
    CHECK(entries->at(0).at == clock.nowUtc());
}

TEST_CASE("audit log entries cannot be changed or deleted")
{
    test::TempDatabase t;
    AuditLog audit(t.db());
    REQUIRE(audit.record(Actor::system(), QStringLiteral("setup")).ok());
    QSqlQuery q(t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(t.scalar(QStringLiteral("SELECT action FROM audit_log")).toString() == QLatin1String("setup"));
}

TEST_CASE("an officer may not read the audit log, and the attempt is recorded")
{
    test::TempDatabase t;
    AuditLog audit(t.db());
    auto entries = audit.list(officer());
    REQUIRE_FALSE(entries.ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.read' AND outcome = 'refused'"))
              .toInt() == 1);
}
