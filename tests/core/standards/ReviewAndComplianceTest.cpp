// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardRegister.h"
#include "core/standards/StandardService.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

struct Office {
    TempDatabase t;
    ManualClock clock { QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC) };
    StandardService standards { t.db(), clock };
    StandardRegister records { t.db(), clock };
    qint64 kk = addService(t, QStringLiteral("KK"), QStringLiteral("Kartu Keluarga"), QStringLiteral("B"));
    qint64 skd = addService(t, QStringLiteral("SKD"), QStringLiteral("Surat Keterangan Domisili"), QStringLiteral("D"));
    qint64 legal = addService(t, QStringLiteral("LEGAL"), QStringLiteral("Legalisasi"), QStringLiteral("L"));

    void setStandard(qint64 serviceId, QDate decreeDate)
    {
        REQUIRE(standards.saveDraft(supervisor(), serviceId, kartuKeluarga()).ok());
        REQUIRE(standards
                    .setStandard(supervisor(), serviceId,
                        Decree { QStringLiteral("100/%1/KEC").arg(serviceId), decreeDate, decreeDate })
                    .ok());
    }
    void review(qint64 serviceId, QDate date)
    {
        REQUIRE(
            records
                .addReview(supervisor(),
                    StandardReview { 0, serviceId, date, QStringLiteral("Tim Evaluasi"), ReviewOutcome::NoChange, {} })
                .ok());
    }
    void publish(qint64 serviceId, const char *medium, QDate date, bool sippn = false)
    {
        REQUIRE(records
                    .addPublication(
                        supervisor(), Publication { 0, serviceId, QString::fromUtf8(medium), date, QString(), sippn })
                    .ok());
    }
};

} // namespace

TEST_CASE("a standard is due for review twelve months after its last review or after being set")
{
    Office o;
    o.setStandard(o.kk, QDate(2025, 1, 6)); // never reviewed: due 2026-01-06
    o.setStandard(o.skd, QDate(2025, 1, 6));
    o.review(o.skd, QDate(2025, 12, 10)); // due 2026-12-10
    o.setStandard(o.legal, QDate(2025, 1, 6));
    o.review(o.legal, QDate(2026, 6, 1)); // due 2027-06-01

    ReviewSchedule schedule(o.t.db());
    auto all = schedule.schedule(supervisor(), QDate(2026, 11, 23));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).service.code == QLatin1String("KK"));
    CHECK(all->at(0).dueOn == QDate(2026, 1, 6));
    CHECK(all->at(0).state == ReviewState::Overdue);
    CHECK(all->at(0).daysOverdue == 321);
    CHECK_FALSE(all->at(0).lastReview.isValid());
    CHECK(all->at(1).service.code == QLatin1String("SKD"));
    CHECK(all->at(1).dueOn == QDate(2026, 12, 10));
    CHECK(all->at(1).state == ReviewState::Due);
    CHECK(all->at(2).state == ReviewState::NotDue);

    auto due = schedule.dueOrOverdue(supervisor(), QDate(2026, 11, 23));
    REQUIRE(due.ok());
    CHECK(due->size() == 2);

    SECTION("on the due date itself the review is due, the day after it is overdue")
    {
        CHECK(ReviewSchedule::stateOn(QDate(2026, 12, 10), QDate(2026, 12, 10), 30) == ReviewState::Due);
        CHECK(ReviewSchedule::stateOn(QDate(2026, 12, 10), QDate(2026, 12, 11), 30) == ReviewState::Overdue);
        CHECK(ReviewSchedule::stateOn(QDate(2026, 12, 10), QDate(2026, 11, 9), 30) == ReviewState::NotDue);
    }

    SECTION("the period follows the setting")
    {
        REQUIRE(SettingsStore(o.t.db()).setValue(QLatin1String(SettingKey::StandardsReviewMonths), 24).ok());
        auto longer = schedule.schedule(supervisor(), QDate(2026, 11, 23));
        REQUIRE(longer.ok());
        CHECK(longer->at(0).dueOn == QDate(2027, 1, 6));
        CHECK(longer->at(0).state == ReviewState::NotDue);
    }
}

