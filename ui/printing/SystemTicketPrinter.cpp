// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/SystemTicketPrinter.h"

#include "print/ticket/TicketPainter.h"
#include "print/ticket/TicketPdf.h"

#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace loket::ui {

namespace {

Status findPrinter(const QString &name, QPrinterInfo &found)
{
    found = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (found.isNull()) {
        return makeError(ErrorCode::NotFound,
            name.isEmpty()
                ? QCoreApplication::translate("loket",
                    "No printer is installed on this computer. Install the ticket printer or choose another kind "
                    "of printer in the settings.")
                : QCoreApplication::translate("loket",
                    "The printer \"%1\" is not installed on this computer. Check its name in the printer settings.")
                      .arg(name));
    }
    return {};
}

} // namespace

SystemTicketPrinter::SystemTicketPrinter(PrinterSettings settings, QObject *parent)
    : TicketPrinter(std::move(settings), parent)
{ }

TicketPrinter::Job SystemTicketPrinter::printJob(const TicketLayout &layout) const
{
    const QString name = settings().systemPrinter;
    return [layout, name]() -> Status {
        QPrinterInfo info;
        if (Status found = findPrinter(name, info); !found)
            return found;
        const TicketPainter ticket(layout);
        QPrinter printer(info, QPrinter::HighResolution);
        printer.setDocName(QStringLiteral("Loket %1").arg(layout.number));
        printer.setFullPage(false);
        printer.setPageSize(TicketPdf::pageSize(ticket));
        printer.setPageMargins(TicketPdf::marginsMm(layout.paper), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&printer)) {
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("loket",
                    "The printer \"%1\" does not accept the ticket. Check it in the "
                    "system's printer settings.")
                    .arg(info.printerName()));
        }
        // The painter's origin is already inside the margins.
        ticket.paint(painter, printer.resolution());
        painter.end();
        return {};
    };
}

TicketPrinter::Job SystemTicketPrinter::readinessJob() const
{
    const QString name = settings().systemPrinter;
    return [name]() -> Status {
        QPrinterInfo info;
        return findPrinter(name, info);
    };
}

} // namespace loket::ui
