// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/printing/TicketLayout.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>

namespace loket {

class TicketPainter;

// A ticket as a PDF file: one page as wide as the roll and as long as the
// ticket, for previews, tests and offices that print through a PDF workflow.
class TicketPdf
{
    Q_DECLARE_TR_FUNCTIONS(TicketPdf)
public:
    static Status write(const TicketLayout &layout, const QString &path);

    // The roll page for a drawn ticket: paper width × (ticket + margins), in mm.
    static QPageSize pageSize(const TicketPainter &painter);
    // Left and right: what the print head does not reach; top and bottom: a little air.
    static QMarginsF marginsMm(PaperWidth paper);
};

} // namespace loket
