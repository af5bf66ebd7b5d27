// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace loket {

// One command or run of text in an ESC/POS byte stream.
struct EscPosCommand {
    enum class Kind {
        Text, // printable bytes up to the next command: `data`
        LineFeed, // LF
        Init, // ESC @
        CodePage, // ESC t n: a = n
        Charset, // ESC R n: a = n
        Align, // ESC a n: a = 0 left, 1 centre, 2 right
        Bold, // ESC E n: a = 0/1
        Size, // GS ! n: a = width, b = height (1–8)
        FeedLines, // ESC d n: a = n
        QrModel, // GS ( k … 49 65: a = model (1, 2)
        QrModuleSize, // GS ( k … 49 67: a = dots
        QrErrorLevel, // GS ( k … 49 69: a = 48 L, 49 M, 50 Q, 51 H
        QrStore, // GS ( k pL pH 49 80 48: a = pL + 256·pH as sent, `data` = payload
        QrPrint, // GS ( k … 49 81 48
        Raster, // GS v 0 m xL xH yL yH: a = bytes per row, b = rows (dots), c = m, `data` = bitmap
        Cut, // GS V m [n]: a = m, b = n
        Unknown, // a command this decoder does not know, or a truncated one: `data` = its bytes
    };
    Kind kind = Kind::Unknown;
    int a = 0;
    int b = 0;
    int c = 0;
    QByteArray data;
};

// Reads ESC/POS bytes back, for tests and for people checking what a printer
// would get ("loketctl ticket print --escpos FILE"). Knows the commands the
// EscPosEncoder writes plus a few common ones.
class EscPosDecoder
{
public:
    static QList<EscPosCommand> decode(const QByteArray &bytes);
    // One line of readable text per printed line, commands in brackets:
    // "[INIT] [ALIGN center] [SIZE 4x4] A-001" … "[QR model2 size6 ecM 'loket:…'] [CUT partial]".
    static QString dump(const QByteArray &bytes);
    // The printed text only, one entry per line (commands left out).
    static QStringList textLines(const QList<EscPosCommand> &commands);
};

} // namespace loket
