// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "print/standards/StandardDocument.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;

namespace loket {

// A StandardDocument (the A4 standard, the poster, the Maklumat) written as
// a PDF on A4, with QPdfWriter: no printer and no widget needed, so the
// application's "Save as PDF" and `loketctl standard print --pdf` write the
// same file.
class StandardPdf
{
    Q_DECLARE_TR_FUNCTIONS(StandardPdf)
public:
    // Paints the document onto the device; returns the pages painted, 0 when it could not.
    using Paint = std::function<int(QPagedPaintDevice *)>;

    // Writes the PDF; the number of pages written. On failure no file is left.
    static Result<int> write(const QString &path, StandardDocument::Kind kind, const Paint &paint);
};

} // namespace loket
