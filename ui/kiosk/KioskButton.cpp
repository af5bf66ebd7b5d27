// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskButton.h"

#include <QPainter>
#include <QPainterPath>

namespace loket::ui {

namespace {

QFont pixelFont(const QFont &base, int px, bool bold)
{
    QFont f = base;
    f.setPixelSize(qMax(8, px));
    f.setBold(bold);
    return f;
}

} // namespace

KioskButton::KioskButton(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); // the bigger the target, the better
}

void KioskButton::setTitle(const QString &title)
{
    setText(title);
    setAccessibleName(title);
    update();
}

void KioskButton::setDetails(const QString &first, const QString &second)
{
    m_first = first;
    m_second = second;
    setAccessibleDescription(QStringList { first, second }.join(QLatin1Char(' ')).trimmed());
    update();
}

QSize KioskButton::sizeHint() const
{
    return { m_titlePx * 12, m_titlePx * 4 };
}

QSize KioskButton::minimumSizeHint() const
{
    return { m_titlePx * 6, m_titlePx * 3 };
}

void KioskButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(3, 3, -3, -3);
    const bool pressed = isDown();
    const bool lit = pressed || underMouse() || hasFocus();
    QPainterPath path;
    path.addRoundedRect(card, 16, 16);
    p.fillPath(path, pressed ? QColor(0xdc, 0xe8, 0xf5) : Qt::white);
    p.setPen(QPen(lit ? m_accent : QColor(0xc8, 0xd3, 0xe0), lit ? 4 : 2));
    p.drawPath(path);
    // The accent bar on the left says "this is a button" without words.
    p.save();
    p.setClipPath(path);
    p.fillRect(QRectF(card.left(), card.top(), 14, card.height()), m_accent);
    p.restore();

    const double pad = m_titlePx * 0.6;
    QRectF content = card.adjusted(14 + pad, pad * 0.6, -pad, -pad * 0.6);
    // A picture needs room to be recognised; a letter badge less.
    const double side = qMin(content.height(), m_titlePx * (m_picture.isNull() ? 2.6 : 3.6));
    if (!m_badge.isEmpty() || !m_picture.isNull()) {
        const QRectF box(content.left(), content.center().y() - side / 2, side, side);
        if (!m_picture.isNull()) {
            m_picture.paint(&p, box.toRect());
        } else {
            QPainterPath circle;
            circle.addEllipse(box);
            p.fillPath(circle, m_accent);
            p.setPen(Qt::white);
            p.setFont(pixelFont(font(), int(side * 0.55), true));
            p.drawText(box, Qt::AlignCenter, m_badge);
        }
        content.setLeft(box.right() + pad);
    }

    const QFont detailFont = pixelFont(font(), int(m_titlePx * 0.68), false);
    const QFontMetricsF dm(detailFont);
    const int detailLines = int(!m_first.isEmpty()) + int(!m_second.isEmpty());
    const double detailHeight = detailLines * (dm.lineSpacing() + 4);
    // One line if a slightly smaller size allows it; else two lines, smaller still.
    QFont titleFont = pixelFont(font(), m_titlePx, true);
    int titleLines = 1;
    for (int px = m_titlePx; px >= int(m_titlePx * 0.8); --px) {
        titleFont.setPixelSize(px);
        if (QFontMetricsF(titleFont).horizontalAdvance(text()) <= content.width())
            break;
    }
    if (QFontMetricsF(titleFont).horizontalAdvance(text()) > content.width()) {
        titleLines = 2;
        titleFont.setPixelSize(int(m_titlePx * 0.8));
        while (
            titleFont.pixelSize() > 10 && 2 * QFontMetricsF(titleFont).lineSpacing() + detailHeight > content.height())
            titleFont.setPixelSize(titleFont.pixelSize() - 1);
    }
    const QFontMetricsF tm(titleFont);
    const double titleHeight = tm.lineSpacing() * titleLines;
    const double total = titleHeight + detailHeight;
    double y = content.top() + qMax(0.0, (content.height() - total) / 2);
    p.setPen(QColor(0x1f, 0x2d, 0x3d));
    p.setFont(titleFont);
    p.drawText(QRectF(content.left(), y, content.width(), titleHeight), Qt::TextWordWrap | Qt::AlignLeft, text());
    y += titleHeight + 4;
    p.setFont(detailFont);
    p.setPen(QColor(0x3d, 0x4f, 0x63));
    for (const QString &line : { m_first, m_second }) {
        if (line.isEmpty())
            continue;
        p.drawText(QRectF(content.left(), y, content.width(), dm.lineSpacing()), Qt::AlignLeft,
            dm.elidedText(line, Qt::ElideRight, content.width()));
        y += dm.lineSpacing() + 4;
    }
}

} // namespace loket::ui
