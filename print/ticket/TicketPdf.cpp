// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ticket/TicketPdf.h"

#include "core/common/PrivateFiles.h"
#include "print/ticket/TicketPainter.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace loket {

QMarginsF TicketPdf::marginsMm(PaperWidth paper)
{
    const double side = (TicketPainter::paperWidthMm(paper) - TicketPainter::printableWidthMm(paper)) / 2.0;
    return QMarginsF(side, 3.0, side, 3.0);
}

QPageSize TicketPdf::pageSize(const TicketPainter &painter)
{
    const PaperWidth paper = painter.paper();
    const QMarginsF m = marginsMm(paper);
    const double width = TicketPainter::paperWidthMm(paper);
    const double height = std::ceil(painter.heightMm() + m.top() + m.bottom());
    return QPageSize(QSizeF(width, height), QPageSize::Millimeter, QStringLiteral("Roll %1mm").arg(int(width)),
        QPageSize::ExactMatch);
}

Status TicketPdf::write(const TicketLayout &layout, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::MissingFolder,
            tr("The folder %1 does not exist, so the ticket PDF cannot be written there. Create it or choose "
               "another folder.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const TicketPainter ticket(layout);
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Loket"));
    writer.setTitle(tr("Queue ticket %1").arg(layout.number));
    writer.setResolution(600);
    writer.setPageSize(pageSize(ticket));
    writer.setPageMargins(marginsMm(layout.paper), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return makeError(ErrorCode::Io,
            tr("The ticket PDF %1 cannot be written: check that the folder is writable and the file is not open "
               "in another program.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    ticket.paint(painter, writer.resolution());
    if (!painter.end())
        return makeError(ErrorCode::Io,
            tr("The ticket PDF %1 could not be finished. Check the free disk space.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    privatefiles::makePrivate(info.absoluteFilePath());
    return {};
}

} // namespace loket
