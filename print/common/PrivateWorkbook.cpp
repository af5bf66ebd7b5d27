// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/common/PrivateWorkbook.h"

#include "core/common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace loket {

Status PrivateWorkbook::save(const QString &path, const std::function<bool(const QString &temp)> &write)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::MissingFolder,
                         tr("The folder %1 does not exist, so the spreadsheet cannot be written there. Create it or "
                            "choose another folder.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder: give the name of the spreadsheet file.").arg(shown));
    const auto failed = [&] {
        return makeError(ErrorCode::Io,
                         tr("The spreadsheet could not be written to %1. Choose a folder you can write to.").arg(shown));
    };
    // A hidden file beside the target, so the rename stays on one file system.
    QTemporaryFile partial(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(info.fileName())));
    if (!partial.open())
        return failed();
    const QString temp = partial.fileName();
    partial.close();
    privatefiles::makePrivate(temp);
    if (!write(temp))
        return failed();
    privatefiles::makePrivate(temp);
    // rename(2) replaces the target in one step: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        return failed();
    partial.setAutoRemove(false);
    privatefiles::makePrivate(info.absoluteFilePath());
    return {};
}

} // namespace loket
