// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loket {

// What the first bytes of a database file say, read without opening it.
struct DatabaseFileHeader {
    bool isDatabase = false;   // a database file of the embedded engine at all
    quint32 applicationId = 0; // Migrations::applicationId() for Loket's
    int schemaVersion = 0;
    bool writeAheadLog = false; // the file is in write-ahead-log mode (its -wal may hold part of it)
};
DatabaseFileHeader readDatabaseFileHeader(const QString &path);

// A database file as it lies on disk (a backup, a file about to be
// restored), read by core/backup without naming the engine: a read-only,
// immutable connection of its own, so nothing is written and nothing
// appears beside the file. Closed and removed with the object; use it in
// one thread.
class DatabaseFileReader {
public:
    explicit DatabaseFileReader(const QString &path);
    ~DatabaseFileReader();
    DatabaseFileReader(const DatabaseFileReader &) = delete;
    DatabaseFileReader &operator=(const DatabaseFileReader &) = delete;

    bool isOpen() const;
    QString errorText() const; // why it did not open (the engine's English text)
    QSqlDatabase connection() const;
    // Empty when the whole file passes the engine's integrity check; else
    // the engine's name and report (English, for the log and an Error's
    // detail, never shown as a message).
    QString integrityProblem() const;

private:
    QString m_name;
};

// Folds what the write-ahead log of the file at `path` holds into the file
// itself, so that the file is complete alone. Best effort.
void checkpointDatabaseFile(const QString &path);

} // namespace loket
