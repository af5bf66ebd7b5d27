// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WorkingCalendar.h"
#include "core/standards/StandardService.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

ManualClock novemberClock()
{
    return ManualClock(QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC));
}

Decree decree(const char *number, QDate date, QDate effective = {})
{
    return Decree { QString::fromLatin1(number), date, effective.isValid() ? effective : date };
}

} // namespace

TEST_CASE("setting a standard with empty components is refused and names what is missing")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    StandardService standards(t.db(), clock);

    StandardContent partial = kartuKeluarga();
    partial.costRupiah.reset();
    partial.staffing.clear();
    partial.products.clear();
    REQUIRE(standards.saveDraft(supervisor(), kk, partial).ok());

    auto set = standards.setStandard(supervisor(), kk, decree("100/12/KEC/2026", QDate(2026, 1, 5)));
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().code == ErrorCode::InvalidInput);
    CHECK(set.error().message.contains(QStringLiteral("Cost/tariff")));
    CHECK(set.error().message.contains(QStringLiteral("Service products")));
    CHECK(set.error().message.contains(QStringLiteral("Number of staff")));
    CHECK_FALSE(set.error().message.contains(QStringLiteral("Requirements")));
    CHECK(partial.missingComponents()
        == QList<StandardComponent> {
            StandardComponent::Cost, StandardComponent::Products, StandardComponent::Staffing });

    auto draft = standards.draft(supervisor(), kk);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK(draft->value().status == VersionStatus::Draft);
    auto inForce = standards.versionInForce(kk, QDate(2026, 2, 1));
    REQUIRE(inForce.ok());
    CHECK_FALSE(inForce->has_value());
}

TEST_CASE("a free service is complete with cost 0 and a fee needs its legal basis")
{
    StandardContent c = kartuKeluarga();
    CHECK(c.isComplete());
    CHECK(c.isFilled(StandardComponent::Cost));

    c.costRupiah = 10000;
    c.costLegalBasis.clear();
    const QList<ContentProblem> problems = c.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path == QLatin1String("cost.legal_basis"));

    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 legal = addService(t, QStringLiteral("LEGAL"), QStringLiteral("Legalisasi"));
    StandardService standards(t.db(), clock);
    auto saved = standards.saveDraft(supervisor(), legal, c);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("cost.legal_basis")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM standard_versions")).toInt() == 0);
}

TEST_CASE("a new version supersedes the previous one the day before it takes effect")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    StandardService standards(t.db(), clock);

    REQUIRE(standards.saveDraft(supervisor(), kk, kartuKeluarga()).ok());
    auto v1 = standards.setStandard(supervisor(), kk, decree("100/12/KEC/2025", QDate(2025, 1, 6)));
    REQUIRE(v1.ok());
    CHECK(v1->number == 1);
    CHECK(v1->status == VersionStatus::Set);
    CHECK(v1->setBy == QLatin1String("kasi"));

    auto draft = standards.editDraft(supervisor(), kk);
    REQUIRE(draft.ok());
    CHECK(draft->number == 2);
    CHECK(draft->content == v1->content);

    StandardContent changed = draft->content;
    changed.serviceTime = ServiceTime { 60, TimeUnit::Minutes };
    REQUIRE(standards.saveVersion(supervisor(), draft->id, changed).ok());
    auto v2 = standards.setStandard(supervisor(), kk, decree("100/45/KEC/2026", QDate(2026, 3, 2), QDate(2026, 4, 1)));
    REQUIRE(v2.ok());

    auto all = standards.versions(supervisor(), kk);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    const StandardVersion &old = all->at(0);
    CHECK(old.status == VersionStatus::Superseded);
    CHECK(old.effectiveFrom == QDate(2025, 1, 6));
    CHECK(old.effectiveTo == QDate(2026, 3, 31));
    CHECK(old.content.serviceTime == ServiceTime { 1, TimeUnit::WorkingDays });
    CHECK(all->at(1).status == VersionStatus::Set);
    CHECK_FALSE(all->at(1).effectiveTo.isValid());

    SECTION("the version in force follows the dates")
    {
        auto before = standards.versionInForce(kk, QDate(2025, 1, 5));
        REQUIRE(before.ok());
        CHECK_FALSE(before->has_value());
        auto first = standards.versionInForce(kk, QDate(2026, 3, 31));
        REQUIRE(first.ok());
        REQUIRE(first->has_value());
        CHECK(first->value().number == 1);
        auto second = standards.versionInForce(kk, QDate(2026, 4, 1));
        REQUIRE(second.ok());
        REQUIRE(second->has_value());
        CHECK(second->value().number == 2);
        CHECK(second->value().content.serviceTime.fixedMinutes() == 60);
    }

    SECTION("a version cannot take effect before the one in force")
    {
        REQUIRE(standards.saveDraft(supervisor(), kk, kartuKeluarga()).ok());
        auto early = standards.setStandard(supervisor(), kk, decree("100/50/KEC/2026", QDate(2026, 3, 20)));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().message.contains(QStringLiteral("2026-04-01")));
        auto stillDraft = standards.draft(supervisor(), kk);
        REQUIRE(stillDraft.ok());
        CHECK(stillDraft->has_value());
    }
}

