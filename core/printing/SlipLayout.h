// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/TicketLayout.h"

#include <QList>
#include <QString>

namespace loket {

// One paragraph of a free-form slip (a complaint receipt): the text and how it
// is printed. The encoder wraps it to the paper; '\n' starts a new paragraph.
struct SlipLine {
    enum class Align { Left, Center };
    enum class Size {
        Normal,
        Tall, // double height, full line width (a heading)
        Large, // as large as fits one line (a register number), bold
    };
    QString text; // empty: a blank line
    Align align = Align::Left;
    Size size = Size::Normal;
    bool bold = false;
    int hangingIndent = 0; // continuation lines start with this many spaces

    static SlipLine blank() { return {}; }
};

// A slip for the ticket printer that is not a queue ticket: lines, top to
// bottom, then the cut.
struct SlipLayout {
    QList<SlipLine> lines;
    PaperWidth paper = PaperWidth::Mm80;
};

} // namespace loket
