// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/IndonesianWords.h"

#include <QStringList>

#include <limits>

namespace loket::IndonesianWords {

namespace {

const char *const kUnits[] = { "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" };

// 1 … 999 as words ("" for 0).
QString belowThousand(int n)
{
    QStringList words;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        words << QStringLiteral("seratus");
    else if (hundreds > 1)
        words << QLatin1String(kUnits[hundreds]) + QStringLiteral(" ratus");
    if (rest == 10) {
        words << QStringLiteral("sepuluh");
    } else if (rest == 11) {
        words << QStringLiteral("sebelas");
    } else if (rest > 11 && rest < 20) {
        words << QLatin1String(kUnits[rest % 10]) + QStringLiteral(" belas");
    } else if (rest >= 20) {
        words << QLatin1String(kUnits[rest / 10]) + QStringLiteral(" puluh");
        if (rest % 10)
            words << QLatin1String(kUnits[rest % 10]);
    } else if (rest > 0) {
        words << QLatin1String(kUnits[rest]);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString number(qint64 n)
{
    if (n == 0)
        return QStringLiteral("nol");
    if (n < 0) // the smallest qint64 has no positive counterpart; beyond triliun anyway
        return QStringLiteral("minus ") + number(n == std::numeric_limits<qint64>::min() ? -(n + 1) : -n);
    // Groups of three digits, largest first: triliun, miliar, juta, ribu, the rest.
    static const char *const kScales[] = { "triliun", "miliar", "juta", "ribu", "" };
    static const qint64 kSizes[] = { 1'000'000'000'000LL, 1'000'000'000LL, 1'000'000LL, 1'000LL, 1LL };
    QStringList words;
    qint64 rest = n;
    if (rest >= 1'000'000'000'000'000LL) { // a thousand triliun and more: "seribu triliun", "dua ribu triliun"
        words << number(rest / 1'000'000'000'000LL) + QStringLiteral(" triliun");
        rest %= 1'000'000'000'000LL;
    }
    for (int i = 0; i < 5; ++i) {
        const int group = int(rest / kSizes[i]);
        rest %= kSizes[i];
        if (group == 0)
            continue;
        if (i == 3 && group == 1) // 1 000: "seribu", not "satu ribu"
            words << QStringLiteral("seribu");
        else if (kScales[i][0])
            words << belowThousand(group) + QLatin1Char(' ') + QLatin1String(kScales[i]);
        else
            words << belowThousand(group);
    }
    return words.join(QLatin1Char(' '));
}

QString dayName(int dayOfWeek)
{
    static const char *const kDays[] = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QLatin1String(kDays[dayOfWeek - 1]) : QString();
}

QString dayName(QDate date)
{
    return date.isValid() ? dayName(date.dayOfWeek()) : QString();
}

QString monthName(int month)
{
    static const char *const kMonths[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember" };
    return month >= 1 && month <= 12 ? QLatin1String(kMonths[month - 1]) : QString();
}

QString date(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString openingPhrase(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("Pada hari ini %1 tanggal %2 bulan %3 tahun %4")
        .arg(dayName(date), number(date.day()), monthName(date.month()), number(date.year()));
}

} // namespace loket::IndonesianWords
