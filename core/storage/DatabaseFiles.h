// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/WalCheck.h"

#include <QDateTime>
#include <QString>

// The files beside a database (-wal, -shm) and who holds them, for
// Database::open: what it may check, keep or remove before and after SQLite.
namespace loket::dbfiles {

// Databases this process has open (Database objects alive), by absolute path.
void registerOpen(const QString &path);
void unregisterOpen(const QString &path);
bool openInThisProcess(const QString &path);

// Another process holds the database open (SQLite's read lock on the -shm
// "dead man switch" byte). Opens and closes the -shm, which drops this
// process's own locks on it: only call it when openInThisProcess is false.
bool heldByAnotherProcess(const QString &path);

// Copies the -wal of `path` to "<path>-wal.damaged-YYYY-MM-DDTHH-MM-SS"
// (or ".torn-…"), mode 0600; the copy's path, or empty when it failed.
QString keepWalCopy(const QString &path, const WalCheck &check, const QDateTime &localNow);

// The disk holding `folder` has (almost) no free space left.
bool diskFull(const QString &folder);

} // namespace loket::dbfiles
