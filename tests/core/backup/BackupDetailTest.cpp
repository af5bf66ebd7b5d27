// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Backup's messages are the user's; what SQLite said goes to Error::detail.
#include "tests/core/backup/BackupTestSupport.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test::backup;

namespace {

// SQLite's own English words, which must never be the message.
const QStringList kSqliteWords { QStringLiteral("malformed"), QStringLiteral("database disk image"),
    QStringLiteral("*** in database"), QStringLiteral("unable to open"), QStringLiteral("disk I/O error"),
    QStringLiteral("SQLite"), QStringLiteral("Page "), QStringLiteral("btree") };

void checkNoSqliteWords(const QString &message)
{
    INFO(message.toStdString());
    for (const QString &word : kSqliteWords)
        CHECK_FALSE(message.contains(word, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("a damaged backup is refused in the user's words, and what SQLite said is kept as the detail")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    makeDatabase(path, { QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'en')") });
    const QString file = makeBackup(dir, QStringLiteral("loket-2026-11-21.db"),
        { QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                         "INSERT INTO settings SELECT 'filler.' || i, randomblob(3000) FROM n") });
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 3 * 4096);
        f.seek(2 * 4096 + 8);
        f.write(QByteArray(3000, '\xA5'));
    }

    auto checked = Backup::verify(file);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::NotADatabase);
    CHECK(checked.error().message.contains(QStringLiteral("is damaged")));
    CHECK(checked.error().message.contains(QStringLiteral("Choose another backup")));
    checkNoSqliteWords(checked.error().message);
    // The technical text is not lost: SQLite's own report is the detail.
    INFO(checked.error().detail.toStdString());
    CHECK(checked.error().detail.startsWith(QStringLiteral("SQLite integrity check: ")));
    CHECK(checked.error().detail.size() > QStringLiteral("SQLite integrity check: ").size());

    const QByteArray before = fileBytes(path);
    auto restored = Backup::restore(path, file, ManualClock(kNow));
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(QStringLiteral("is damaged")));
    checkNoSqliteWords(restored.error().message);
    CHECK(restored.error().detail.startsWith(QStringLiteral("SQLite integrity check: ")));
    CHECK(fileBytes(path) == before);
}
