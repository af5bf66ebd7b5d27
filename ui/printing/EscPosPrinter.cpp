// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/EscPosPrinter.h"

#include "core/printing/EscPosEncoder.h"
#include "print/raw/RawPrinterPort.h"

namespace loket::ui {

namespace {

Status sendBytes(const PrinterSettings &s, const QByteArray &bytes, int timeout)
{
    if (s.kind == PrinterKind::EscPosNetwork) {
        const auto address = PrinterSettings::parseAddress(s.host);
        if (!address)
            return s.validate();
        return RawPrinterPort::send(*address, bytes, timeout);
    }
    return RawPrinterPort::writeFile(s.device, bytes, timeout);
}

} // namespace

EscPosPrinter::EscPosPrinter(PrinterSettings settings, QObject *parent)
    : TicketPrinter(std::move(settings), parent)
{ }

TicketPrinter::Job EscPosPrinter::printJob(const TicketLayout &layout) const
{
    EscPosOptions options;
    options.qrMode = settings().qrMode;
    // Encoded here, on the caller's thread: a layout that cannot be printed
    // is reported the same way as a printer that is off.
    auto bytes = EscPosEncoder(options).encode(layout);
    const PrinterSettings s = settings();
    return [s, bytes]() -> Status {
        if (!bytes)
            return bytes.error();
        return sendBytes(s, bytes.value(), timeoutMs);
    };
}

TicketPrinter::Job EscPosPrinter::readinessJob() const
{
    const PrinterSettings s = settings();
    return [s]() -> Status {
        if (s.kind == PrinterKind::EscPosNetwork) {
            // Connecting and sending nothing: printers take that as an empty job.
            return sendBytes(s, QByteArray(), timeoutMs);
        }
        return RawPrinterPort::checkDevice(s.device);
    };
}

} // namespace loket::ui
