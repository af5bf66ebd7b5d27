// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/QueueStatistics.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using loket::test::TempDatabase;

namespace {

constexpr qint64 kMinute = 60000;

// A moment on the office's wall clock (WIB, UTC+7) as stored: UTC milliseconds.
qint64 wib(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600).toMSecsSinceEpoch();
}

QString sqlValue(qint64 v)
{
    return v < 0 ? QStringLiteral("NULL") : QString::number(v);
}

struct Ticket {
    int id;
    int day; // of November 2026
    int service;
    const char *status;
    bool priority;
    qint64 issued, called, started, finished; // -1: did not happen
    int counter; // 0: none
    int officer; // 0: none
};

void insert(const TempDatabase &t, const Ticket &k)
{
    t.exec(
        QStringLiteral("INSERT INTO tickets (id, service_day, issued_service_id, seq, number, service_id, status, "
                       "priority_reason_id, issued_at, first_called_at, last_called_at, call_count, started_at, "
                       "finished_at, counter_id, officer_id) VALUES (%1, '2026-11-%2', %3, %1, 'X-%1', %3, '%4', %5, "
                       "%6, %7, %7, %8, %9, %10, %11, %12)")
            .arg(k.id)
            .arg(k.day, 2, 10, QLatin1Char('0'))
            .arg(k.service)
            .arg(QLatin1String(k.status), k.priority ? QStringLiteral("1") : QStringLiteral("NULL"))
            .arg(k.issued)
            .arg(sqlValue(k.called))
            .arg(k.called < 0 ? 0 : 1)
            .arg(sqlValue(k.started), sqlValue(k.finished))
            .arg(k.counter ? QString::number(k.counter) : QStringLiteral("NULL"),
                k.officer ? QString::number(k.officer) : QStringLiteral("NULL")));
}

// Two services (KTP-el target 10 min, Kartu Keluarga 20 min), two counters,
// two officers, eight tickets on 23–24 November 2026 and one on the 25th.
// The expected figures in the tests below were worked out by hand from this table.
void seed(const TempDatabase &t)
{
    t.exec(QStringLiteral("INSERT INTO office (id, name, time_zone) VALUES (1, 'Kecamatan Sukamaju', 'WIB')"));
    t.exec(QStringLiteral("INSERT INTO services (id, code, prefix, name, target_minutes, sort_order) VALUES "
                          "(1, 'ktp', 'A', 'KTP-el', 10, 1), (2, 'kk', 'B', 'Kartu Keluarga', 20, 2)"));
    t.exec(QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1, 1, 'Loket 1'), (2, 2, 'Loket 2')"));
    t.exec(QStringLiteral(
        "INSERT INTO users (id, username, full_name, role, password_hash, created_at) VALUES "
        "(10, 'budi', 'Budi Santoso', 'officer', 'x', 0), (11, 'ani', 'Ani Lestari', 'officer', 'x', 0)"));
    const Ticket tickets[] = {
        // id day svc status       prio  issued          called          started         finished        ctr off
        { 1, 23, 1, "done", false, wib(23, 8, 0), wib(23, 8, 5), wib(23, 8, 6), wib(23, 8, 14), 1, 10 },
        { 2, 23, 1, "done", true, wib(23, 8, 10), wib(23, 8, 20), wib(23, 8, 21), wib(23, 8, 33), 1, 10 },
        { 3, 23, 2, "done", false, wib(23, 8, 30), wib(23, 8, 32), wib(23, 8, 35), wib(23, 8, 50), 2, 11 },
        { 4, 23, 1, "no_show", false, wib(23, 9, 0), wib(23, 9, 30), -1, -1, 1, 10 },
        { 5, 23, 1, "expired", false, wib(23, 9, 15), -1, -1, -1, 0, 0 },
        { 6, 24, 1, "done", false, wib(24, 10, 0), wib(24, 10, 4), wib(24, 10, 5), wib(24, 10, 15), 2, 11 },
        { 7, 24, 2, "cancelled", false, wib(24, 10, 20), -1, -1, -1, 0, 0 },
        { 8, 24, 2, "done", true, wib(24, 10, 30), wib(24, 10, 50), wib(24, 10, 51), wib(24, 11, 20), 2, 11 },
        // Outside the period asked for: must change nothing.
        { 9, 25, 1, "done", true, wib(25, 8, 0), wib(25, 11, 0), wib(25, 11, 1), wib(25, 12, 0), 1, 10 },
    };
    for (const Ticket &k : tickets)
        insert(t, k);
}

