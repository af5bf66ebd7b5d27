// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey's stored tallies of finished months (migration 011,
// SurveyMonthStore): a quarter's index made from its stored months equals the
// index computed from every answer; the month still running is never stored;
// a late paper form, a ticket's change or a new time zone drops what it
// touches; a computation that raced a change stores nothing.
#include "core/auth/UserService.h"
#include "core/demo/DemoGenerator.h"
#include "core/reports/MonthlyReportService.h"
#include "core/survey/SurveyMonthStore.h"
#include "core/survey/SurveyService.h"
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

void same(const SurveyGroupIndex &a, const SurveyGroupIndex &b)
{
    CAPTURE(a.serviceCode);
    CHECK(a.serviceId == b.serviceId);
    CHECK(a.ikm.respondents == b.ikm.respondents);
    CHECK(a.ikm.convertedCenti == b.ikm.convertedCenti);
    REQUIRE(a.ikm.elements.size() == b.ikm.elements.size());
    for (qsizetype i = 0; i < a.ikm.elements.size(); ++i) {
        CHECK(a.ikm.elements[i].sum == b.ikm.elements[i].sum);
        CHECK(a.ikm.elements[i].count == b.ikm.elements[i].count);
    }
    CHECK(a.sample.population == b.sample.population);
    CHECK(a.sample.required == b.sample.required);
    CHECK(a.sample.respondents == b.sample.respondents);
}

void same(const SurveyIndexReport &a, const SurveyIndexReport &b)
{
    same(a.office, b.office);
    REQUIRE(a.byService.size() == b.byService.size());
    for (qsizetype i = 0; i < a.byService.size(); ++i)
        same(a.byService[i], b.byService[i]);
}

void same(const std::optional<SurveyIndexReport> &a, const std::optional<SurveyIndexReport> &b)
{
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    same(*a, *b);
}

struct StoreOffice {
    TempDatabase t;
    Actor camat;
    StoreOffice()
    {
        DemoOptions options;
        options.days = 200;
        options.visitorsPerDay = 40;
        options.seed = 23;
        options.until = QDate(2026, 11, 30);
        REQUIRE(generateDemo(t.db(), options).ok());
        camat = UserService(t.db()).authenticate(QStringLiteral("camat"), QStringLiteral("camat123")).value();
        t.exec(QStringLiteral("DELETE FROM survey_months")); // the demo's own reports stored some
    }
    qint64 stored(const char *month) const
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM survey_months WHERE month = '%1' AND tallies <> ''")
                            .arg(QLatin1String(month)))
            .toLongLong();
    }
    qint64 storedMonths() const { return t.scalar(QStringLiteral("SELECT count(*) FROM survey_months")).toLongLong(); }
    SurveyIndexReport index(const Clock &clock, const SurveyPeriod &p, bool store = true) const
    {
        SurveyService survey(t.db(), clock);
        survey.setMonthStoreEnabled(store);
        auto r = survey.index(camat, p);
        if (!r)
            FAIL(r.error().message.toStdString());
        return r.value();
    }
};

} // namespace

TEST_CASE("a quarter's index from its stored months equals the index from every answer", "[reports][survey]")
{
    StoreOffice o;
    const SurveyPeriod q3 = SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, QDate(2026, 8, 1));
    const SurveyPeriod q4 = SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, QDate(2026, 11, 1));

    // On 15 November: Q3's three months and October are over, November is running.
    const ManualClock november(wib(QDate(2026, 11, 15), 10, 0));
    const SurveyIndexReport fresh3 = o.index(november, q3, false);
    REQUIRE(fresh3.office.ikm.respondents > 50);
    REQUIRE(fresh3.office.sample.population > 1000);
    CHECK(o.storedMonths() == 0); // the store switched off writes nothing
    same(o.index(november, q3), fresh3);
    CHECK(o.stored("2026-07") == 1);
    CHECK(o.stored("2026-08") == 1);
    CHECK(o.stored("2026-09") == 1);
    same(o.index(november, q3), fresh3); // read back

    same(o.index(november, q4), o.index(november, q4, false));
    CHECK(o.stored("2026-10") == 1);
    CHECK(o.stored("2026-11") == 0); // still running: computed every time
    CHECK(o.storedMonths() == 4);

    // A range that is not whole months: its parts are computed, its whole months read.
    SurveyService survey(o.t.db(), november);
    auto odd = survey.index(o.camat, QDate(2026, 7, 20), QDate(2026, 9, 10));
    survey.setMonthStoreEnabled(false);
    auto oddFresh = survey.index(o.camat, QDate(2026, 7, 20), QDate(2026, 9, 10));
    REQUIRE(odd.ok());
    REQUIRE(oddFresh.ok());
    same(odd.value(), oddFresh.value());
}

