// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

namespace loket::test {

// A fresh database, migrated from zero, in a folder removed afterwards. When
// LOKET_TEST_PG names a PostgreSQL server (the throwaway cluster of
// scripts/pg-cluster: postgresql://loket@127.0.0.1:PORT), the database is a
// new one on that server instead, dropped afterwards: the same test then
// proves the behaviour on both engines.
class TempDatabase {
public:
    TempDatabase();
    explicit TempDatabase(DatabaseOptions options);
    ~TempDatabase();

    DatabasePtr db() const { return m_db; }
    // The file, or the server database's URL: what --database takes.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Runs SQL and fails the test when it does not succeed.
    void exec(const QString &sql) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;
    // Runs a schema statement written in SQLite's form (CREATE/DROP TRIGGER …)
    // in the form of the engine under test; fails the test when it does not succeed.
    void schema(const QString &sqliteSql) const;
    // A fault: from now on every row written to `table` (an INSERT) fails
    // with `message`, on this connection (SQLite: a TEMP trigger) or on every
    // one (the server: a trigger), until stopFailingInserts.
    void failInserts(const QString &table, const QString &message) const;
    void stopFailingInserts(const QString &table) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase; // the database made on the server, dropped at the end
    DatabasePtr m_db;
};

// The server the tests run on (LOKET_TEST_PG), empty for SQLite files.
QString testServer();
inline bool onServer() { return !testServer().isEmpty(); }

// Every row of every table, hashed (the same on both engines for the same
// rows): "the database is unchanged", or "the copy is the original".
QByteArray fingerprint(const Database &db);

// Bytes of a file, for "left byte-for-byte untouched" checks.
QByteArray fileBytes(const QString &path);

} // namespace loket::test