TEST_CASE("a set version cannot be edited and old versions stay readable")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    StandardService standards(t.db(), clock);
    REQUIRE(standards.saveDraft(supervisor(), kk, kartuKeluarga()).ok());
    auto v1 = standards.setStandard(supervisor(), kk, decree("100/12/KEC/2026", QDate(2026, 1, 5)));
    REQUIRE(v1.ok());

    StandardContent changed = v1->content;
    changed.staffing = QStringLiteral("3 orang");
    auto edit = standards.saveVersion(supervisor(), v1->id, changed);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::InvalidState);
    CHECK(edit.error().message.contains(QStringLiteral("100/12/KEC/2026")));

    // Even a direct UPDATE is refused by the database.
    QSqlQuery q(t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE standard_versions SET staffing = 'x' WHERE status = 'set'")));

    auto saved = standards.saveDraft(supervisor(), kk, changed);
    REQUIRE(saved.ok());
    CHECK(saved->number == 2);
    auto first = standards.version(supervisor(), kk, 1);
    REQUIRE(first.ok());
    CHECK(first->content.staffing == QLatin1String("2 orang"));
    CHECK(first->content.requirements.size() == 3);
    CHECK(first->content.requirements.at(1).notes == QLatin1String("dilegalisir"));
}

TEST_CASE("an officer may read standards but not change them and the refusal is recorded")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    StandardService standards(t.db(), clock);

    auto saved = standards.saveDraft(officer(), kk, kartuKeluarga());
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::PermissionDenied);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM standard_versions")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'standard.save_draft' "
                                  "AND outcome = 'refused' AND username = 'siti'"))
              .toInt()
        == 1);
    CHECK(standards.list(officer(), QDate(2026, 11, 23)).ok());
}

TEST_CASE("every change to a standard is audited")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    StandardService standards(t.db(), clock);
    REQUIRE(standards.saveDraft(supervisor(), kk, kartuKeluarga()).ok());
    REQUIRE(standards.setStandard(supervisor(), kk, decree("100/12/KEC/2026", QDate(2026, 1, 5))).ok());
    REQUIRE(standards.editDraft(supervisor(), kk).ok());
    REQUIRE(standards.discardDraft(supervisor(), kk).ok());

    QSqlQuery q(t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE outcome = 'ok' ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    CHECK(actions
        == QStringList { QStringLiteral("standard.create_draft"), QStringLiteral("standard.save_draft"),
            QStringLiteral("standard.set"), QStringLiteral("standard.create_draft"),
            QStringLiteral("standard.discard_draft") });
    CHECK(t.scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'standard.set'"))
              .toString()
              .contains(QStringLiteral("100/12/KEC/2026")));
}

