// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/TicketLayout.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QStringList>

class QPainter;

namespace loket {

// Draws a TicketLayout with QPainter, for PDF files and printers installed in
// the system. Laid out in printer dots (203 dpi, as on a thermal roll), so a
// ticket looks the same on paper, in a PDF and in ESC/POS.
class TicketPainter
{
public:
    static constexpr double dotsPerInch = 203.0;

    explicit TicketPainter(TicketLayout layout);

    static double paperWidthMm(PaperWidth paper); // 80 or 58
    static double printableWidthMm(PaperWidth paper); // what the print head reaches: 72 or 48
    double printableWidthMm() const { return printableWidthMm(m_layout.paper); }
    PaperWidth paper() const { return m_layout.paper; }

    // Height of the drawn ticket, without page margins.
    int heightDots() const { return m_height; }
    double heightMm() const { return m_height * 25.4 / dotsPerInch; }

    // Draws with the top left of the printable area at the painter's origin;
    // `deviceDpi` is the resolution of the painter's device.
    void paint(QPainter &painter, double deviceDpi) const;

private:
    struct Block {
        enum class Kind { Text, Rule, Check, Qr, Space };
        Kind kind = Kind::Space;
        QFont font;
        Qt::Alignment align = Qt::AlignHCenter;
        QStringList lines;
        int lineHeight = 0;
        int height = 0;
        int qrSize = 0; // modules per side
        int qrModuleDots = 0;
        QByteArray qrDark; // row by row, 1 = dark
    };
    void build();
    void addText(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignHCenter);
    void addSpace(int dots);

    TicketLayout m_layout;
    QList<Block> m_blocks;
    int m_height = 0;
};

} // namespace loket
