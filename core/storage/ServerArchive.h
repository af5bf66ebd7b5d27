// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// What a backup of a server's database is: the server's own dump (pg_dump's
// custom format, compressed, every table, index, trigger and sequence
// position), written by the client tools of Debian's postgresql-client
// package on this PC. core/backup names, checks, rotates and lists these
// files like a file database's backups; only this class knows their format.
class ServerArchive {
    Q_DECLARE_TR_FUNCTIONS(ServerArchive)
public:
    // ".dump": a server's backup file name ends in it (a file's in ".db").
    static QString fileSuffix();
    // Whether `file` starts as such an archive does.
    static bool isArchive(const QString &file);

    // Dumps `db` (a server's) into `file`, which exists (empty, private).
    // The dump reads one snapshot while the PCs go on working. Bounded by
    // timeoutMs; the password the application was given, if any, goes to the
    // tool in its environment, never on its command line.
    static Status write(const Database &db, const QString &file, int timeoutMs = 30 * 60 * 1000);

    // Reads the archive's table of contents and the schema version it holds:
    // an error for a damaged, cut-off or foreign file.
    static Result<int> schemaVersion(const QString &file);

    // Restores `file` into `target`, which must be an empty database on a
    // server (created with createdb): all or nothing, one transaction. The
    // objects belong to the restoring role; the PCs' role gets its rights
    // from Database::grantApplicationRole afterwards.
    static Status restore(const DatabaseLocation &target, const QString &file, int timeoutMs = 60 * 60 * 1000);

private:
    struct ToolRun {
        int exitCode = -1;
        bool started = false;
        bool timedOut = false;
        QByteArray out;
        QString err;
    };
    static ToolRun run(const QString &tool, const QStringList &args, int timeoutMs);
    static QString connectionString(const DatabaseLocation &where);
    static Error toolError(const QString &tool, const ToolRun &run, const QString &what);
};

} // namespace loket
