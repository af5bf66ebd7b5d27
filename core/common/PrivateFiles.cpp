// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace loket::privatefiles {

void restrictProcessUmask()
{
    ::umask(077);
}

bool makePrivate(const QString &file)
{
    return ::chmod(QFile::encodeName(file).constData(), 0600) == 0;
}

bool makePrivateFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    // The folders that do not exist yet, from the outermost one.
    QStringList missing;
    for (QString p = path; !p.isEmpty() && !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    if (!QDir().mkpath(path))
        return false;
    bool ok = true;
    for (const QString &made : missing)
        ok = ::chmod(QFile::encodeName(made).constData(), 0700) == 0 && ok;
    return ok;
}

bool createPrivate(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

bool othersMayRead(const QString &file)
{
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return false;
    return (st.st_mode & 077) != 0;
}

QStringList readableByOthers(const QStringList &files)
{
    QStringList out;
    for (const QString &f : files) {
        if (othersMayRead(f))
            out << f;
    }
    return out;
}

QString chmodCommand(const QStringList &files)
{
    QStringList quoted;
    for (const QString &f : files) {
        QString q = QDir::toNativeSeparators(f);
        q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        quoted << QLatin1Char('\'') + q + QLatin1Char('\'');
    }
    return QStringLiteral("chmod 600 ") + quoted.join(QLatin1Char(' '));
}

} // namespace loket::privatefiles
