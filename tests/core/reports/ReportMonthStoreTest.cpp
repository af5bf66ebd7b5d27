// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The stored figures of finished months (migration 010, ReportMonthStore):
// the report reads them back equal to a computation without the store, a
// month still running is never stored, and a change to a stored month's data
// makes the next report compute it again.
#include "core/auth/UserService.h"
#include "core/demo/DemoGenerator.h"
#include "core/reports/MonthlyReportService.h"
#include "core/reports/ReportMonthStore.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace loket;
using loket::test::TempDatabase;

namespace {

QDateTime wib(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600).toUTC();
}

void same(const DurationSummary &a, const DurationSummary &b)
{
    CHECK(a.count == b.count);
    CHECK(a.medianMs == b.medianMs);
    CHECK(a.p90Ms == b.p90Ms);
}

void same(const QueueFigures &a, const QueueFigures &b)
{
    CHECK(a.issued == b.issued);
    CHECK(a.served == b.served);
    CHECK(a.noShow == b.noShow);
    CHECK(a.cancelled == b.cancelled);
    CHECK(a.expired == b.expired);
    CHECK(a.priorityServed == b.priorityServed);
    CHECK(a.withTarget == b.withTarget);
    CHECK(a.withinTarget == b.withinTarget);
    same(a.wait, b.wait);
    same(a.walk, b.walk);
    same(a.service, b.service);
    same(a.total, b.total);
}

void same(const QList<QueueGroupFigures> &a, const QList<QueueGroupFigures> &b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CAPTURE(a[i].key);
        CHECK(a[i].key == b[i].key);
        CHECK(a[i].label == b[i].label);
        same(a[i].figures, b[i].figures);
    }
}

// Every field of the month's ticket figures, one by one.
void same(const ReportTickets &a, const ReportTickets &b)
{
    same(a.overall, b.overall);
    REQUIRE(a.services.size() == b.services.size());
    for (qsizetype i = 0; i < a.services.size(); ++i) {
        CAPTURE(a.services[i].code);
        CHECK(a.services[i].id == b.services[i].id);
        CHECK(a.services[i].code == b.services[i].code);
        CHECK(a.services[i].name == b.services[i].name);
        CHECK(a.services[i].targetMinutes == b.services[i].targetMinutes);
        CHECK(a.services[i].targetFromStandard == b.services[i].targetFromStandard);
        same(a.services[i].figures, b.services[i].figures);
    }
    same(a.byCounter, b.byCounter);
    same(a.byOfficer, b.byOfficer);
    same(a.byDay, b.byDay);
    same(a.byPriorityReason, b.byPriorityReason);
    CHECK(a.issuedByWeekdayHour == b.issuedByWeekdayHour);
}

qint64 storedMonths(const TempDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM report_months")).toLongLong();
}

bool stored(const TempDatabase &t, const char *month)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM report_months WHERE month = '%1'").arg(QLatin1String(month)))
               .toLongLong()
        == 1;
}

void exec(const TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db()->connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("finished months are stored once and read back equal to a fresh computation", "[reports]")
{
    TempDatabase t;
    DemoOptions options;
    options.days = 400;
    options.visitorsPerDay = 40; // small, quick: the store is about equality, not volume
    options.seed = 11;
    options.until = QDate(2026, 11, 30);
    REQUIRE(generateDemo(t.db(), options).ok());
    const Actor camat = UserService(t.db()).authenticate(QStringLiteral("camat"), QStringLiteral("camat123")).value();
    const QDate november(2026, 11, 1);

    // (One generated database for every step below, so the steps follow each other.)
    // A month still running is computed; the finished ones are stored.
    {
        const ManualClock running(wib(QDate(2026, 11, 30), 14, 0));
        REQUIRE(MonthlyReportService(t.db(), running).month(camat, november).ok());
        CHECK_FALSE(stored(t, "2026-11"));
        CHECK(stored(t, "2026-10"));
        CHECK(stored(t, "2025-11"));
        CHECK(storedMonths(t) == 2);
    }

    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    MonthlyReportService service(t.db(), clock);
    MonthlyReportService unstored(t.db(), clock);
    unstored.setMonthStoreEnabled(false);

    auto first = service.month(camat, november); // computes and stores the three months
    REQUIRE(first.ok());
    CHECK(storedMonths(t) == 3);
    auto again = service.month(camat, november); // reads them back
    REQUIRE(again.ok());
    auto fresh = unstored.month(camat, november);
    REQUIRE(fresh.ok());
    REQUIRE(fresh->current.tickets.overall.issued > 300);
    REQUIRE(fresh->lastYear.tickets.overall.issued > 300);
    for (auto pick : {&MonthlyReport::current, &MonthlyReport::previousMonth, &MonthlyReport::lastYear}) {
        same((first.value().*pick).tickets, (fresh.value().*pick).tickets);
        same((again.value().*pick).tickets, (fresh.value().*pick).tickets);
    }

    // A ticket of a stored month changes: that month is computed again.
    {
        const qint64 noShowBefore = again->previousMonth.tickets.overall.noShow;
        exec(t, QStringLiteral("UPDATE tickets SET status = 'no_show', started_at = NULL, finished_at = NULL "
                               "WHERE id = (SELECT min(id) FROM tickets WHERE status = 'done' "
                               "AND service_day BETWEEN '2026-10-01' AND '2026-10-31')"));
        CHECK_FALSE(stored(t, "2026-10"));
        CHECK(stored(t, "2026-11")); // the other months keep theirs
        CHECK(stored(t, "2025-11"));
        auto after = service.month(camat, november);
        REQUIRE(after.ok());
        CHECK(after->previousMonth.tickets.overall.noShow == noShowBefore + 1);
        auto check = unstored.month(camat, november);
        REQUIRE(check.ok());
        same(after->previousMonth.tickets, check->previousMonth.tickets);
        CHECK(stored(t, "2026-10"));
    }

    // An unreadable stored row is computed again, not trusted.
    {
        exec(t, QStringLiteral("UPDATE report_months SET figures = '{\"format\":0}' WHERE month = '2025-11'"));
        auto after = service.month(camat, november);
        REQUIRE(after.ok());
        same(after->lastYear.tickets, fresh->lastYear.tickets);
    }

    // A service renamed: every stored month is computed again.
    {
        exec(t, QStringLiteral("UPDATE services SET name = 'KTP Elektronik (baru)' WHERE code = 'KTP'"));
        CHECK(storedMonths(t) == 0);
        auto after = service.month(camat, november);
        REQUIRE(after.ok());
        const ReportService *ktp = after->lastYear.tickets.service(QStringLiteral("KTP"));
        REQUIRE(ktp);
        CHECK(ktp->name == QLatin1String("KTP Elektronik (baru)"));
    }
}
