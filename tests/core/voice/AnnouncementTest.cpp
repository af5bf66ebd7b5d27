// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voice/Announcement.h"
#include "core/storage/SettingsStore.h"
#include "core/voice/IndonesianNumber.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

std::string words(qint64 n)
{
    return IndonesianNumber::words(n).toStdString();
}

} // namespace

TEST_CASE("Indonesian number words: units, teens and tens")
{
    CHECK(words(0) == "nol");
    CHECK(words(1) == "satu");
    CHECK(words(7) == "tujuh");
    CHECK(words(9) == "sembilan");
    CHECK(words(10) == "sepuluh");
    CHECK(words(11) == "sebelas");
    CHECK(words(12) == "dua belas");
    CHECK(words(19) == "sembilan belas");
    CHECK(words(20) == "dua puluh");
    CHECK(words(21) == "dua puluh satu");
    CHECK(words(45) == "empat puluh lima");
    CHECK(words(99) == "sembilan puluh sembilan");
}

TEST_CASE("Indonesian number words: hundreds use seratus for one hundred")
{
    CHECK(words(100) == "seratus");
    CHECK(words(101) == "seratus satu");
    CHECK(words(110) == "seratus sepuluh");
    CHECK(words(111) == "seratus sebelas");
    CHECK(words(115) == "seratus lima belas");
    CHECK(words(120) == "seratus dua puluh");
    CHECK(words(200) == "dua ratus");
    CHECK(words(305) == "tiga ratus lima");
    CHECK(words(999) == "sembilan ratus sembilan puluh sembilan");
}

TEST_CASE("Indonesian number words: thousands use seribu, larger scales say satu")
{
    CHECK(words(1000) == "seribu");
    CHECK(words(1001) == "seribu satu");
    CHECK(words(1100) == "seribu seratus");
    CHECK(words(2000) == "dua ribu");
    CHECK(words(2026) == "dua ribu dua puluh enam");
    CHECK(words(11000) == "sebelas ribu");
    CHECK(words(100000) == "seratus ribu");
    CHECK(words(101000) == "seratus satu ribu");
    CHECK(words(1000000) == "satu juta");
    CHECK(words(2500000) == "dua juta lima ratus ribu");
    CHECK(words(1000000000) == "satu miliar");
    CHECK(words(3000000000000) == "tiga triliun");
    CHECK(words(-5) == "minus lima");
}

TEST_CASE("Indonesian digits are read one by one")
{
    CHECK(IndonesianNumber::digits(QStringLiteral("001")) == QStringLiteral("nol nol satu"));
    CHECK(IndonesianNumber::digits(QStringLiteral("2-9")) == QStringLiteral("dua sembilan"));
    CHECK(IndonesianNumber::digits(QString()).isEmpty());
}

TEST_CASE("the ticket number is spoken digit by digit or as a number")
{
    CHECK(
        Announcement::spokenTicket(QStringLiteral("A-001"), NumberReading::Digits) == QStringLiteral("A nol nol satu"));
    CHECK(Announcement::spokenTicket(QStringLiteral("A-001"), NumberReading::Words) == QStringLiteral("A satu"));
    CHECK(
        Announcement::spokenTicket(QStringLiteral("A-101"), NumberReading::Words) == QStringLiteral("A seratus satu"));
    CHECK(Announcement::spokenTicket(QStringLiteral("B-011"), NumberReading::Words) == QStringLiteral("B sebelas"));
    CHECK(Announcement::spokenTicket(QStringLiteral("C-020"), NumberReading::Words) == QStringLiteral("C dua puluh"));
    CHECK(
        Announcement::spokenTicket(QStringLiteral("h-120"), NumberReading::Digits) == QStringLiteral("H satu dua nol"));
    // A prefix of two letters is spelled, each letter on its own.
    CHECK(Announcement::spokenTicket(QStringLiteral("AB-007"), NumberReading::Digits)
        == QStringLiteral("A B nol nol tujuh"));
}

TEST_CASE("the default announcement is the one citizens know")
{
    const Announcement a;
    CHECK(a.phrase(QStringLiteral("A-001"), 2)
        == QStringLiteral("Nomor antrian A nol nol satu, silakan menuju loket dua"));
    CHECK(a.phrase(QStringLiteral("B-112"), 12)
        == QStringLiteral("Nomor antrian B satu satu dua, silakan menuju loket dua belas"));
    const Announcement words(Announcement::defaultTemplate(), NumberReading::Words);
    CHECK(words.phrase(QStringLiteral("A-101"), 3)
        == QStringLiteral("Nomor antrian A seratus satu, silakan menuju loket tiga"));
}

TEST_CASE("an office template may name the service and place the words its own way")
{
    const Announcement a(QStringLiteral("Panggilan untuk {layanan}: nomor {NOMOR}, ke loket {loket}. Terima kasih"));
    CHECK(a.phrase(QStringLiteral("D-007"), 1, QStringLiteral("Surat  Pindah"))
        == QStringLiteral("Panggilan untuk Surat Pindah: nomor D nol nol tujuh, ke loket satu. Terima kasih"));
}

TEST_CASE("a template must say the number and use only known placeholders")
{
    CHECK(Announcement::validateTemplate(Announcement::defaultTemplate()).ok());
    CHECK(Announcement::validateTemplate(QStringLiteral("Nomor {nomor} ke {layanan}")).ok());

    const Status empty = Announcement::validateTemplate(QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidInput);

    const Status noNumber = Announcement::validateTemplate(QStringLiteral("Silakan menuju loket {loket}"));
    REQUIRE_FALSE(noNumber.ok());
    CHECK(noNumber.error().message.contains(QStringLiteral("{nomor}")));

    const Status typo = Announcement::validateTemplate(QStringLiteral("Nomor {nomor} ke loket {lokett}"));
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().message.contains(QStringLiteral("{lokett}")));

    CHECK_FALSE(Announcement::validateTemplate(QStringLiteral("{nomor} ") + QString(300, QLatin1Char('x'))).ok());
}

TEST_CASE("the board reads the wording and the reading style from the settings")
{
    test::TempDatabase t;
    SettingsStore settings(t.db());

    const Announcement byDefault = Announcement::fromSettings(settings);
    CHECK(byDefault.templateText() == Announcement::defaultTemplate());
    CHECK(byDefault.reading() == NumberReading::Digits);

    REQUIRE(settings
                .setValue(QLatin1String(SettingKey::BoardAnnouncementTemplate),
                    QStringLiteral("Antrian {nomor} dipersilakan ke loket {loket}"))
                .ok());
    REQUIRE(settings.setValue(QLatin1String(SettingKey::BoardNumberReading), QStringLiteral("words")).ok());
    const Announcement office = Announcement::fromSettings(settings);
    CHECK(office.phrase(QStringLiteral("A-021"), 4)
        == QStringLiteral("Antrian A dua puluh satu dipersilakan ke loket empat"));

    // A stored template that lost its number is not spoken: the default is.
    REQUIRE(settings.setValue(QLatin1String(SettingKey::BoardAnnouncementTemplate), QStringLiteral("Silakan")).ok());
    REQUIRE(settings.setValue(QLatin1String(SettingKey::BoardNumberReading), QStringLiteral("roman")).ok());
    const Announcement broken = Announcement::fromSettings(settings);
    CHECK(broken.phrase(QStringLiteral("A-001"), 2)
        == QStringLiteral("Nomor antrian A nol nol satu, silakan menuju loket dua"));
}