QueueStatisticsReport computeOrFail(const QueueStatistics &stats, const QueueStatisticsOptions &options = {})
{
    auto report = stats.compute(Actor::system(), QDate(2026, 11, 23), QDate(2026, 11, 24), options);
    if (!report)
        FAIL(report.error().message.toStdString());
    return report.value();
}

const QueueGroupFigures &group(const QList<QueueGroupFigures> &groups, const QString &key)
{
    for (const QueueGroupFigures &g : groups) {
        if (g.key == key)
            return g;
    }
    FAIL("no group " << key.toStdString());
    return groups.first();
}

} // namespace

TEST_CASE("nearest-rank percentiles pick a value that occurred")
{
    const std::vector<qint64> ten { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    CHECK(QueueStatistics::nearestRank(ten, 50) == 5);
    CHECK(QueueStatistics::nearestRank(ten, 90) == 9);
    CHECK(QueueStatistics::nearestRank(ten, 100) == 10);
    CHECK(QueueStatistics::nearestRank({ 7 }, 50) == 7);
    CHECK(QueueStatistics::nearestRank({ 7 }, 90) == 7);
    CHECK(QueueStatistics::nearestRank({ 1, 2 }, 50) == 1); // the lower middle value
    CHECK(QueueStatistics::nearestRank({ 1, 2 }, 90) == 2);
    CHECK(QueueStatistics::nearestRank({}, 50) == 0);
    const std::vector<qint64> eleven { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    CHECK(QueueStatistics::nearestRank(eleven, 90) == 10); // rank ceil(9.9) = 10
}

TEST_CASE("overall queue figures for a period match the hand count")
{
    TempDatabase t;
    seed(t);
    const QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()));
    const QueueFigures &f = r.overall;
    CHECK(f.issued == 8);
    CHECK(f.served == 5);
    CHECK(f.noShow == 1);
    CHECK(f.cancelled == 1);
    CHECK(f.expired == 1);
    CHECK(f.priorityServed == 2);

    // Waits of the six called tickets: 2 4 5 10 20 30 minutes.
    CHECK(f.wait.count == 6);
    CHECK(f.wait.medianMs == 5 * kMinute);
    CHECK(f.wait.p90Ms == 30 * kMinute);
    // Walks: 1 1 1 1 3.
    CHECK(f.walk.count == 5);
    CHECK(f.walk.medianMs == 1 * kMinute);
    CHECK(f.walk.p90Ms == 3 * kMinute);
    // Service: 8 10 12 15 29.
    CHECK(f.service.count == 5);
    CHECK(f.service.medianMs == 12 * kMinute);
    CHECK(f.service.p90Ms == 29 * kMinute);
    // Total: 14 15 20 23 50.
    CHECK(f.total.count == 5);
    CHECK(f.total.medianMs == 20 * kMinute);
    CHECK(f.total.p90Ms == 50 * kMinute);

    // Within target: KTP-el 8 and 10 of 10 yes, 12 no; KK 15 of 20 yes, 29 no.
    CHECK(f.withTarget == 5);
    CHECK(f.withinTarget == 3);
    REQUIRE(f.withinTargetShare().has_value());
    CHECK(*f.withinTargetShare() == Approx(0.6));
    REQUIRE(f.noShowRate().has_value());
    CHECK(*f.noShowRate() == Approx(1.0 / 6.0));
}

