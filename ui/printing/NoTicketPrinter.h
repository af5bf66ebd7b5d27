// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/printing/TicketPrinter.h"

namespace loket::ui {

// No printer is set up: tickets are shown on screen only.
class NoTicketPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    NoTicketPrinter(PrinterSettings settings, QObject *parent = nullptr);
    bool prints() const override { return false; }

protected:
    Job printJob(const TicketLayout &layout) const override;
    Job readinessJob() const override;
};

} // namespace loket::ui
