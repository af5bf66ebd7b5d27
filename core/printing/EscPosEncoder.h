// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/printing/SlipLayout.h"
#include "core/printing/TicketLayout.h"

#include <QByteArray>
#include <QList>

namespace loket {

enum class QrPrintMode {
    Native, // GS ( k: the printer draws the code (most ESC/POS printers since ~2010)
    Raster, // GS v 0: Loket draws it as a bitmap, for printers without QR support
    None,
};

struct EscPosOptions {
    QrPrintMode qrMode = QrPrintMode::Native;
    int qrModuleSize = 6; // dots per module, 1–16; made smaller when the code would not fit the paper
    int numberScale = 4; // magnification of the ticket number, 1–8; made smaller to fit one line
    bool fullCut = false; // a partial cut leaves a hinge, so the ticket does not drop to the floor
    int feedLinesBeforeCut = 3; // keeps the last line clear of the cutter
};

// Turns a TicketLayout into the bytes an ESC/POS thermal printer prints.
// No I/O: sending the bytes is the transports' job (ui/printing).
// All text is reduced to printable ASCII, so nothing from the database can
// inject printer commands, and every code page prints it the same.
class EscPosEncoder
{
    Q_DECLARE_TR_FUNCTIONS(EscPosEncoder)
public:
    explicit EscPosEncoder(EscPosOptions options = {});

    Result<QByteArray> encode(const TicketLayout &layout) const;
    // A free-form slip (a complaint receipt), with the same start, text
    // reduction and cut as a ticket. Large lines use numberScale, made
    // smaller to fit one line.
    Result<QByteArray> encode(const SlipLayout &slip) const;

    // Printable ASCII (0x20–0x7E): accents dropped ("é" → "e"), dashes, quotes
    // and bullets mapped, line breaks and tabs to spaces, anything else "?".
    static QByteArray printableAscii(const QString &text);
    // Greedy word wrap; words longer than a line are split. Continuation lines
    // start with `hangingIndent` spaces.
    static QList<QByteArray> wrap(const QByteArray &ascii, int width, int hangingIndent = 0);

private:
    EscPosOptions m_options;
};

} // namespace loket
