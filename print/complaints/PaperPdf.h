// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace loket {

// Writes a PDF of any page layout with QPdfWriter (1200 dpi, as a printer),
// 0600; on failure no half-written file of ours is left.
class PaperPdf
{
    Q_DECLARE_TR_FUNCTIONS(PaperPdf)
public:
    // Paints onto the device (already set to `layout`); returns the pages painted, 0 when it could not.
    using Paint = std::function<int(QPagedPaintDevice *)>;
    static Result<int> write(const QString &path, const QPageLayout &layout, const Paint &paint);
};

} // namespace loket
