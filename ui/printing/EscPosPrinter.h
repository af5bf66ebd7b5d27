// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/printing/TicketPrinter.h"

namespace loket::ui {

// A thermal printer that takes ESC/POS bytes, on a device file or on the
// network (raw TCP).
class EscPosPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    EscPosPrinter(PrinterSettings settings, QObject *parent = nullptr);

protected:
    Job printJob(const TicketLayout &layout) const override;
    Job readinessJob() const override;
};

} // namespace loket::ui
