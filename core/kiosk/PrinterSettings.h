// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/printing/EscPosEncoder.h"
#include "core/printing/TicketLayout.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace loket {

class SettingsStore;

enum class PrinterKind {
    EscPosDevice, // a thermal printer on a device file (/dev/usb/lp0)
    EscPosNetwork, // a thermal printer on the network (raw TCP, usually port 9100)
    System, // a printer installed in the operating system (CUPS)
    Pdf, // PDF files in a folder, for testing and preview
    None, // tickets are shown on screen only
};

QString printerKindCode(PrinterKind kind); // "escpos_device", "escpos_network", "system", "pdf", "none"
std::optional<PrinterKind> printerKindFromCode(const QString &code);
QString printerKindDisplayName(PrinterKind kind); // translated

QString qrPrintModeCode(QrPrintMode mode); // "native", "raster", "none"
std::optional<QrPrintMode> qrPrintModeFromCode(const QString &code);

struct PrinterAddress {
    QString host;
    quint16 port = 9100;
};

// Where the kiosk and the counters print tickets (settings printer.*).
struct PrinterSettings {
    Q_DECLARE_TR_FUNCTIONS(PrinterSettings)
public:
    PrinterKind kind = PrinterKind::EscPosDevice;
    QString device = QStringLiteral("/dev/usb/lp0");
    QString host; // "192.168.1.50" or "192.168.1.50:9100"
    QString systemPrinter; // empty: the system's default printer
    PaperWidth paper = PaperWidth::Mm80;
    QrPrintMode qrMode = QrPrintMode::Native;
    QString pdfFolder;
    // The link in the ticket's QR code: the office's status page or survey, with
    // {nomor} (ticket number), {tanggal} (day, YYYY-MM-DD) and {layanan}
    // (service code) filled in, URL-encoded. Empty: the ticket has no QR code.
    QString qrUrlTemplate;

    // Unknown stored codes fall back to the defaults above.
    static PrinterSettings load(const SettingsStore &settings);
    // Checks, then stores every field (ManageSettings, audited per key).
    Status save(const Actor &actor, const DatabasePtr &db, const Clock &clock = SystemClock::instance()) const;
    // Empty when usable; every problem, one per line, otherwise.
    Status validate() const;

    // Empty when the template is usable (or empty); what is wrong otherwise.
    static Status validateQrUrlTemplate(const QString &urlTemplate);
    // The template with the ticket's values, each URL-encoded; empty for an empty template.
    static QString expandQrUrl(
        const QString &urlTemplate, const QString &number, const QDate &day, const QString &serviceCode);

    // "host" or "host:port"; port 9100 when not given.
    static std::optional<PrinterAddress> parseAddress(const QString &text);
    // For messages: "the ticket printer at /dev/usb/lp0".
    QString describe() const;

    bool operator==(const PrinterSettings &) const = default;
};

} // namespace loket
