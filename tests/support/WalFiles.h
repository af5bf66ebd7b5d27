// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Loket database with transactions only in its write-ahead log, and ways
// to damage it, for the storage tests and loketctl's.
#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

namespace loket::test {

// Runs `statements` on a plain SQLite connection to `path`; with
// `copyTo`, copies the file and its -wal to copyTo/loket.db while the log
// still holds the transactions (no checkpoint).
inline void rawExec(const QString &path, const QStringList &statements, const QString &copyTo = {})
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        if (!copyTo.isEmpty()) {
            for (const QString &suffix : { QString(), QStringLiteral("-wal") })
                REQUIRE(QFile::copy(path + suffix, copyTo + QStringLiteral("/loket.db") + suffix));
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A Loket database (dir/copy/loket.db) whose last three transactions, the
// settings test.one to test.three, are only in its -wal.
inline QString databaseWithWal(const QTemporaryDir &dir)
{
    const QString origin = dir.filePath(QStringLiteral("origin.db"));
    {
        auto db = Database::open(origin);
        REQUIRE(db.ok());
    }
    QDir().mkpath(dir.filePath(QStringLiteral("copy")));
    rawExec(origin,
        { QStringLiteral("PRAGMA wal_autocheckpoint=0"), QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.one', 'A-001')"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.two', 'A-002')"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.three', 'A-003')") },
        dir.filePath(QStringLiteral("copy")));
    return dir.filePath(QStringLiteral("copy/loket.db"));
}

// The offset of a byte of the first frame's page in a -wal: damaging it
// makes SQLite drop every transaction in the log.
constexpr qint64 kFirstWalPageByte = 32 + 24 + 100;

inline void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ 0x5a)));
}

inline QStringList filesLike(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({ pattern }, QDir::Files | QDir::Hidden);
}

} // namespace loket::test
