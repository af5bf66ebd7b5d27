// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PrinterSettings.h"
#include "core/kiosk/PrinterStatus.h"
#include "core/kiosk/TicketPrintout.h"
#include "core/printing/EscPosDecoder.h"
#include "core/printing/EscPosEncoder.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

QList<EscPosCommand> ofKind(const QList<EscPosCommand> &commands, EscPosCommand::Kind kind)
{
    QList<EscPosCommand> out;
    for (const EscPosCommand &c : commands) {
        if (c.kind == kind)
            out << c;
    }
    return out;
}

void useQrTemplate(QueueFixture &f, const QString &urlTemplate)
{
    PrinterSettings s;
    s.kind = PrinterKind::None;
    s.qrUrlTemplate = urlTemplate;
    REQUIRE(s.save(f.admin, f.t.db(), f.clock).ok());
}

} // namespace

TEST_CASE("a priority ticket prints its priority, on paper and in the layout every renderer draws")
{
    QueueFixture f;
    const Ticket regular = f.issue(f.ktp);
    const Ticket priority = f.issue(f.ktp, f.lansia);
    TicketPrintout printout(f.t.db(), f.clock);

    auto plain = printout.layout(regular);
    REQUIRE(plain.ok());
    CHECK(plain->priorityText().isEmpty());

    auto layout = printout.layout(priority);
    REQUIRE(layout.ok());
    CHECK(layout->priorityReason == QStringLiteral("Lansia (60+)"));
    CHECK(layout->priorityText() == QStringLiteral("PRIORITY — Lansia (60+)"));

    auto bytes = EscPosEncoder().encode(layout.value());
    REQUIRE(bytes.ok());
    const QList<EscPosCommand> commands = EscPosDecoder::decode(bytes.value());
    const QStringList lines = EscPosDecoder::textLines(commands);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    // The em dash is sent as '-': the printer's font has no other.
    const qsizetype at = lines.indexOf(QStringLiteral("PRIORITY - Lansia (60+)"));
    REQUIRE(at >= 0);
    CHECK(at > lines.indexOf(QStringLiteral("A-002"))); // under the number
    auto regularBytes = EscPosEncoder().encode(plain.value());
    REQUIRE(regularBytes.ok());
    CHECK_FALSE(EscPosDecoder::dump(regularBytes.value()).contains(QStringLiteral("PRIORITY")));
}

TEST_CASE("without a QR link the ticket prints no QR code")
{
    QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    auto layout = TicketPrintout(f.t.db(), f.clock).layout(t);
    REQUIRE(layout.ok());
    CHECK(layout->qrPayload.isEmpty());
    auto bytes = EscPosEncoder().encode(layout.value());
    REQUIRE(bytes.ok());
    const QList<EscPosCommand> commands = EscPosDecoder::decode(bytes.value());
    CHECK(ofKind(commands, EscPosCommand::Kind::QrStore).isEmpty());
    CHECK(ofKind(commands, EscPosCommand::Kind::QrPrint).isEmpty());
    CHECK(ofKind(commands, EscPosCommand::Kind::Raster).isEmpty());
}

TEST_CASE("the office's QR link carries the ticket's number, day and service, URL-encoded")
{
    QueueFixture f;
    useQrTemplate(f, QStringLiteral("https://kec-sukamaju.go.id/antrian?no={nomor}&hari={tanggal}&layanan={layanan}"));
    f.t.exec(QStringLiteral("UPDATE services SET code = 'KTP EL&1' WHERE code = 'KTP'"));
    const Ticket t = f.issue(f.ktp);
    auto layout = TicketPrintout(f.t.db(), f.clock).layout(t);
    REQUIRE(layout.ok());
    const QString expected
        = QStringLiteral("https://kec-sukamaju.go.id/antrian?no=A-001&hari=2026-11-23&layanan=KTP%20EL%261");
    CHECK(layout->qrPayload == expected);

    // The thermal printer stores exactly those bytes in its QR symbol.
    auto bytes = EscPosEncoder().encode(layout.value());
    REQUIRE(bytes.ok());
    const auto store = ofKind(EscPosDecoder::decode(bytes.value()), EscPosCommand::Kind::QrStore);
    REQUIRE(store.size() == 1);
    CHECK(store.first().data == expected.toUtf8());
}

TEST_CASE("a QR link template is checked before it is saved")
{
    CHECK(PrinterSettings::validateQrUrlTemplate(QString()).ok());
    CHECK(PrinterSettings::validateQrUrlTemplate(QStringLiteral("https://survei.example.id/skm")).ok());
    CHECK(PrinterSettings::validateQrUrlTemplate(
        QStringLiteral("http://10.0.0.5/status/{tanggal}/{nomor}?s={layanan}"))
              .ok());

    auto unknown = PrinterSettings::validateQrUrlTemplate(QStringLiteral("https://x.go.id/?no={number}&d={tgl}"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("{number}")));
    CHECK(unknown.error().message.contains(QStringLiteral("{tgl}")));
    CHECK_FALSE(PrinterSettings::validateQrUrlTemplate(QStringLiteral("loket:tiket/{tanggal}/{nomor}")).ok());
    CHECK_FALSE(PrinterSettings::validateQrUrlTemplate(QStringLiteral("https://x.go.id/?no={nomor")).ok());
    CHECK_FALSE(PrinterSettings::validateQrUrlTemplate(QStringLiteral("https://x.go.id/a b")).ok());
    CHECK_FALSE(PrinterSettings::validateQrUrlTemplate(QStringLiteral("https:///nohost")).ok());

    // Saving refuses a bad template and keeps the old one.
    QueueFixture f;
    PrinterSettings s;
    s.qrUrlTemplate = QStringLiteral("https://x.go.id/?no={nomer}");
    CHECK_FALSE(s.save(f.admin, f.t.db(), f.clock).ok());
    CHECK(PrinterSettings::load(SettingsStore(f.t.db())).qrUrlTemplate.isEmpty());
}

TEST_CASE("a printer failure is kept for staff in plain detail, the public message names no device")
{
    QueueFixture f;
    CHECK_FALSE(PrinterStatus::lastProblem(f.t.db()).has_value());
    const QString detail = QStringLiteral(
        "The ticket printer is not connected (/dev/usb/lp0 is missing). Check that it is switched on and its USB "
        "cable is plugged in.");
    REQUIRE(PrinterStatus::recordFailure(f.t.db(), detail, f.clock).ok());
    auto problem = PrinterStatus::lastProblem(f.t.db());
    REQUIRE(problem.has_value());
    CHECK(problem->detail == detail);
    CHECK(problem->at == f.clock.nowUtc());

    // The same failure again keeps its first time: the printer did not break twice.
    f.clock.advanceSecs(30);
    REQUIRE(PrinterStatus::recordFailure(f.t.db(), detail, f.clock).ok());
    CHECK(PrinterStatus::lastProblem(f.t.db())->at == f.clock.nowUtc().addSecs(-30));

    for (const QString &text : { PrinterStatus::publicMessage(), PrinterStatus::publicBanner() }) {
        CHECK_FALSE(text.contains(QStringLiteral("/dev")));
        CHECK_FALSE(text.contains(QStringLiteral("USB")));
        CHECK_FALSE(text.contains(QStringLiteral("lp")));
    }
    CHECK(PrinterStatus::publicMessage() == QStringLiteral("The ticket could not be printed, please note your number."));

    REQUIRE(PrinterStatus::recordSuccess(f.t.db()).ok());
    CHECK_FALSE(PrinterStatus::lastProblem(f.t.db()).has_value());
}
