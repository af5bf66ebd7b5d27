// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/kiosk/PrinterSettings.h"

#include <QByteArray>
#include <QCoreApplication>

namespace loket {

// Sends raw printer bytes (ESC/POS) and gives up after a short time: a
// printer that is off, unplugged or out of paper must never hold up the
// kiosk. Blocking calls: run them off the GUI thread.
class RawPrinterPort
{
    Q_DECLARE_TR_FUNCTIONS(RawPrinterPort)
public:
    static constexpr int defaultTimeoutMs = 2000;

    // A printer's device file (/dev/usb/lp0), which must exist, or any other
    // path: an ordinary file, created or replaced (tests, previews).
    static Status writeFile(const QString &path, const QByteArray &bytes, int timeoutMs = defaultTimeoutMs);
    // A network printer's raw port (usually 9100).
    static Status send(const PrinterAddress &address, const QByteArray &bytes, int timeoutMs = defaultTimeoutMs);
    // Whether a device file is there and writable, without sending anything.
    static Status checkDevice(const QString &path);
};

} // namespace loket
