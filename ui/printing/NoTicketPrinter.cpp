// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/NoTicketPrinter.h"

namespace loket::ui {

namespace {

Status notPrinting()
{
    return makeError(ErrorCode::InvalidState,
        QCoreApplication::translate("loket", "This kiosk has no ticket printer. Please note your number."));
}

} // namespace

NoTicketPrinter::NoTicketPrinter(PrinterSettings settings, QObject *parent)
    : TicketPrinter(std::move(settings), parent)
{ }

TicketPrinter::Job NoTicketPrinter::printJob(const TicketLayout &) const
{
    return notPrinting;
}

TicketPrinter::Job NoTicketPrinter::readinessJob() const
{
    return notPrinting;
}

} // namespace loket::ui
