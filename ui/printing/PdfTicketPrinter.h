// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/printing/TicketPrinter.h"

namespace loket::ui {

// Writes each ticket as a PDF file into a folder (tests, previews, offices
// that print through a PDF workflow). Files: tiket-2026-11-23-A-001.pdf.
class PdfTicketPrinter : public TicketPrinter
{
    Q_OBJECT
public:
    PdfTicketPrinter(PrinterSettings settings, QObject *parent = nullptr);
    static QString fileName(const TicketLayout &layout);

protected:
    Job printJob(const TicketLayout &layout) const override;
    Job readinessJob() const override;
};

} // namespace loket::ui
