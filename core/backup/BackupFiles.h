// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

// File handling shared by Backup's backup and restore halves. A file is
// written under a hidden ".partial" name, flushed, and renamed into place, so
// that a name Loket gives out always stands for a complete file.
namespace loket::backupfiles {

// A fresh hidden name in `folder`, e.g.
// ".loket-backup-<uuid>.<pid>.<host>.partial" (the writing process and computer).
QString partialPath(const QString &folder, const QString &purpose);
bool isPartialName(const QString &fileName);
// A partial file nobody writes any more: its process (on this computer) is
// gone, or it is older than a day (another computer's, or an older name).
bool isAbandonedPartial(const QString &path, const QDateTime &nowUtc);

// An empty file with mode 0600, for SQLite (VACUUM INTO) to fill: a backup is
// as private as the database, whatever the umask.
bool createPrivateFile(const QString &path);

// The folder exists and may be written (the permission bits count too, since
// root may write anywhere).
Status checkWritableFolder(const QString &folder);

// Flushes a file or a folder entry to the disk (fsync).
bool syncFile(const QString &path);
void syncFolder(const QString &folder);

// Byte copy of `from` to the new file `to`, flushed. Removes `to` on failure.
Status copyFile(const QString &from, const QString &to);

// Renames without replacing an existing file.
bool renameNew(const QString &from, const QString &to);
// Renames, replacing `to` in one step if it exists.
bool renameReplacing(const QString &from, const QString &to);

// The error for a disk that filled up while writing `path`.
Error diskFull(const QString &path);

} // namespace loket::backupfiles