TEST_CASE("queue figures per service follow the catalogue order")
{
    TempDatabase t;
    seed(t);
    const QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()));
    REQUIRE(r.byService.size() == 2);
    CHECK(r.byService.at(0).label == QStringLiteral("KTP-el"));
    CHECK(r.byService.at(1).label == QStringLiteral("Kartu Keluarga"));

    const QueueFigures &ktp = group(r.byService, QStringLiteral("1")).figures;
    CHECK(ktp.issued == 5);
    CHECK(ktp.served == 3);
    CHECK(ktp.noShow == 1);
    CHECK(ktp.expired == 1);
    CHECK(ktp.wait.medianMs == 5 * kMinute); // 4 5 10 30
    CHECK(ktp.wait.p90Ms == 30 * kMinute);
    CHECK(ktp.service.medianMs == 10 * kMinute); // 8 10 12
    CHECK(ktp.service.p90Ms == 12 * kMinute);
    CHECK(ktp.withinTarget == 2);
    CHECK(ktp.withTarget == 3);

    const QueueFigures &kk = group(r.byService, QStringLiteral("2")).figures;
    CHECK(kk.issued == 3);
    CHECK(kk.served == 2);
    CHECK(kk.cancelled == 1);
    CHECK(kk.priorityServed == 1);
    CHECK(kk.wait.medianMs == 2 * kMinute); // 2 20
    CHECK(kk.wait.p90Ms == 20 * kMinute);
    CHECK(kk.withinTarget == 1);
    REQUIRE(kk.noShowRate().has_value());
    CHECK(*kk.noShowRate() == 0.0);
}

TEST_CASE("queue figures per counter and officer count only called tickets")
{
    TempDatabase t;
    seed(t);
    const QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()));
    REQUIRE(r.byCounter.size() == 2);
    const QueueGroupFigures &loket1 = r.byCounter.at(0);
    CHECK(loket1.label == QStringLiteral("Loket 1"));
    CHECK(loket1.figures.issued == 3);
    CHECK(loket1.figures.served == 2);
    CHECK(loket1.figures.wait.medianMs == 10 * kMinute); // 5 10 30
    CHECK(*loket1.figures.noShowRate() == Approx(1.0 / 3.0));
    const QueueGroupFigures &loket2 = r.byCounter.at(1);
    CHECK(loket2.figures.served == 3);
    CHECK(loket2.figures.wait.medianMs == 4 * kMinute); // 2 4 20
    CHECK(loket2.figures.wait.p90Ms == 20 * kMinute);

    REQUIRE(r.byOfficer.size() == 2);
    CHECK(r.byOfficer.at(0).label == QStringLiteral("Ani Lestari")); // by name
    CHECK(r.byOfficer.at(0).key == QStringLiteral("11"));
    CHECK(r.byOfficer.at(0).figures.served == 3);
    CHECK(r.byOfficer.at(1).label == QStringLiteral("Budi Santoso"));
    CHECK(r.byOfficer.at(1).figures.noShow == 1);
}

TEST_CASE("queue figures per day and per office-local hour of issue")
{
    TempDatabase t;
    seed(t);
    QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()));
    REQUIRE(r.byDay.size() == 2);
    CHECK(r.byDay.at(0).key == QStringLiteral("2026-11-23"));
    CHECK(r.byDay.at(0).figures.issued == 5);
    CHECK(r.byDay.at(0).figures.served == 3);
    CHECK(r.byDay.at(1).key == QStringLiteral("2026-11-24"));
    CHECK(r.byDay.at(1).figures.issued == 3);

    REQUIRE(r.byHour.size() == 3);
    CHECK(r.byHour.at(0).key == QStringLiteral("08"));
    CHECK(r.byHour.at(0).label == QStringLiteral("08.00"));
    CHECK(r.byHour.at(0).figures.issued == 3);
    CHECK(r.byHour.at(1).key == QStringLiteral("09"));
    CHECK(r.byHour.at(1).figures.issued == 2);
    CHECK(r.byHour.at(2).key == QStringLiteral("10"));
    CHECK(r.byHour.at(2).figures.issued == 3);

    // The same instants in an office in Makassar (WITA) fall an hour later on its clock.
    t.exec(QStringLiteral("UPDATE office SET time_zone = 'WITA'"));
    r = computeOrFail(QueueStatistics(t.db()));
    REQUIRE(r.byHour.size() == 3);
    CHECK(r.byHour.at(0).key == QStringLiteral("09"));
    CHECK(r.byHour.at(2).key == QStringLiteral("11"));
}

