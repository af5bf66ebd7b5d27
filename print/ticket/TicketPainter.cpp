// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ticket/TicketPainter.h"

#include "core/printing/QrMatrix.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace loket {

namespace {

constexpr int kQuietZoneModules = 4;
constexpr int kCheckBox = 15; // side of a checklist box, in dots

// Named explicitly: another installed font family must not change the ticket.
QFont ticketFont(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(pixelSize, 8));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same metrics at every resolution
    return f;
}

// Greedy word wrap by the font's advances; words wider than a line are split.
QStringList wrapLines(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    QStringList result;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                result << line;
            line.clear();
            while (fm.horizontalAdvance(word) > width && word.size() > 1) {
                qsizetype n = word.size() - 1;
                while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                    --n;
                result << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

} // namespace

TicketPainter::TicketPainter(TicketLayout layout)
    : m_layout(std::move(layout))
{
    build();
}

double TicketPainter::paperWidthMm(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? 58.0 : 80.0;
}

double TicketPainter::printableWidthMm(PaperWidth paper)
{
    return printableDots(paper) * 25.4 / dotsPerInch;
}

void TicketPainter::addSpace(int dots)
{
    Block b;
    b.kind = Block::Kind::Space;
    b.height = dots;
    m_blocks << b;
}

void TicketPainter::addText(const QString &text, const QFont &font, Qt::Alignment align)
{
    if (text.trimmed().isEmpty())
        return;
    Block b;
    b.kind = Block::Kind::Text;
    b.font = font;
    b.align = align;
    b.lines = wrapLines(text, font, printableDots(m_layout.paper));
    b.lineHeight = int(QFontMetricsF(font).lineSpacing() + 0.5);
    b.height = b.lineHeight * int(b.lines.size());
    m_blocks << b;
}

void TicketPainter::build()
{
    const int width = printableDots(m_layout.paper);
    // 58 mm paper: the same ticket, a little smaller.
    const double k = m_layout.paper == PaperWidth::Mm58 ? 0.8 : 1.0;
    auto px = [k](int dots) { return int(dots * k + 0.5); };

    const QStringList office = m_layout.officeName.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < office.size(); ++i) {
        const bool main = i == office.size() - 1;
        addText(office.at(i), ticketFont(main ? px(27) : px(20), main));
    }
    addSpace(px(10));
    Block rule;
    rule.kind = Block::Kind::Rule;
    rule.height = 3;
    m_blocks << rule;
    addSpace(px(14));
    addText(m_layout.serviceName, ticketFont(px(30), true));
    addSpace(px(4));

    // The number as large as the paper allows, up to about 2 cm high.
    QFont number = ticketFont(px(150), true);
    const double advance = QFontMetricsF(number).horizontalAdvance(m_layout.number);
    if (advance > width * 0.92)
        number.setPixelSize(std::max(24, int(number.pixelSize() * width * 0.92 / advance)));
    addText(m_layout.number, number);
    if (const QString priority = m_layout.priorityText(); !priority.isEmpty()) {
        addSpace(px(2));
        addText(priority, ticketFont(px(28), true));
    }
    addSpace(px(6));

    addText(m_layout.dateTimeText(), ticketFont(px(22)));
    addText(m_layout.peopleAheadText(), ticketFont(px(24), true));
    addText(m_layout.estimatedWaitText(), ticketFont(px(24)));

    if (!m_layout.requirements.isEmpty()) {
        addSpace(px(18));
        addText(m_layout.requirementsHeading(), ticketFont(px(22), true), Qt::AlignLeft);
        addSpace(px(4));
        const QFont item = ticketFont(px(21));
        const int indent = kCheckBox + 10;
        for (const QString &r : m_layout.requirements) {
            Block b;
            b.kind = Block::Kind::Check;
            b.font = item;
            b.align = Qt::AlignLeft;
            b.lines = wrapLines(r, item, width - indent);
            b.lineHeight = int(QFontMetricsF(item).lineSpacing() + 0.5);
            b.height = b.lineHeight * int(b.lines.size()) + px(4);
            m_blocks << b;
        }
    }

    if (!m_layout.qrPayload.isEmpty()) {
        auto qr = QrMatrix::encode(m_layout.qrPayload.toUtf8(), QrErrorCorrection::M);
        if (qr) {
            Block b;
            b.kind = Block::Kind::Qr;
            b.qrSize = qr->size();
            const int modules = qr->size() + 2 * kQuietZoneModules;
            b.qrModuleDots = std::clamp(width / 2 / modules, 2, 6);
            b.height = modules * b.qrModuleDots;
            b.qrDark.resize(qsizetype(b.qrSize) * b.qrSize);
            for (int y = 0; y < b.qrSize; ++y) {
                for (int x = 0; x < b.qrSize; ++x)
                    b.qrDark[y * b.qrSize + x] = qr->isDark(x, y) ? 1 : 0;
            }
            addSpace(px(8));
            m_blocks << b;
        }
    }
    addSpace(px(6));
    addText(m_layout.footer, ticketFont(px(19)));
    addSpace(px(12));

    m_height = 0;
    for (const Block &b : m_blocks)
        m_height += b.height;
}

void TicketPainter::paint(QPainter &painter, double deviceDpi) const
{
    const int width = printableDots(m_layout.paper);
    painter.save();
    painter.scale(deviceDpi / dotsPerInch, deviceDpi / dotsPerInch);
    painter.setPen(Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, false);
    int y = 0;
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Space:
            break;
        case Block::Kind::Rule:
            painter.fillRect(QRectF(0, y, width, b.height), Qt::black);
            break;
        case Block::Kind::Text:
        case Block::Kind::Check: {
            painter.setFont(b.font);
            const QFontMetricsF fm(b.font);
            const int indent = b.kind == Block::Kind::Check ? kCheckBox + 10 : 0;
            if (b.kind == Block::Kind::Check) {
                const double top = y + (b.lineHeight - kCheckBox) / 2.0;
                painter.save();
                painter.setPen(QPen(Qt::black, 2));
                painter.drawRect(QRectF(1, top, kCheckBox, kCheckBox));
                painter.restore();
            }
            for (qsizetype i = 0; i < b.lines.size(); ++i) {
                const QString &line = b.lines.at(i);
                double x = indent;
                if (b.align & Qt::AlignHCenter)
                    x = (width - fm.horizontalAdvance(line)) / 2.0;
                painter.drawText(QPointF(x, y + b.lineHeight * double(i) + fm.ascent()), line);
            }
            break;
        }
        case Block::Kind::Qr: {
            const int modules = b.qrSize + 2 * kQuietZoneModules;
            const double left = (width - modules * b.qrModuleDots) / 2.0 + kQuietZoneModules * b.qrModuleDots;
            const double top = y + kQuietZoneModules * b.qrModuleDots;
            // One path of row runs: separate squares leave hairline seams in PDF viewers.
            QPainterPath path;
            path.setFillRule(Qt::WindingFill);
            for (int my = 0; my < b.qrSize; ++my) {
                int mx = 0;
                while (mx < b.qrSize) {
                    if (!b.qrDark.at(my * b.qrSize + mx)) {
                        ++mx;
                        continue;
                    }
                    int end = mx;
                    while (end < b.qrSize && b.qrDark.at(my * b.qrSize + end))
                        ++end;
                    path.addRect(QRectF(left + mx * b.qrModuleDots, top + my * b.qrModuleDots,
                        (end - mx) * b.qrModuleDots, b.qrModuleDots));
                    mx = end;
                }
            }
            painter.fillPath(path, Qt::black);
            break;
        }
        }
        y += b.height;
    }
    painter.restore();
}

} // namespace loket
