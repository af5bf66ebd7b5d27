// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WorkingCalendar.h"
#include "core/storage/SettingsStore.h"
#include "core/voice/RunningTextDefault.h"
#include "core/voice/VoiceStatus.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using loket::test::TempDatabase;

TEST_CASE("the board's voice status is kept in board.voice_status for staff and read back")
{
    TempDatabase t;
    CHECK_FALSE(VoiceStatus::read(t.db()).has_value()); // no board has reported

    VoiceStatus s;
    s.state = VoiceStatus::State::ChimeOnly;
    s.reason = VoiceStatus::Reason::StartTimeout;
    s.detail = QStringLiteral("no answer within 20 s");
    s.at = QDateTime(QDate(2026, 11, 23), QTime(1, 5), Qt::UTC);
    s.host = QStringLiteral("papan-aula");
    REQUIRE(VoiceStatus::write(t.db(), s).ok());

    const std::optional<VoiceStatus> back = VoiceStatus::read(t.db());
    REQUIRE(back.has_value());
    CHECK(*back == s);
    CHECK(back->at == s.at);
    CHECK(SettingsStore(t.db()).stringValue(QLatin1String(SettingKey::BoardVoiceStatus)).contains(
        QStringLiteral("\"reason\":\"start_timeout\"")));
    // Staff read what happens and that the board goes on by itself.
    CHECK(back->describe().contains(QStringLiteral("speech-dispatcher hangs")));
    CHECK(back->describe().contains(QStringLiteral("chime only")));
    CHECK(back->describe().contains(QStringLiteral("no answer within 20 s")));

    CHECK_FALSE(VoiceStatus::fromJson(QStringLiteral("not json")).has_value());
    CHECK_FALSE(VoiceStatus::fromJson(QStringLiteral("{\"state\":\"singing\"}")).has_value());
}

TEST_CASE("the default running text gives the opening hours and the Maklumat's first line, in Indonesian")
{
    WeeklySchedule hours = WorkingCalendar::defaultSchedule(); // Monday–Friday 07.30–16.00
    CHECK(indonesianOpeningHours(hours) == QStringLiteral("Senin–Jumat 07.30–16.00"));

    hours.day(Qt::Friday) = DayHours { QTime(7, 30), QTime(11, 30) };
    hours.day(Qt::Saturday) = DayHours { QTime(8, 0), QTime(12, 0) };
    CHECK(indonesianOpeningHours(hours)
        == QStringLiteral("Senin–Kamis 07.30–16.00, Jumat 07.30–11.30, Sabtu 08.00–12.00"));
    hours.day(Qt::Tuesday) = DayHours {};
    CHECK(indonesianOpeningHours(hours).startsWith(QStringLiteral("Senin 07.30–16.00, Rabu, Kamis 07.30–16.00")));

    const QString text = defaultRunningText(QStringLiteral("Kecamatan Cibinong"), WorkingCalendar::defaultSchedule(),
        QStringLiteral("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan.\nKedua, kami siap."));
    CHECK(text.startsWith(QStringLiteral("Selamat datang di Kecamatan Cibinong")));
    CHECK(text.contains(QStringLiteral("Jam pelayanan: Senin–Jumat 07.30–16.00")));
    CHECK(text.contains(
        QStringLiteral("Maklumat Pelayanan: Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan.")));
    CHECK_FALSE(text.contains(QStringLiteral("Kedua")));
    // An office without a name or a Maklumat still gets a sensible line.
    CHECK_FALSE(defaultRunningText(QString(), WeeklySchedule {}, QString()).isEmpty());
}
