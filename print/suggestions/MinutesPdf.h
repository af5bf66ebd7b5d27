// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/suggestions/Suggestion.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The minutes of a suggestion-box opening (Berita Acara Pembukaan Kotak
// Saran, domain.md §5) on the office letterhead, A4: the number (a draft is
// marked DRAF and has none), the day and date in Indonesian words, the time,
// place, box, period and seal, the officers and witnesses, the count of slips
// by kind, the table of slips and their decisions (its header repeated on
// each page), the closing sentence, and the signature blocks of the openers,
// the witnesses and the head of office ("Mengetahui"), never split.
//
//   auto pages = MinutesPdf::write(path, minutes);   // or print(&printer, minutes)
class MinutesPdf
{
    Q_DECLARE_TR_FUNCTIONS(MinutesPdf)
public:
    static QString title(); // "BERITA ACARA PEMBUKAAN KOTAK SARAN"
    static QString html(const SuggestionMinutes &m);
    // Onto a QPrinter or QPdfWriter already set up (pageLayout()); the pages painted, 0 when it could not start.
    static int print(QPagedPaintDevice *device, const SuggestionMinutes &m);
    static QPageLayout pageLayout(); // A4 portrait, 2.5 cm left, 2 cm elsewhere
    // The PDF (0600); the pages written. On failure (e.g. a folder that does not exist) no file is left.
    static Result<int> write(const QString &path, const SuggestionMinutes &m);
};

} // namespace loket
