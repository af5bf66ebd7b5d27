// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/EscPosEncoder.h"

#include "core/printing/QrMatrix.h"

#include <algorithm>
#include <initializer_list>

namespace loket {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kLf = 0x0A;
constexpr int kQuietZoneModules = 4; // the white border a QR reader needs, per side

void put(QByteArray &out, std::initializer_list<int> bytes)
{
    for (int b : bytes)
        out.append(char(b & 0xFF));
}

void align(QByteArray &out, int n)
{
    put(out, { kEsc, 'a', n });
} // 0 left, 1 centre, 2 right
void bold(QByteArray &out, bool on)
{
    put(out, { kEsc, 'E', on ? 1 : 0 });
}

// GS ! n: high nibble width − 1, low nibble height − 1.
void size(QByteArray &out, int width, int height)
{
    put(out, { kGs, '!', ((width - 1) << 4) | (height - 1) });
}

void lines(QByteArray &out, const QList<QByteArray> &wrapped)
{
    for (const QByteArray &line : wrapped) {
        out.append(line);
        out.append(kLf);
    }
}

// Each '\n' in the text starts a new paragraph; paragraphs are wrapped.
void paragraphs(QByteArray &out, const QString &text, int width)
{
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString &p : parts) {
        const QList<QByteArray> wrapped = EscPosEncoder::wrap(EscPosEncoder::printableAscii(p), width);
        if (wrapped.isEmpty() && parts.size() > 1)
            out.append(kLf); // a blank line the author put there on purpose
        lines(out, wrapped);
    }
}

// GS ( k with cn = 49 (QR code): pL pH count the bytes after themselves.
void qrFunction(QByteArray &out, int fn, const QByteArray &params)
{
    const int length = int(params.size()) + 2;
    put(out, { kGs, '(', 'k', length & 0xFF, length >> 8, 49, fn });
    out.append(params);
}

void nativeQr(QByteArray &out, const QByteArray &payload, int moduleDots)
{
    qrFunction(out, 65, QByteArray("\x32\x00", 2)); // model 2
    qrFunction(out, 67, QByteArray(1, char(moduleDots))); // module size in dots
    qrFunction(out, 69, QByteArray(1, char(49))); // error correction M (15 %)
    qrFunction(out, 80, QByteArray(1, char(48)) + payload); // store the data
    qrFunction(out, 81, QByteArray(1, char(48))); // print it
}

// GS v 0: a bitmap, rows top to bottom, most significant bit leftmost, 1 = black.
void rasterQr(QByteArray &out, const QrMatrix &qr, int moduleDots)
{
    const int modules = qr.size() + 2 * kQuietZoneModules;
    const int dots = modules * moduleDots;
    const int rowBytes = (dots + 7) / 8;
    put(out, { kGs, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, dots & 0xFF, dots >> 8 });
    QByteArray row(rowBytes, '\0');
    for (int y = 0; y < dots; ++y) {
        row.fill('\0');
        const int my = y / moduleDots - kQuietZoneModules;
        if (my >= 0 && my < qr.size()) {
            for (int x = 0; x < dots; ++x) {
                const int mx = x / moduleDots - kQuietZoneModules;
                if (mx >= 0 && mx < qr.size() && qr.isDark(mx, my))
                    row[x / 8] = char(uchar(row.at(x / 8)) | (0x80 >> (x % 8)));
            }
        }
        out.append(row);
    }
    out.append(kLf);
}

} // namespace

EscPosEncoder::EscPosEncoder(EscPosOptions options)
    : m_options(options)
{ }

QByteArray EscPosEncoder::printableAscii(const QString &text)
{
    QByteArray out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        if (c >= 0x20 && c < 0x7F) {
            out.append(char(c));
            continue;
        }
        switch (c) {
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            out.append('-');
            break;
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x2032:
            out.append('\'');
            break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x2033:
            out.append('"');
            break;
        case 0x2022:
        case 0x00B7:
        case 0x25CF:
            out.append('*');
            break;
        case 0x00D7:
            out.append('x');
            break;
        default:
            if (QChar::isSpace(c) || c < 0x20)
                out.append(' '); // tabs, line breaks, no-break spaces; control bytes never reach the printer
            else
                out.append('?');
        }
    }
    return out;
}

QList<QByteArray> EscPosEncoder::wrap(const QByteArray &ascii, int width, int hangingIndent)
{
    QList<QByteArray> result;
    if (width <= 0)
        return result;
    hangingIndent = std::clamp(hangingIndent, 0, width - 1);
    const QByteArray indent(hangingIndent, ' ');
    QByteArray line;
    auto flush = [&] {
        result.append(line);
        line = indent;
    };
    for (QByteArray word : ascii.split(' ')) {
        if (word.isEmpty())
            continue;
        const bool fresh = line.size() == (result.isEmpty() ? 0 : hangingIndent);
        if (!fresh && line.size() + 1 + word.size() <= width) {
            line += ' ' + word;
            continue;
        }
        if (!fresh)
            flush();
        while (line.size() + word.size() > width) {
            const qsizetype room = width - line.size();
            line += word.left(room);
            word = word.mid(room);
            flush();
        }
        line += word;
    }
    if (line.trimmed().size() > 0)
        result.append(line);
    return result;
}

