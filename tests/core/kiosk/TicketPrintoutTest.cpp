// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/TicketPrintout.h"
#include "core/kiosk/KioskMenu.h"
#include "core/printing/EscPosDecoder.h"
#include "core/printing/EscPosEncoder.h"
#include "core/standards/StandardService.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/core/standards/StandardFixtures.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

// Kartu Keluarga (service B of the fixture) gets a standard in force from 1 November 2026.
void setKartuKeluargaStandard(QueueFixture &f, std::optional<qint64> cost = 0)
{
    StandardService standards(f.t.db(), f.clock);
    StandardContent content = kartuKeluarga();
    content.costRupiah = cost;
    REQUIRE(standards.saveDraft(f.admin, f.kk, content).ok());
    REQUIRE(standards
                .setStandard(f.admin, f.kk,
                    Decree { QStringLiteral("100.3.3/17/KEC/2026"), QDate(2026, 10, 20), QDate(2026, 11, 1) })
                .ok());
}

} // namespace

TEST_CASE("the printed ticket carries the office, number, local time and place in the line")
{
    QueueFixture f;
    f.t.exec(QStringLiteral("UPDATE office SET parent_agency = 'Pemerintah Kota Bandung'"));
    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    const Ticket second = f.issue(f.ktp);

    auto layout = TicketPrintout(f.t.db(), f.clock).layout(second, PaperWidth::Mm58);
    REQUIRE(layout.ok());
    CHECK(layout->number == QStringLiteral("A-002"));
    CHECK(layout->serviceName == QStringLiteral("KTP-el"));
    CHECK(layout->officeName == QStringLiteral("PEMERINTAH KOTA BANDUNG\nKecamatan Cibeunying Kaler"));
    CHECK(layout->paper == PaperWidth::Mm58);
    // Issued 01.01 UTC: 08.01 in Bandung (WIB).
    CHECK(layout->issuedLocal.time() == QTime(8, 1));
    CHECK(layout->issuedLocal.date() == QDate(2026, 11, 23));
    CHECK(layout->peopleAhead == 1);
    CHECK(layout->estimatedWaitMinutes >= 0);
    CHECK(layout->qrPayload.isEmpty()); // no QR link set: no QR code
    CHECK(layout->footer.contains(QStringLiteral("Keep this ticket")));
    CHECK(layout->requirements.isEmpty()); // KTP-el has no standard in this office yet
}

TEST_CASE("a reprint of a called ticket leaves out the place in the line")
{
    QueueFixture f;
    const Ticket issued = f.issue(f.ktp);
    f.callNext(f.siti, f.loket1);
    auto layout = TicketPrintout(f.t.db(), f.clock).layout(issued.number);
    REQUIRE(layout.ok());
    CHECK(layout->peopleAhead < 0);
    CHECK(layout->estimatedWaitMinutes < 0);
    CHECK(layout->peopleAheadText().isEmpty());
}

TEST_CASE("the printed ticket lists the standard's requirements and says the service is free")
{
    QueueFixture f;
    setKartuKeluargaStandard(f);
    const Ticket t = f.issue(f.kk);
    auto layout = TicketPrintout(f.t.db(), f.clock).layout(t);
    REQUIRE(layout.ok());
    REQUIRE(layout->requirements.size() == 3);
    CHECK(layout->requirements.at(0) == QStringLiteral("Surat pengantar RT/RW"));
    CHECK(layout->requirements.at(1) == QStringLiteral("Fotokopi buku nikah/akta perkawinan, dilegalisir"));
    CHECK(layout->footer.contains(QStringLiteral("free of charge")));

    // And the thermal printer gets them, with the number, in bytes that read back.
    auto bytes = EscPosEncoder().encode(layout.value());
    REQUIRE(bytes.ok());
    const QStringList lines = EscPosDecoder::textLines(EscPosDecoder::decode(bytes.value()));
    CHECK(lines.contains(QStringLiteral("B-001")));
    CHECK(lines.contains(QStringLiteral("[ ] Surat pengantar RT/RW")));
}

TEST_CASE("an unknown ticket cannot be printed and says so")
{
    QueueFixture f;
    auto layout = TicketPrintout(f.t.db(), f.clock).layout(QStringLiteral("Z-999"));
    REQUIRE_FALSE(layout.ok());
    CHECK_FALSE(layout.error().message.isEmpty());
}

TEST_CASE("the kiosk offers the active services with their standard, line and estimate")
{
    QueueFixture f;
    setKartuKeluargaStandard(f, 25000);
    f.issue(f.ktp);
    f.issue(f.ktp);

    auto services = KioskMenu::services(f.t.db(), f.clock);
    REQUIRE(services.ok());
    REQUIRE(services->size() == 2); // IUMK is inactive
    const KioskService &ktp = services->at(0);
    CHECK(ktp.service.code == QStringLiteral("KTP"));
    CHECK(ktp.waiting == 2);
    CHECK(ktp.openCounters == 2);
    REQUIRE(ktp.estimatedWaitMinutes.has_value());
    CHECK_FALSE(ktp.costRupiah.has_value());
    CHECK(ktp.costText().isEmpty());
    CHECK(ktp.timeText() == QStringLiteral("about 15 min."));
    CHECK(ktp.lineText().startsWith(QStringLiteral("2 waiting")));

    const KioskService &kk = services->at(1);
    CHECK(kk.service.code == QStringLiteral("KK"));
    REQUIRE(kk.costRupiah.has_value());
    CHECK(kk.costText() == QStringLiteral("Rp 25.000"));
    CHECK(kk.timeText() == QStringLiteral("1 working day(s)"));
    CHECK(kk.lineText() == QStringLiteral("No one waiting"));

    auto reasons = KioskMenu::priorityReasons(f.t.db());
    REQUIRE(reasons.ok());
    QStringList codes;
    for (const PriorityReason &r : reasons.value())
        codes << r.code;
    CHECK(codes.contains(QStringLiteral("lansia")));
    CHECK(codes.contains(QStringLiteral("disabilitas")));
    CHECK(codes.contains(QStringLiteral("ibu_hamil")));
    CHECK(codes.contains(QStringLiteral("ibu_anak")));
}
