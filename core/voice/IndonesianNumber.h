// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket {

// Numbers as Indonesian words, the way a caller reads them aloud. Formal
// forms: "satu juta" rather than "sejuta".
class IndonesianNumber
{
public:
    // 0 "nol", 11 "sebelas", 21 "dua puluh satu", 100 "seratus",
    // 1000 "seribu", 2500 "dua ribu lima ratus", -3 "minus tiga".
    static QString words(qint64 n);
    // Each digit on its own: "001" → "nol nol satu". Characters other than
    // ASCII digits are left out.
    static QString digits(const QString &text);
    // One digit 0–9 as a word; empty for anything else.
    static QString digit(int d);
};

} // namespace loket
