// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/standards/StandardDocument.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace loket::ui {

// Sends a StandardDocument to a PDF file or to the system printer, on A4.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
public:
    using Paint = std::function<bool(QPagedPaintDevice *)>;

    // Writes a PDF through QPrinter's PDF output.
    static Status writePdf(const QString &path, StandardDocument::Kind kind, const Paint &paint);
    // Asks where to save, then writes the PDF; says so when it fails.
    static void savePdf(QWidget *parent, const QString &suggestedName, StandardDocument::Kind kind, const Paint &paint);
    // A preview with the system printer's print dialog behind it.
    static void print(QWidget *parent, const QString &title, StandardDocument::Kind kind, const Paint &paint);
};

} // namespace loket::ui