TEST_CASE("a late paper form, a ticket's change and a new time zone drop the stored months they touch",
          "[reports][survey]")
{
    StoreOffice o;
    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    const SurveyPeriod q3 = SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, QDate(2026, 8, 1));
    const SurveyIndexReport before = o.index(clock, q3);
    REQUIRE(o.stored("2026-08") == 1);
    const qint64 ktp = o.t.scalar(QStringLiteral("SELECT id FROM services WHERE code = 'KTP'")).toLongLong();

    // A form answered on 31 August at 23.30 WIB (16.30 UTC: still August in the office) entered today.
    SurveyService survey(o.t.db(), clock);
    SurveyEntry late;
    late.serviceId = ktp;
    late.answeredAt = wib(QDate(2026, 8, 31), 23, 30);
    for (const QString &code : SurveyElements::codes())
        late.answers.insert(code, 1);
    REQUIRE(survey.addResponse(o.camat, late).ok());
    CHECK(o.stored("2026-08") == 0);
    CHECK(o.stored("2026-07") == 1);
    CHECK(o.stored("2026-09") == 1); // 1 September starts at 17.00 UTC on the 31st: untouched
    const SurveyIndexReport after = o.index(clock, q3);
    CHECK(after.office.ikm.respondents == before.office.ikm.respondents + 1);
    same(after, o.index(clock, q3, false));
    CHECK(o.stored("2026-08") == 1);

    // A served ticket of September becomes a no-show: the sample's population drops by one.
    o.t.exec(QStringLiteral("UPDATE tickets SET status = 'no_show' WHERE id = (SELECT min(id) FROM tickets "
                            "WHERE status = 'done' AND service_day BETWEEN '2026-09-01' AND '2026-09-30')"));
    CHECK(o.stored("2026-09") == 0);
    CHECK(o.stored("2026-08") == 1);
    const SurveyIndexReport fewer = o.index(clock, q3);
    CHECK(fewer.office.sample.population == after.office.sample.population - 1);
    same(fewer, o.index(clock, q3, false));

    // The office moves to WITA: every month's range changes, every row is dropped.
    o.t.exec(QStringLiteral("UPDATE office SET time_zone = 'WITA'"));
    CHECK(o.storedMonths() == 0);
    same(o.index(clock, q3), o.index(clock, q3, false));

    // An unreadable row is computed again, not trusted.
    o.t.exec(QStringLiteral("UPDATE survey_months SET tallies = '{\"format\":0}' WHERE month = '2026-07'"));
    same(o.index(clock, q3), o.index(clock, q3, false));
}

TEST_CASE("a month's tallies computed while a response arrives are not stored", "[reports][survey]")
{
    StoreOffice o;
    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    const SurveyMonthStore store(o.t.db());
    const QDate july(2026, 7, 1);
    const qint64 start = wib(july, 0, 0).toMSecsSinceEpoch();
    const qint64 end = wib(QDate(2026, 8, 1), 0, 0).toMSecsSinceEpoch();

    REQUIRE(store.reserve(july, start, end, clock.nowMs()).ok());
    CHECK(o.storedMonths() == 1);
    auto pending = store.load(july);
    REQUIRE(pending.ok());
    CHECK_FALSE(pending->has_value()); // pending: not a result

    // The tallies are computed (here: any), then a response of July is entered before they are stored.
    SurveyTallies computed;
    computed.respondents[1] = 5;
    SurveyEntry e;
    e.serviceId = o.t.scalar(QStringLiteral("SELECT id FROM services WHERE code = 'KTP'")).toLongLong();
    e.answeredAt = wib(QDate(2026, 7, 10), 10, 0);
    e.answers.insert(QStringLiteral("U1"), 4);
    REQUIRE(SurveyService(o.t.db(), clock).addResponse(o.camat, e).ok());
    auto filled = store.fill(july, computed, clock.nowMs());
    REQUIRE(filled.ok());
    CHECK_FALSE(filled.value());
    CHECK(o.storedMonths() == 0);

    // Without a change in between, the tallies are stored and read back exactly.
    REQUIRE(store.reserve(july, start, end, clock.nowMs()).ok());
    filled = store.fill(july, computed, clock.nowMs());
    REQUIRE(filled.ok());
    CHECK(filled.value());
    auto back = store.load(july);
    REQUIRE(back.ok());
    REQUIRE(back->has_value());
    CHECK(back->value() == computed);
}

TEST_CASE("the monthly report's survey figures are the same with and without the stores", "[reports][survey]")
{
    StoreOffice o;
    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    MonthlyReportService stored(o.t.db(), clock);
    MonthlyReportService unstored(o.t.db(), clock);
    unstored.setMonthStoreEnabled(false);
    auto first = stored.month(o.camat, QDate(2026, 11, 1));
    auto again = stored.month(o.camat, QDate(2026, 11, 1));
    auto fresh = unstored.month(o.camat, QDate(2026, 11, 1));
    REQUIRE(first.ok());
    REQUIRE(again.ok());
    REQUIRE(fresh.ok());
    for (const MonthlyReport *r : {&first.value(), &again.value()}) {
        same(r->current.survey.month, fresh->current.survey.month);
        same(r->current.survey.period, fresh->current.survey.period);
        same(r->previousMonth.survey.month, fresh->previousMonth.survey.month);
        REQUIRE(r->ikmTrend.size() == fresh->ikmTrend.size());
        for (qsizetype i = 0; i < r->ikmTrend.size(); ++i) {
            CHECK(r->ikmTrend[i].respondents == fresh->ikmTrend[i].respondents);
            CHECK(r->ikmTrend[i].convertedCenti == fresh->ikmTrend[i].convertedCenti);
        }
    }
    CHECK(o.stored("2026-11") == 1); // over on 1 December
    CHECK(o.stored("2026-12") == 0);
}
