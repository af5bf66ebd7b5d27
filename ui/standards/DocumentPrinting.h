// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/standards/StandardDocument.h"
#include "print/standards/StandardPdf.h"

#include <QCoreApplication>

class QWidget;

namespace loket::ui {

// The dialogs around a StandardDocument: where to save its PDF (written by
// print/'s StandardPdf, as loketctl writes it), and the preview with the
// system printer's print dialog behind it. The painting itself is print/'s.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
public:
    using Paint = StandardPdf::Paint;

    // Asks where to save, then writes the PDF; says so when it fails.
    static void savePdf(QWidget *parent, const QString &suggestedName, StandardDocument::Kind kind, const Paint &paint);
    // A preview with the system printer's print dialog behind it.
    static void print(QWidget *parent, const QString &title, StandardDocument::Kind kind, const Paint &paint);
};

} // namespace loket::ui
