// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/DocumentPrinting.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace loket::ui {

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
    if (auto done = StandardPdf::write(path, kind, paint); !done)
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
