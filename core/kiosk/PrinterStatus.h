// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace loket {

// The last time the ticket printer failed, for staff (settings
// printer.last_error and printer.last_error_at). The public never reads this
// text: the kiosk tells citizens publicMessage() instead.
struct PrinterProblem {
    QString detail; // what is wrong and what to do, for a technician
    QDateTime at; // UTC
};

class PrinterStatus
{
    Q_DECLARE_TR_FUNCTIONS(PrinterStatus)
public:
    // What a citizen reads when a ticket could not be printed.
    static QString publicMessage();
    // What the kiosk says while its printer is not ready (a banner, no technician text).
    static QString publicBanner();

    // Keeps the detail for staff. Written only when it changes, so a printer
    // that stays off does not write on every check. Loket's own status: no user
    // and no audit entry.
    static Status recordFailure(const DatabasePtr &db, const QString &detail, const Clock &clock = SystemClock::instance());
    // The printer works again: the problem is cleared (a no-op when none is kept).
    static Status recordSuccess(const DatabasePtr &db);
    static std::optional<PrinterProblem> lastProblem(const DatabasePtr &db);
};

} // namespace loket
