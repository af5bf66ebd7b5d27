// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Files only their owner can read. The database, its backups and every file
// Loket writes (ticket PDFs, exports) hold citizens' data and password
// hashes: they are made 0600 and the folders Loket makes 0700, whatever the
// umask, by setting the mode explicitly after creating them.
namespace loket::privatefiles {

// Makes the process's umask 077, so files made by any part of the program
// (Qt, SQLite, PDF writers) start private. The explicit modes below stay:
// core is also used by programs that do not call this.
void restrictProcessUmask();

// chmod 0600; false when it fails (the file is missing, not ours).
bool makePrivate(const QString &file);
// mkpath, then chmod 0700 on every folder it created; false when it fails.
bool makePrivateFolder(const QString &folder);
// Creates an empty file with mode 0600 (fails if it exists).
bool createPrivate(const QString &file);

// True when the group or others may read or write the file.
bool othersMayRead(const QString &file);
// Of `files`, those that exist and that others may read.
QStringList readableByOthers(const QStringList &files);
// "chmod 600 'a' 'b'": the command that fixes them, quoted for a shell.
QString chmodCommand(const QStringList &files);

} // namespace loket::privatefiles
