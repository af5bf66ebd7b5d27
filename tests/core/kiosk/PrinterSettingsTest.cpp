// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PrinterSettings.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

TEST_CASE("printer settings default to a USB thermal printer on 80 mm paper")
{
    TempDatabase t;
    const PrinterSettings s = PrinterSettings::load(SettingsStore(t.db()));
    CHECK(s.kind == PrinterKind::EscPosDevice);
    CHECK(s.device == QStringLiteral("/dev/usb/lp0"));
    CHECK(s.paper == PaperWidth::Mm80);
    CHECK(s.qrMode == QrPrintMode::Native);
    CHECK(s.validate().ok());
}

TEST_CASE("printer settings are saved by an administrator and read back")
{
    QueueFixture f;
    PrinterSettings s;
    s.kind = PrinterKind::EscPosNetwork;
    s.host = QStringLiteral("192.168.1.50:9100");
    s.paper = PaperWidth::Mm58;
    s.qrMode = QrPrintMode::Raster;
    REQUIRE(s.save(f.admin, f.t.db(), f.clock).ok());
    CHECK(PrinterSettings::load(SettingsStore(f.t.db())) == s);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' "
                                 "AND entity_id = 'printer.kind'"))
        == 1);
}

TEST_CASE("an officer cannot change the printer and the refusal is recorded")
{
    QueueFixture f;
    PrinterSettings s;
    s.kind = PrinterKind::None;
    const Status saved = s.save(f.siti, f.t.db(), f.clock);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::PermissionDenied);
    CHECK(PrinterSettings::load(SettingsStore(f.t.db())).kind == PrinterKind::EscPosDevice);
}

TEST_CASE("printer settings that cannot work are refused with what to fix")
{
    PrinterSettings s;
    s.kind = PrinterKind::EscPosNetwork;
    s.host = QStringLiteral("printer:99999");
    const Status bad = s.validate();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("host:port")));
    s.kind = PrinterKind::EscPosDevice;
    s.device.clear();
    CHECK_FALSE(s.validate().ok());
    s.kind = PrinterKind::None;
    CHECK(s.validate().ok());
}

TEST_CASE("a network printer address takes port 9100 unless given")
{
    auto a = PrinterSettings::parseAddress(QStringLiteral(" 10.0.0.7 "));
    REQUIRE(a.has_value());
    CHECK(a->host == QStringLiteral("10.0.0.7"));
    CHECK(a->port == 9100);
    a = PrinterSettings::parseAddress(QStringLiteral("struk.local:9101"));
    REQUIRE(a.has_value());
    CHECK(a->host == QStringLiteral("struk.local"));
    CHECK(a->port == 9101);
    a = PrinterSettings::parseAddress(QStringLiteral("[fe80::1]:9100"));
    REQUIRE(a.has_value());
    CHECK(a->host == QStringLiteral("fe80::1"));
    CHECK_FALSE(PrinterSettings::parseAddress(QStringLiteral("")).has_value());
    CHECK_FALSE(PrinterSettings::parseAddress(QStringLiteral("host:0")).has_value());
    CHECK_FALSE(PrinterSettings::parseAddress(QStringLiteral("two words")).has_value());
}
