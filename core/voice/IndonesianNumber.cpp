// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voice/IndonesianNumber.h"

#include <QStringList>

#include <array>
#include <limits>

namespace loket {

namespace {

// Below one thousand; 0 gives an empty string (the caller says "nol" itself).
QString below1000(int n)
{
    QStringList parts;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        parts << QStringLiteral("seratus");
    else if (hundreds > 1)
        parts << IndonesianNumber::digit(hundreds) + QStringLiteral(" ratus");
    if (rest == 10)
        parts << QStringLiteral("sepuluh");
    else if (rest == 11)
        parts << QStringLiteral("sebelas");
    else if (rest > 11 && rest < 20)
        parts << IndonesianNumber::digit(rest % 10) + QStringLiteral(" belas");
    else if (rest >= 20) {
        parts << IndonesianNumber::digit(rest / 10) + QStringLiteral(" puluh");
        if (rest % 10 != 0)
            parts << IndonesianNumber::digit(rest % 10);
    } else if (rest > 0)
        parts << IndonesianNumber::digit(rest);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString IndonesianNumber::digit(int d)
{
    static const std::array<const char *, 10> names
        = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" };
    if (d < 0 || d > 9)
        return {};
    return QString::fromLatin1(names[size_t(d)]);
}

QString IndonesianNumber::words(qint64 n)
{
    if (n == 0)
        return digit(0);
    if (n < 0) {
        // The lowest qint64 has no positive counterpart; nobody reads it aloud.
        if (n == std::numeric_limits<qint64>::min())
            n += 1;
        return QStringLiteral("minus ") + words(-n);
    }
    struct Scale {
        qint64 value;
        const char *name;
    };
    // "ribu" is the one scale with a "se-" form for one: seribu, but satu juta.
    static const std::array<Scale, 5> scales
        = { { { 1'000'000'000'000'000LL, "kuadriliun" }, { 1'000'000'000'000LL, "triliun" },
            { 1'000'000'000LL, "miliar" }, { 1'000'000LL, "juta" }, { 1'000LL, "ribu" } } };
    QStringList parts;
    for (const Scale &s : scales) {
        const qint64 count = n / s.value;
        if (count == 0)
            continue;
        n %= s.value;
        if (s.value == 1000 && count == 1)
            parts << QStringLiteral("seribu");
        else
            parts << words(count) + QLatin1Char(' ') + QString::fromLatin1(s.name);
    }
    if (n > 0)
        parts << below1000(int(n));
    return parts.join(QLatin1Char(' '));
}

QString IndonesianNumber::digits(const QString &text)
{
    QStringList parts;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            parts << digit(c.unicode() - '0');
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace loket
