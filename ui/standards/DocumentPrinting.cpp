// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/DocumentPrinting.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace loket::ui {

Status DocumentPrinting::writePdf(const QString &path, StandardDocument::Kind kind, const Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Loket"));
    printer.setDocName(QFileInfo(path).completeBaseName());
    StandardDocument::prepareA4(&printer, kind);
    if (!paint(&printer) || !QFileInfo::exists(path)) {
        return makeError(ErrorCode::Io,
            tr("The PDF could not be written to %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

void DocumentPrinting::savePdf(
    QWidget *parent, const QString &suggestedName, StandardDocument::Kind kind, const Paint &paint)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status done = writePdf(path, kind, paint); !done)
        QMessageBox::warning(parent, tr("Save as PDF"), done.error().message);
}

void DocumentPrinting::print(QWidget *parent, const QString &title, StandardDocument::Kind kind, const Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    StandardDocument::prepareA4(&printer, kind);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    preview.resize(900, 760);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *p) { paint(p); });
    preview.exec();
}

} // namespace loket::ui
