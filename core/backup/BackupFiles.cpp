// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupFiles.h"

#include "core/common/PrivateFiles.h"
#include "core/common/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QStorageInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace loket::backupfiles {

namespace {
QString hostName()
{
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char('/'), QLatin1Char('_'));
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}
} // namespace

QString partialPath(const QString &folder, const QString &purpose)
{
    return QDir(folder).filePath(QStringLiteral(".loket-") + purpose + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('.') + QString::number(::getpid())
        + QLatin1Char('.') + hostName() + QStringLiteral(".partial"));
}

bool isPartialName(const QString &fileName)
{
    return fileName.startsWith(QLatin1String(".loket-")) && fileName.endsWith(QLatin1String(".partial"));
}

bool isAbandonedPartial(const QString &path, const QDateTime &nowUtc)
{
    const QFileInfo fi(path);
    if (!isPartialName(fi.fileName()) || !fi.isFile())
        return false;
    // ".loket-<purpose>-<uuid>.<pid>.<host>.partial": a copy of this computer
    // is judged by its writer, whatever its age; others (and older names,
    // without a writer) by age: a day-old copy is no backup under way.
    const QString middle = fi.fileName().chopped(8); // without ".partial"
    const qsizetype firstDot = middle.indexOf(QLatin1Char('.'), 1);
    const qsizetype secondDot = firstDot < 0 ? -1 : middle.indexOf(QLatin1Char('.'), firstDot + 1);
    if (secondDot > 0 && middle.mid(secondDot + 1) == hostName()) {
        bool ok = false;
        const qint64 pid = middle.mid(firstDot + 1, secondDot - firstDot - 1).toLongLong(&ok);
        if (ok && pid > 0)
            return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
    }
    return fi.lastModified().toUTC() < nowUtc.addDays(-1);
}

bool createPrivateFile(const QString &path)
{
    return privatefiles::createPrivate(path);
}

Status checkWritableFolder(const QString &folder)
{
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        return makeError(ErrorCode::MissingFolder,
            QCoreApplication::translate("loket",
                "The folder %1 does not exist. Create it or choose another "
                "folder (if it is on a USB drive, plug the drive in).")
                .arg(shown));
    }
    if (!info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("loket", "%1 is a file, not a folder. Choose a folder.").arg(shown));
    }
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits)) {
        return makeError(ErrorCode::ReadOnly,
            QCoreApplication::translate("loket",
                "The folder %1 is read-only. Choose a folder Loket may write "
                "to, or ask the administrator to give write permission.")
                .arg(shown));
    }
    return {};
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void syncFolder(const QString &folder)
{
    // Makes a rename durable; a failure here loses nothing that is not
    // lost anyway when the power goes, so it is not reported.
    (void)syncFile(folder);
}

Error diskFull(const QString &path)
{
    return makeError(ErrorCode::DiskFull,
        QCoreApplication::translate("loket",
            "The disk holding %1 is full, so the file was not written (the "
            "unfinished copy was removed). Free some space or choose another "
            "disk, then try again.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

Status copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("loket", "%1 cannot be read (%2).")
                .arg(QDir::toNativeSeparators(from), in.errorString()));
    }
    QFile out(to);
    if (!privatefiles::createPrivate(to) || !out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("loket", "%1 cannot be created (%2).")
                .arg(QDir::toNativeSeparators(to), out.errorString()));
    }
    auto failed = [&](const QString &reason) -> Error {
        out.close();
        QFile::remove(to);
        const QStorageInfo disk(QFileInfo(to).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < in.size() - in.pos() + (1 << 20))
            return diskFull(to);
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("loket", "Copying %1 to %2 failed (%3).")
                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), reason));
    };
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return failed(out.errorString());
    }
    if (in.error() != QFileDevice::NoError)
        return failed(in.errorString());
    if (::fsync(out.handle()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    out.close();
    if (out.error() != QFileDevice::NoError)
        return failed(out.errorString());
    return {};
}

bool renameNew(const QString &from, const QString &to)
{
    return QFile::rename(from, to);
}

bool renameReplacing(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    return !ec;
}

} // namespace loket::backupfiles
