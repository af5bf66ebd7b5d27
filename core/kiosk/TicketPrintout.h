// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/printing/TicketLayout.h"
#include "core/queue/Ticket.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace loket {

// What is printed on a queue ticket, read from the database: the office, the
// ticket, its place in the line (while it waits), and the requirements and
// cost from the service's standard in force that day. The kiosk, a counter's
// reprint and "loketctl ticket print" all print through this.
class TicketPrintout
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrintout)
public:
    TicketPrintout(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<TicketLayout> layout(const Ticket &ticket, PaperWidth paper = PaperWidth::Mm80) const;
    // A numeric id or today's number ("A-001").
    Result<TicketLayout> layout(const QString &idOrNumber, PaperWidth paper = PaperWidth::Mm80) const;

    // The office's QR link (printer.qr_url_template) for the ticket, with its
    // number, day and service code; empty (no QR code) when none is set.
    static QString qrPayload(const Ticket &ticket, const QString &urlTemplate);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