TEST_CASE("a review recorded after the day asked does not count for that day")
{
    Office o;
    o.setStandard(o.kk, QDate(2025, 1, 6));
    o.review(o.kk, QDate(2026, 3, 1));
    ReviewSchedule schedule(o.t.db());
    auto before = schedule.schedule(supervisor(), QDate(2026, 2, 1));
    REQUIRE(before.ok());
    REQUIRE(before->size() == 1);
    CHECK(before->at(0).state == ReviewState::Overdue);
    CHECK(before->at(0).dueOn == QDate(2026, 1, 6));
}

TEST_CASE("the compliance summary counts what evaluators check")
{
    Office o;
    const QDate day(2026, 11, 23);
    // KK: everything in order.
    o.setStandard(o.kk, QDate(2025, 1, 6));
    o.review(o.kk, QDate(2026, 5, 4));
    for (const char *m : { "Papan pengumuman", "Website", "Media sosial", "Brosur/leaflet" })
        o.publish(o.kk, m, QDate(2025, 1, 10));
    o.publish(o.kk, "SIPPN", QDate(2025, 1, 12));
    // The same medium twice counts once.
    o.publish(o.kk, "website", QDate(2025, 2, 1));
    Consultation forum;
    forum.serviceIds = { o.kk, o.skd };
    forum.date = QDate(2024, 12, 2);
    forum.groups = { { QStringLiteral("Tokoh masyarakat"), 4, {} }, { QStringLiteral("Penyandang disabilitas"), 2, {} },
        { QStringLiteral("Pengguna layanan"), 10, {} } };
    REQUIRE(o.records.addConsultation(supervisor(), forum).ok());
    Consultation second;
    second.serviceIds = { o.kk };
    second.date = QDate(2025, 11, 3);
    second.groups
        = { { QStringLiteral("tokoh masyarakat"), std::nullopt, {} }, { QStringLiteral("Akademisi"), 1, {} } };
    REQUIRE(o.records.addConsultation(supervisor(), second).ok());

    // SKD: set, three media, no SIPPN, reviewed too long ago.
    o.setStandard(o.skd, QDate(2025, 6, 2));
    o.publish(o.skd, "Papan pengumuman", QDate(2025, 5, 20)); // before its decree: not this version
    o.publish(o.skd, "Papan pengumuman", QDate(2025, 6, 3));
    o.publish(o.skd, "Website", QDate(2025, 6, 3));
    o.publish(o.skd, "Media sosial", QDate(2025, 6, 3));
    o.review(o.skd, QDate(2025, 10, 1));

    // LEGAL: only an incomplete draft.
    StandardContent draft;
    draft.products = { QStringLiteral("Fotokopi terlegalisasi") };
    draft.costRupiah = 0;
    REQUIRE(o.standards.saveDraft(supervisor(), o.legal, draft).ok());

    auto summary = StandardCompliance(o.t.db()).summary(supervisor(), day);
    REQUIRE(summary.ok());
    REQUIRE(summary->services.size() == 3);

    auto of = [&](const char *code) {
        for (const ServiceCompliance &row : summary->services) {
            if (row.service.code == QLatin1String(code))
                return row;
        }
        FAIL("no row for " << code);
        return ServiceCompliance {};
    };
    const ServiceCompliance kk = of("KK");
    CHECK(kk.versionInForce == 1);
    CHECK(kk.componentsComplete);
    CHECK(kk.filledComponents == 14);
    CHECK(kk.setByDecree);
    CHECK(kk.consultations == 2);
    CHECK(kk.consultationGroups == 4);
    CHECK(kk.publicationMedia == 4);
    CHECK(kk.onSippn);
    CHECK(kk.publishedFully());
    CHECK(kk.reviewedInPeriod);
    CHECK(kk.reviewDue == QDate(2027, 5, 4));
    CHECK(kk.criteriaMet() == 5);

    const ServiceCompliance skd = of("SKD");
    CHECK(skd.setByDecree);
    CHECK(skd.consultations == 1);
    CHECK(skd.consultationGroups == 3);
    CHECK(skd.publicationMedia == 3);
    CHECK_FALSE(skd.onSippn);
    CHECK_FALSE(skd.publishedFully());
    CHECK_FALSE(skd.reviewedInPeriod);
    CHECK(skd.criteriaMet() == 3);

    const ServiceCompliance legal = of("LEGAL");
    CHECK_FALSE(legal.versionInForce.has_value());
    CHECK_FALSE(legal.setByDecree);
    CHECK(legal.filledComponents == 2); // products and cost
    CHECK_FALSE(legal.componentsComplete);
    CHECK(legal.criteriaMet() == 0);

    CHECK(summary->serviceCount == 3);
    CHECK(summary->complete == 2);
    CHECK(summary->set == 2);
    CHECK(summary->consulted == 2);
    CHECK(summary->publishedFully == 1);
    CHECK(summary->onSippn == 1);
    CHECK(summary->reviewed == 1);
    CHECK(summary->fullyCompliant == 1);
    CHECK_FALSE(summary->maklumatSigned);
}

