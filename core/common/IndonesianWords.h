// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace loket {

// Numbers and dates in Indonesian words, as legal documents (berita acara)
// write them. Always Indonesian, whatever the application's language: these
// are the words of the document, not of the user interface.
namespace IndonesianWords {

// "nol", "sebelas", "seratus", "seribu", "dua ribu dua puluh enam", "satu juta";
// up to 999 999 999 999 999 (triliun); a negative number starts with "minus".
QString number(qint64 n);
// "Senin" … "Minggu" for Qt's day of the week (1 = Monday … 7 = Sunday); "" otherwise.
QString dayName(int dayOfWeek);
QString dayName(QDate date);
// "Januari" … "Desember" for 1 … 12; "" otherwise.
QString monthName(int month);
// "30 November 2026"; "" when invalid.
QString date(QDate date);
// "Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam"; "" when invalid.
QString openingPhrase(QDate date);

} // namespace IndonesianWords

} // namespace loket
