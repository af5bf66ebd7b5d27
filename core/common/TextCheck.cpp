// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/TextCheck.h"

namespace loket {

namespace {

constexpr char16_t kBom = 0xFEFF;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

// The bidirectional overrides and isolates: they make a text read in another
// order than it is stored ("invoice‮gnp.exe" shows as "invoiceexe.png").
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Zero-width and other format characters that show nothing.
bool isInvisible(QChar c)
{
    return c.category() == QChar::Other_Format || c.isSpace();
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

std::optional<QString> TextCheck::problem(const QString &text, Kind kind)
{
    bool allInvisible = !text.isEmpty();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isInvisible(text.at(i)))
            allInvisible = false;
        if (c == 0)
            return tr("holds a NUL character (position %1)").arg(i + 1);
        if (isBidiControl(c))
            return tr("holds a hidden direction mark (%1, position %2) that changes how it reads").arg(codePoint(c)).arg(i + 1);
        if (c == kBom) {
            if (text.trimmed().remove(QChar(kBom)).isEmpty())
                return tr("holds only an invisible byte order mark (U+FEFF)");
            return tr("holds an invisible byte order mark (U+FEFF, position %1)").arg(i + 1);
        }
        if (!isControl(c))
            continue;
        if (kind == Kind::MultiLine) {
            if (c == u'\t' || c == u'\n')
                continue;
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
        }
        if (kind == Kind::Line && (c == u'\n' || c == u'\r'))
            return tr("holds a line break (position %1); it must be one line").arg(i + 1);
        return tr("holds a control character (%1, position %2)").arg(codePoint(c)).arg(i + 1);
    }
    // Only zero-width characters: it would look empty in every list. (Blank text is the caller's to refuse.)
    if (allInvisible && !text.trimmed().isEmpty())
        return tr("holds only invisible characters");
    return std::nullopt;
}

Status TextCheck::check(const QString &text, const QString &fieldName, Kind kind)
{
    if (const auto p = problem(text, kind)) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 %2. Type it again without it (copying from another program can bring such characters).")
                .arg(fieldName, *p));
    }
    return {};
}

QString TextCheck::quote(const QString &fromFile)
{
    constexpr qsizetype kMax = 60;
    QString out;
    for (qsizetype i = 0; i < fromFile.size(); ++i) {
        if (out.size() >= kMax) {
            out += QChar(0x2026);
            break;
        }
        const char16_t c = fromFile.at(i).unicode();
        if (isControl(c) || c == kBom || c == 0)
            out += QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
        else
            out += fromFile.at(i);
    }
    return out;
}

} // namespace loket