TEST_CASE("the Maklumat starts with the standard promise and is signed by decree")
{
    Office o;
    auto initial = o.records.maklumat();
    REQUIRE(initial.ok());
    CHECK(initial->text.startsWith(QStringLiteral("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan")));
    CHECK_FALSE(initial->decreeDate.isValid());

    CHECK_FALSE(o.records.saveMaklumat(supervisor(), initial->text, QStringLiteral("100/5/KEC/2026"), QDate()).ok());
    CHECK_FALSE(o.records.saveMaklumat(officer(), initial->text, QString(), QDate()).ok());
    REQUIRE(
        o.records.saveMaklumat(supervisor(), initial->text, QStringLiteral("100/5/KEC/2026"), QDate(2026, 1, 5)).ok());
    for (const char *m : { "Papan pengumuman", "Website" }) {
        REQUIRE(o.records
                    .addMaklumatPublication(
                        supervisor(), Publication { 0, 0, QString::fromLatin1(m), QDate(2026, 1, 6), QString(), false })
                    .ok());
    }
    auto summary = StandardCompliance(o.t.db()).summary(supervisor(), QDate(2026, 11, 23));
    REQUIRE(summary.ok());
    CHECK(summary->maklumatSigned);
    CHECK(summary->maklumatMedia == 2);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'maklumat.%' "
                                    "AND outcome = 'ok'"))
              .toInt()
        == 3);
}

TEST_CASE("a consultation keeps its minutes file and the groups heard")
{
    Office o;
    Consultation c;
    c.serviceIds = { o.kk };
    c.date = QDate(2026, 2, 10);
    c.place = QStringLiteral("Aula Kecamatan");
    c.groups = { { QStringLiteral("Pengguna layanan"), 12, { QStringLiteral("Budi"), QStringLiteral("Ani") } } };
    c.minutesName = QStringLiteral("BA-FKP.pdf");
    c.minutes = QByteArray("%PDF-1.4 berita acara\n") + QByteArray::fromHex("000102ff");
    auto id = o.records.addConsultation(supervisor(), c);
    REQUIRE(id.ok());

    auto listed = o.records.consultations(officer(), o.kk);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).minutes.isEmpty());
    CHECK(listed->at(0).minutesSize == c.minutes.size());
    CHECK(listed->at(0).groups == c.groups);
    auto bytes = o.records.consultationMinutes(officer(), id.value());
    REQUIRE(bytes.ok());
    CHECK(bytes.value() == c.minutes);

    auto none = o.records.consultations(officer(), o.skd);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    Consultation noGroup = c;
    noGroup.groups.clear();
    CHECK_FALSE(o.records.addConsultation(supervisor(), noGroup).ok());
}
