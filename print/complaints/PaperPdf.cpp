// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/complaints/PaperPdf.h"

#include "core/common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace loket {

Result<int> PaperPdf::write(const QString &path, const QPageLayout &layout, const Paint &paint)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::MissingFolder,
            tr("The folder %1 does not exist, so the PDF cannot be written there. Create it or choose another "
               "folder.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const bool existed = info.exists();
    int pages = 0;
    {
        QPdfWriter writer(info.absoluteFilePath());
        writer.setCreator(QStringLiteral("Loket"));
        writer.setTitle(info.completeBaseName());
        writer.setResolution(1200);
        writer.setPageLayout(layout);
        pages = paint(&writer);
    }
    if (pages <= 0 || !QFileInfo::exists(info.absoluteFilePath())) {
        if (!existed)
            QFile::remove(info.absoluteFilePath());
        return makeError(
            ErrorCode::Io, tr("The PDF could not be written to %1. Choose a folder you can write to.").arg(shown));
    }
    privatefiles::makePrivate(info.absoluteFilePath()); // it names a complaint, perhaps a person
    return pages;
}

} // namespace loket
