// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/ResponseLetter.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The response letter (surat tanggapan pengaduan) on the office letterhead,
// A4: number, nature, subject, place and date, the addressee, the body with
// the response, and the signature block with the NIP. A long response flows
// onto further pages (breaks between lines, never through the signature).
//
//   auto letter = LetterData::gather(db, complaints, actor, "ADU/2026/12/0001");
//   if (letter) ResponseLetterPdf::write(*letter, path);   // or print(&printer, *letter)
class ResponseLetterPdf
{
    Q_DECLARE_TR_FUNCTIONS(ResponseLetterPdf)
public:
    static QString html(const LetterData &letter);
    // Onto a QPrinter or QPdfWriter already set up (pageLayout()); the pages painted, 0 when it could not start.
    static int print(QPagedPaintDevice *device, const LetterData &letter);
    static QPageLayout pageLayout(); // A4 portrait, the margins of an Indonesian official letter
    // The PDF (0600); the pages written. On failure no file is left.
    static Result<int> write(const LetterData &letter, const QString &path);
};

} // namespace loket
