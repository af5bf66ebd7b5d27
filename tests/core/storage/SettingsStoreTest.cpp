// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("settings read their default until set, and keep what is set")
{
    test::TempDatabase t;
    SettingsStore s(t.db());
    CHECK(s.stringValue(QLatin1String(SettingKey::Language)) == QLatin1String("id"));
    CHECK(s.intValue(QLatin1String(SettingKey::BackupKeepDaily)) == 14);
    CHECK(s.boolValue(QLatin1String(SettingKey::CutiBersamaIsHoliday)));

    REQUIRE(s.setValue(QLatin1String(SettingKey::Language), QStringLiteral("en")).ok());
    REQUIRE(s.setValue(QLatin1String(SettingKey::CutiBersamaIsHoliday), false).ok());
    REQUIRE(s.setValue(QLatin1String(SettingKey::BackupKeepDaily), 7).ok());
    CHECK(s.stringValue(QLatin1String(SettingKey::Language)) == QLatin1String("en"));
    CHECK_FALSE(s.boolValue(QLatin1String(SettingKey::CutiBersamaIsHoliday)));
    CHECK(s.intValue(QLatin1String(SettingKey::BackupKeepDaily)) == 7);
}

TEST_CASE("an unknown setting key is refused")
{
    test::TempDatabase t;
    SettingsStore s(t.db());
    Status st = s.setValue(QStringLiteral("ui.langauge"), QStringLiteral("en"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a setting cleared to an empty text is stored as empty, not refused")
{
    // A null QString used to be bound as SQL NULL and refused by the NOT NULL column,
    // so the officer's last counter window was never released.
    test::TempDatabase t;
    SettingsStore s(t.db());
    REQUIRE(s.setValue(QLatin1String(SettingKey::QueueCounterWindows), QStringLiteral("{\"1\":[]}")).ok());
    REQUIRE(s.setValue(QLatin1String(SettingKey::QueueCounterWindows), QString()).ok());
    CHECK(s.stringValue(QLatin1String(SettingKey::QueueCounterWindows)).isEmpty());
}
