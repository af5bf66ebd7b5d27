// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File modes for the "private whatever the umask" tests.
#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <sys/stat.h>

namespace loket::test {

// Sets the umask for one test and puts the old one back.
struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

// The file exists, its owner may read it, and nobody else may do anything.
inline bool ownerOnly(const QString &path)
{
    const QFileInfo fi(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    INFO(path.toStdString() << " mode " << QString::number(int(fi.permissions()), 16).toStdString());
    return fi.exists() && (fi.permissions() & QFileDevice::ReadOwner) && !(fi.permissions() & others);
}

// The folder's mode is exactly 0700.
inline bool folderOwnerOnly(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0777) == 0700;
}

} // namespace loket::test