TEST_CASE("the register lists each service with its version in force and its draft")
{
    TempDatabase t;
    ManualClock clock = novemberClock();
    const qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"));
    addService(t, QStringLiteral("SKD"), QStringLiteral("Surat Keterangan Domisili"));
    StandardService standards(t.db(), clock);
    REQUIRE(standards.saveDraft(supervisor(), kk, kartuKeluarga()).ok());
    REQUIRE(standards.setStandard(supervisor(), kk, decree("100/12/KEC/2026", QDate(2026, 1, 5))).ok());
    StandardContent half;
    half.products = { QStringLiteral("Surat keterangan") };
    REQUIRE(standards.saveDraft(supervisor(), kk, half).ok());

    auto rows = standards.list(supervisor(), QDate(2026, 11, 23));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const StandardSummary &row = rows->at(0);
    CHECK(row.service.code == QLatin1String("KK"));
    REQUIRE(row.inForce.has_value());
    CHECK(row.inForce->number == 1);
    REQUIRE(row.draft.has_value());
    CHECK(row.draft->number == 2);
    CHECK(row.filledComponents == 14);
    CHECK(rows->at(1).service.code == QLatin1String("SKD"));
    CHECK_FALSE(rows->at(1).inForce.has_value());
    CHECK(rows->at(1).versionCount == 0);
}

TEST_CASE("a service time converts to a target duration")
{
    WorkingDaysFunction weekdays([](QDate d) { return d.dayOfWeek() <= 5; });
    const QDateTime friday(QDate(2026, 11, 20), QTime(10, 0));

    CHECK(ServiceTime { 60, TimeUnit::Minutes }.fixedMinutes() == 60);
    CHECK(ServiceTime { 2, TimeUnit::Hours }.fixedMinutes() == 120);
    CHECK_FALSE(ServiceTime { 1, TimeUnit::WorkingDays }.fixedMinutes().has_value());
    CHECK(ServiceTime { 2, TimeUnit::Hours }.deadline(friday, weekdays) == friday.addSecs(7200));

    // Received on Friday: one working day is Monday, to the end of that day.
    const ServiceTime oneDay { 1, TimeUnit::WorkingDays };
    CHECK(oneDay.deadline(friday, weekdays) == QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59, 999)));
    CHECK(oneDay.targetMinutes(friday, weekdays) == qint64(3 * 24 * 60 + 14 * 60));

    // A holiday on Monday pushes it to Tuesday.
    WorkingDaysFunction withHoliday([](QDate d) { return d.dayOfWeek() <= 5 && d != QDate(2026, 11, 23); });
    CHECK(oneDay.deadline(friday, withHoliday).date() == QDate(2026, 11, 24));

    CHECK_FALSE(ServiceTime {}.deadline(friday, weekdays).isValid());
}

TEST_CASE("the office calendar plugs into the service time through the adapter")
{
    WorkingCalendar calendar; // Monday to Friday 07.30 to 16.00
    calendar.addHoliday(Holiday { QDate(2026, 12, 25), HolidayKind::LiburNasional, QStringLiteral("Hari Raya Natal") });
    const WorkingDaysAdapter<WorkingCalendar> workingDays(calendar);
    const ServiceTime oneDay { 1, TimeUnit::WorkingDays };

    // Received on Friday after closing time: it counts from Monday, so one working day is Tuesday.
    CHECK(oneDay.deadline(QDateTime(QDate(2026, 11, 20), QTime(16, 30)), workingDays).date() == QDate(2026, 11, 24));
    CHECK(oneDay.deadline(QDateTime(QDate(2026, 11, 20), QTime(10, 0)), workingDays).date() == QDate(2026, 11, 23));
    // Christmas is skipped.
    CHECK(oneDay.deadline(QDateTime(QDate(2026, 12, 24), QTime(9, 0)), workingDays).date() == QDate(2026, 12, 28));
}
