// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/PdfTicketPrinter.h"

#include "print/ticket/TicketPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace loket::ui {

PdfTicketPrinter::PdfTicketPrinter(PrinterSettings settings, QObject *parent)
    : TicketPrinter(std::move(settings), parent)
{ }

QString PdfTicketPrinter::fileName(const TicketLayout &layout)
{
    QString number = layout.number;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("_"));
    return QStringLiteral("tiket-%1-%2.pdf").arg(layout.issuedLocal.date().toString(Qt::ISODate), number);
}

TicketPrinter::Job PdfTicketPrinter::printJob(const TicketLayout &layout) const
{
    const QString path = QDir(settings().pdfFolder).filePath(fileName(layout));
    return [layout, path]() -> Status { return TicketPdf::write(layout, path); };
}

TicketPrinter::Job PdfTicketPrinter::readinessJob() const
{
    const QString folder = settings().pdfFolder;
    return [folder]() -> Status {
        const QFileInfo info(folder);
        if (!info.isDir() || !info.isWritable()) {
            return makeError(ErrorCode::MissingFolder,
                QCoreApplication::translate("loket", "The folder %1 for PDF tickets is missing or not writable.")
                    .arg(QDir::toNativeSeparators(folder)));
        }
        return {};
    };
}

} // namespace loket::ui