TEST_CASE("the service-time target can come from another source per service and day")
{
    TempDatabase t;
    seed(t);
    QList<std::pair<qint64, QDate>> asked;
    QueueStatisticsOptions options;
    options.target = [&asked](qint64 service, QDate day) -> std::optional<int> {
        asked.append({ service, day });
        if (service == 1 && day == QDate(2026, 11, 24))
            return 15;
        return std::nullopt; // no standard in force
    };
    const QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()), options);
    CHECK(r.overall.withTarget == 1); // only ticket 6 (10 min of 15)
    CHECK(r.overall.withinTarget == 1);
    // Asked once per service and day, not per ticket.
    CHECK(asked.size() == 4); // KTP-el and KK on each of the two days
}

TEST_CASE("the target can be measured on the whole visit")
{
    TempDatabase t;
    seed(t);
    QueueStatisticsOptions options;
    options.measure = TargetMeasure::TotalTime;
    const QueueStatisticsReport r = computeOrFail(QueueStatistics(t.db()), options);
    // Totals 14 23 15 of 10 min (KTP-el) and 20 50 of 20 min (KK): only 20 ≤ 20.
    CHECK(r.overall.withTarget == 5);
    CHECK(r.overall.withinTarget == 1);
}

TEST_CASE("an empty period gives zero counts and no rates")
{
    TempDatabase t;
    seed(t);
    auto r = QueueStatistics(t.db()).compute(Actor::system(), QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(r.ok());
    CHECK(r->overall.issued == 0);
    CHECK(r->overall.wait.count == 0);
    CHECK_FALSE(r->overall.noShowRate().has_value());
    CHECK_FALSE(r->overall.withinTargetShare().has_value());
    CHECK(r->byService.isEmpty());
    CHECK(r->byHour.isEmpty());
}

TEST_CASE("a clock disagreement between PCs counts as zero time instead of a negative one")
{
    TempDatabase t;
    seed(t);
    // The counter PC's clock is two minutes behind the kiosk's.
    insert(t, { 20, 23, 1, "done", false, wib(23, 13, 0), wib(23, 12, 58), wib(23, 12, 59), wib(23, 13, 5), 1, 10 });
    auto r = QueueStatistics(t.db()).compute(Actor::system(), QDate(2026, 11, 23), QDate(2026, 11, 23));
    REQUIRE(r.ok());
    const QueueFigures &f = group(r->byHour, QStringLiteral("13")).figures;
    CHECK(f.wait.count == 1);
    CHECK(f.wait.medianMs == 0);
    CHECK(f.total.medianMs == 5 * kMinute);
}

TEST_CASE("queue statistics need the view-reports permission and a valid period")
{
    TempDatabase t;
    seed(t);
    QueueStatistics stats(t.db());
    Actor officer;
    officer.userId = 10;
    officer.username = QStringLiteral("budi");
    officer.role = Role::Officer;
    auto refused = stats.compute(officer, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'stats.read' AND outcome = 'refused'"))
              .toInt()
        == 1);

    Actor supervisor = officer;
    supervisor.role = Role::Supervisor;
    CHECK(stats.compute(supervisor, QDate(2026, 11, 1), QDate(2026, 11, 30)).ok());

    auto backwards = stats.compute(supervisor, QDate(2026, 11, 30), QDate(2026, 11, 1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
    CHECK(backwards.error().message.contains(QStringLiteral("2026-11-30")));
}
