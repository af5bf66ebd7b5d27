// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/RunningText.h"

#include <QPainter>
#include <QTimer>

namespace loket::ui {

namespace {

const QString kSeparator = QStringLiteral("     •     ");

} // namespace

RunningText::RunningText(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(33);
    connect(m_timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void RunningText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_clock.restart();
    update();
}

QSize RunningText::sizeHint() const
{
    return { 400, fontMetrics().height() + 16 };
}

void RunningText::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clock.start();
    m_timer->start();
}

void RunningText::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void RunningText::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (m_text.isEmpty())
        return;
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    const QString unit = m_text + kSeparator;
    const int unitWidth = qMax(1, p.fontMetrics().horizontalAdvance(unit));
    const qint64 travelled = m_clock.isValid() ? m_clock.elapsed() * m_speed / 1000 : 0;
    // Enters from the right edge, then repeats without a gap.
    int x = width() - int(travelled % (unitWidth + width()));
    if (travelled >= width())
        x = -int((travelled - width()) % unitWidth);
    const int baseline = (height() + p.fontMetrics().ascent() - p.fontMetrics().descent()) / 2;
    for (; x < width(); x += unitWidth)
        p.drawText(x, baseline, unit);
}

} // namespace loket::ui
