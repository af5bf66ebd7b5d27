// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/HolidayCsv.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("the shipped 2026 holiday list parses to 25 holidays")
{
    const QByteArray bytes = test::fileBytes(QStringLiteral(LOKET_SOURCE_DIR "/resources/holidays/holidays-2026.csv"));
    REQUIRE_FALSE(bytes.isEmpty());
    auto parsed = HolidayCsv::parse(bytes);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 25);
    CHECK(parsed->first().date == QDate(2026, 1, 1));
    const Holiday independence { QDate(2026, 8, 17), HolidayKind::LiburNasional,
        QStringLiteral("Proklamasi Kemerdekaan Republik Indonesia") };
    CHECK(parsed->contains(independence));
    int cutiBersama = 0;
    for (const Holiday &h : parsed.value())
        cutiBersama += h.kind == HolidayKind::CutiBersama ? 1 : 0;
    CHECK(cutiBersama == 8);
}

TEST_CASE("a holiday file with errors is refused as a whole with line numbers and fields")
{
    const QString text = QStringLiteral("date,kind,name\n"
                                        "2026-08-17,libur_nasional,Proklamasi Kemerdekaan\n"
                                        "2026-02-30,libur_nasional,Tanggal salah\n"
                                        "2026-12-24,cuti,Cuti Bersama Natal\n"
                                        "2026-12-25,libur_nasional,\n");
    auto parsed = HolidayCsv::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    const QString m = parsed.error().message;
    CHECK(m.contains(QStringLiteral("3 problem(s)")));
    CHECK(m.contains(QStringLiteral("nothing was imported")));
    CHECK(m.contains(QStringLiteral("Line 3, field \"date\": \"2026-02-30\" is not a date")));
    CHECK(m.contains(QStringLiteral("Line 4, field \"kind\": \"cuti\"")));
    CHECK(m.contains(QStringLiteral("Line 5, field \"name\"")));
    CHECK_FALSE(m.contains(QStringLiteral("Line 2")));
}

TEST_CASE("the same date twice in a holiday file is an error naming both lines")
{
    const QString text = QStringLiteral("date,kind,name\n"
                                        "2026-03-21,libur_nasional,Idul Fitri 1447 H\n"
                                        "\n"
                                        "2026-03-21,cuti_bersama,Cuti Bersama Idul Fitri\n");
    auto parsed = HolidayCsv::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(
        QStringLiteral("Line 4, field \"date\": 2026-03-21 is already listed on line 2")));
}

TEST_CASE("a holiday file without the header line is refused")
{
    auto parsed = HolidayCsv::parse(QStringLiteral("2026-08-17,libur_nasional,Proklamasi Kemerdekaan\n"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(QStringLiteral("Line 1: the first line must be the header")));

    auto empty = HolidayCsv::parse(QStringLiteral("\n\n"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("empty")));
}

TEST_CASE("a name with a comma must be quoted and an unquoted one is refused")
{
    auto quoted = HolidayCsv::parse(QStringLiteral("date,kind,name\r\n"
                                                   "2026-10-05,libur_lokal,\"Hari Jadi Kabupaten, ke-200\"\r\n"));
    REQUIRE(quoted.ok());
    REQUIRE(quoted->size() == 1);
    CHECK(quoted->at(0).name == QLatin1String("Hari Jadi Kabupaten, ke-200"));
    CHECK(quoted->at(0).kind == HolidayKind::LiburLokal);

    auto unquoted = HolidayCsv::parse(QStringLiteral("date,kind,name\n2026-10-05,libur_lokal,Hari Jadi, ke-200\n"));
    REQUIRE_FALSE(unquoted.ok());
    CHECK(unquoted.error().message.contains(QStringLiteral("Line 2: expected 3 fields")));
}

TEST_CASE("a holiday file with a byte-order mark and Windows line ends is read")
{
    QByteArray bytes("\xEF\xBB\xBF"
                     "date,kind,name\r\n2026-06-01,libur_nasional,Hari Lahir Pancasila\r\n");
    auto parsed = HolidayCsv::parse(bytes);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 1);
    CHECK(parsed->at(0).date == QDate(2026, 6, 1));
}

TEST_CASE("a holiday file that is not UTF-8 is refused")
{
    // A name with an accented letter, saved by a spreadsheet as Latin-1.
    QByteArray bytes("date,kind,name\n2026-06-03,libur_lokal,Hari Jadi Kota \xE9\n");
    auto parsed = HolidayCsv::parse(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("exported holidays are sorted by date and read back unchanged")
{
    const QList<Holiday> list {
        { QDate(2026, 12, 25), HolidayKind::LiburNasional, QStringLiteral("Hari Raya Natal") },
        { QDate(2026, 10, 5), HolidayKind::LiburLokal, QStringLiteral("Hari Jadi Kabupaten, ke-200") },
        { QDate(2026, 12, 24), HolidayKind::CutiBersama, QStringLiteral("Cuti Bersama \"Natal\"") },
    };
    const QString text = HolidayCsv::write(list);
    CHECK(text.startsWith(QStringLiteral("date,kind,name\n2026-10-05,libur_lokal,\"Hari Jadi Kabupaten, ke-200\"\n")));
    auto back = HolidayCsv::parse(text);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 3);
    CHECK(back->at(0) == list.at(1));
    CHECK(back->at(1) == list.at(2));
    CHECK(back->at(2) == list.at(0));
}
