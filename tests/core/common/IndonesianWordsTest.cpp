// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers and dates in Indonesian words, as the berita acara writes them.
#include "core/common/IndonesianWords.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

std::string words(qint64 n)
{
    return IndonesianWords::number(n).toStdString();
}

} // namespace

TEST_CASE("numbers from nought to twenty in words", "[common][words]")
{
    const char *const expected[] = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
        "sembilan", "sepuluh", "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas",
        "tujuh belas", "delapan belas", "sembilan belas", "dua puluh" };
    for (int n = 0; n <= 20; ++n) {
        CAPTURE(n);
        CHECK(words(n) == expected[n]);
    }
}

TEST_CASE("tens, hundreds and thousands take se- for one", "[common][words]")
{
    CHECK(words(11) == "sebelas");
    CHECK(words(21) == "dua puluh satu");
    CHECK(words(30) == "tiga puluh");
    CHECK(words(31) == "tiga puluh satu");
    CHECK(words(99) == "sembilan puluh sembilan");
    CHECK(words(100) == "seratus");
    CHECK(words(101) == "seratus satu");
    CHECK(words(110) == "seratus sepuluh");
    CHECK(words(111) == "seratus sebelas");
    CHECK(words(115) == "seratus lima belas");
    CHECK(words(200) == "dua ratus");
    CHECK(words(999) == "sembilan ratus sembilan puluh sembilan");
    CHECK(words(1000) == "seribu");
    CHECK(words(1001) == "seribu satu");
    CHECK(words(1100) == "seribu seratus");
    CHECK(words(1999) == "seribu sembilan ratus sembilan puluh sembilan");
    CHECK(words(2000) == "dua ribu");
    CHECK(words(2026) == "dua ribu dua puluh enam");
    CHECK(words(11000) == "sebelas ribu");
    CHECK(words(100000) == "seratus ribu");
    CHECK(words(101000) == "seratus satu ribu"); // "seribu" only for one thousand itself
    CHECK(words(999999) == "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan");
}

TEST_CASE("millions, billions and beyond", "[common][words]")
{
    CHECK(words(1000000) == "satu juta");
    CHECK(words(1001000) == "satu juta seribu");
    CHECK(words(2500000) == "dua juta lima ratus ribu");
    CHECK(words(10000001) == "sepuluh juta satu");
    CHECK(words(999999999)
        == "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus "
           "sembilan puluh sembilan");
    CHECK(words(1000000000) == "satu miliar");
    CHECK(words(1000000000000LL) == "satu triliun");
    CHECK(words(1000000000000000LL) == "seribu triliun");
    CHECK(words(-5) == "minus lima");
}

TEST_CASE("the days of the week and the months", "[common][words]")
{
    // 30 November 2026 is a Monday; the week from it.
    const char *const days[] = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };
    for (int i = 0; i < 7; ++i) {
        const QDate d(2026, 11, 30);
        CAPTURE(i);
        CHECK(IndonesianWords::dayName(d.addDays(i)).toStdString() == days[i]);
        CHECK(IndonesianWords::dayName(i + 1).toStdString() == days[i]);
    }
    CHECK(IndonesianWords::dayName(0).isEmpty());
    CHECK(IndonesianWords::dayName(QDate()).isEmpty());
    const char *const months[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember" };
    for (int m = 1; m <= 12; ++m)
        CHECK(IndonesianWords::monthName(m).toStdString() == months[m - 1]);
    CHECK(IndonesianWords::monthName(13).isEmpty());
    CHECK(IndonesianWords::date(QDate(2026, 11, 1)) == QLatin1String("1 November 2026"));
    CHECK(IndonesianWords::date(QDate()).isEmpty());
}

TEST_CASE("the opening phrase of the minutes", "[common][words]")
{
    CHECK(IndonesianWords::openingPhrase(QDate(2026, 11, 30))
        == QLatin1String("Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam"));
    // The edges: the first and the last day of a year, a leap day, a Sunday, a Friday (Jumat, without apostrophe).
    CHECK(IndonesianWords::openingPhrase(QDate(2027, 1, 1))
        == QLatin1String("Pada hari ini Jumat tanggal satu bulan Januari tahun dua ribu dua puluh tujuh"));
    CHECK(IndonesianWords::openingPhrase(QDate(2026, 12, 31))
        == QLatin1String("Pada hari ini Kamis tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam"));
    CHECK(IndonesianWords::openingPhrase(QDate(2028, 2, 29))
        == QLatin1String("Pada hari ini Selasa tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh delapan"));
    CHECK(IndonesianWords::openingPhrase(QDate(2026, 11, 1))
        == QLatin1String("Pada hari ini Minggu tanggal satu bulan November tahun dua ribu dua puluh enam"));
    CHECK(IndonesianWords::openingPhrase(QDate(2000, 10, 11))
        == QLatin1String("Pada hari ini Rabu tanggal sebelas bulan Oktober tahun dua ribu"));
    CHECK(IndonesianWords::openingPhrase(QDate()).isEmpty());
}
