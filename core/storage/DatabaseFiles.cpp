// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseFiles.h"

#include "core/common/PrivateFiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace loket::dbfiles {

namespace {
QMutex g_mutex;
QHash<QString, int> &openPaths()
{
    static QHash<QString, int> paths;
    return paths;
}
constexpr off_t kShmDeadManSwitch = 128; // os_unix.c: UNIX_SHM_DMS
} // namespace

void registerOpen(const QString &path)
{
    QMutexLocker lock(&g_mutex);
    ++openPaths()[path];
}

void unregisterOpen(const QString &path)
{
    QMutexLocker lock(&g_mutex);
    if (--openPaths()[path] <= 0)
        openPaths().remove(path);
}

bool openInThisProcess(const QString &path)
{
    QMutexLocker lock(&g_mutex);
    return openPaths().contains(path);
}

bool heldByAnotherProcess(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no -shm: nobody has it open in WAL mode
    struct flock lock {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kShmDeadManSwitch;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

QString keepWalCopy(const QString &path, const WalCheck &check, const QDateTime &localNow)
{
    const QString base = path + QStringLiteral("-wal.")
        + (check.state == WalCheck::State::Torn ? QStringLiteral("torn-") : QStringLiteral("damaged-"))
        + localNow.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile in(path + QStringLiteral("-wal"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = in.readAll();
    if (!privatefiles::createPrivate(target))
        return {};
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()
        || ::fsync(out.handle()) != 0) {
        out.close();
        QFile::remove(target);
        return {};
    }
    out.close();
    return target;
}

bool diskFull(const QString &folder)
{
    QStorageInfo disk(folder);
    disk.refresh();
    // Less than what one write of a page and its log needs.
    return disk.isValid() && disk.bytesAvailable() < 64 * 1024;
}

} // namespace loket::dbfiles
