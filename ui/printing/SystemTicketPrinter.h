// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/printing/TicketPrinter.h"

namespace loket::ui {

// A printer installed in the operating system (CUPS), with a roll page as
// wide as the paper and as long as the ticket.
class SystemTicketPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    SystemTicketPrinter(PrinterSettings settings, QObject *parent = nullptr);

protected:
    Job printJob(const TicketLayout &layout) const override;
    Job readinessJob() const override;
};

} // namespace loket::ui