Result<QByteArray> EscPosEncoder::encode(const TicketLayout &layout) const
{
    const int width = charactersPerLine(layout.paper);
    QByteArray out;
    put(out, { kEsc, '@' }); // initialise: clears any mode left by an earlier job
    put(out, { kEsc, 't', 0 }); // code page 437: its lower half is ASCII, the only bytes sent
    put(out, { kEsc, 'R', 0 }); // international set USA, so '#', '$', '@' … print as themselves

    align(out, 1);
    bold(out, true);
    paragraphs(out, layout.officeName, width);
    bold(out, false);
    if (!layout.serviceName.isEmpty()) {
        size(out, 1, 2); // double height keeps the full line width
        paragraphs(out, layout.serviceName, width);
        size(out, 1, 1);
    }
    out.append(kLf);

    const QByteArray number = printableAscii(layout.number).trimmed();
    if (number.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The ticket has no number, so it cannot be printed."));
    int scale = std::clamp(m_options.numberScale, 1, 8);
    while (scale > 1 && number.size() * scale > width)
        --scale;
    bold(out, true);
    size(out, scale, scale);
    lines(out, wrap(number, width / scale));
    size(out, 1, 1);
    bold(out, false);
    if (const QString priority = layout.priorityText(); !priority.isEmpty()) {
        // Double height and bold: the officer sees it at a glance, as the board's priority mark.
        bold(out, true);
        size(out, 1, 2);
        paragraphs(out, priority, width);
        size(out, 1, 1);
        bold(out, false);
    }
    out.append(kLf);

    for (const QString &text : { layout.dateTimeText(), layout.peopleAheadText(), layout.estimatedWaitText() }) {
        if (!text.isEmpty())
            paragraphs(out, text, width);
    }

    if (!layout.requirements.isEmpty()) {
        out.append(kLf);
        align(out, 0);
        paragraphs(out, layout.requirementsHeading(), width);
        for (const QString &item : layout.requirements)
            lines(out, wrap("[ ] " + printableAscii(item), width, 4));
        align(out, 1);
    }

    if (!layout.qrPayload.isEmpty() && m_options.qrMode != QrPrintMode::None) {
        // The payload is sent as UTF-8 bytes: it is data for a phone, not text for the printer's font.
        const QByteArray payload = layout.qrPayload.toUtf8();
        auto qr = QrMatrix::encode(payload, QrErrorCorrection::M);
        if (!qr)
            return qr.error();
        const int fit = printableDots(layout.paper) / (qr->size() + 2 * kQuietZoneModules);
        const int moduleDots = std::min(std::clamp(m_options.qrModuleSize, 1, 16), fit);
        if (moduleDots < 2) {
            return makeError(ErrorCode::InvalidInput,
                tr("The QR code content is too long to print readably on this paper. Use a shorter "
                   "text or link."));
        }
        out.append(kLf);
        if (m_options.qrMode == QrPrintMode::Native)
            nativeQr(out, payload, moduleDots);
        else
            rasterQr(out, qr.value(), moduleDots);
    }

    if (!layout.footer.isEmpty()) {
        out.append(kLf);
        paragraphs(out, layout.footer, width);
    }

    put(out, { kEsc, 'd', std::clamp(m_options.feedLinesBeforeCut, 0, 255) });
    // Function B: feed to the cutting position, then cut (65 full, 66 partial).
    put(out, { kGs, 'V', m_options.fullCut ? 65 : 66, 0 });
    return out;
}

Result<QByteArray> EscPosEncoder::encode(const SlipLayout &slip) const
{
    const int width = charactersPerLine(slip.paper);
    QByteArray out;
    put(out, { kEsc, '@' });
    put(out, { kEsc, 't', 0 });
    put(out, { kEsc, 'R', 0 });
    bool printed = false;
    for (const SlipLine &line : slip.lines) {
        align(out, line.align == SlipLine::Align::Center ? 1 : 0);
        if (line.text.trimmed().isEmpty()) {
            out.append(kLf);
            continue;
        }
        printed = true;
        const bool boldLine = line.bold || line.size == SlipLine::Size::Large;
        if (boldLine)
            bold(out, true);
        int scale = 1;
        if (line.size == SlipLine::Size::Large) {
            const QByteArray ascii = printableAscii(line.text).trimmed();
            scale = std::clamp(m_options.numberScale, 1, 8);
            while (scale > 1 && ascii.size() * scale > width)
                --scale;
            size(out, scale, scale);
        } else if (line.size == SlipLine::Size::Tall) {
            size(out, 1, 2);
        }
        for (const QString &p : line.text.split(QLatin1Char('\n')))
            lines(out, wrap(printableAscii(p), width / scale, line.hangingIndent));
        if (line.size != SlipLine::Size::Normal)
            size(out, 1, 1);
        if (boldLine)
            bold(out, false);
    }
    if (!printed)
        return makeError(ErrorCode::InvalidInput, tr("The slip has nothing to print."));
    put(out, { kEsc, 'd', std::clamp(m_options.feedLinesBeforeCut, 0, 255) });
    put(out, { kGs, 'V', m_options.fullCut ? 65 : 66, 0 });
    return out;
}

} // namespace loket
