// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/CallPanel.h"

#include <QFontMetrics>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

void setPixelSize(QLabel *label, int px, bool bold)
{
    QFont f = label->font();
    f.setPixelSize(qMax(8, px));
    f.setBold(bold);
    if (f != label->font())
        label->setFont(f);
}

// The largest size up to `px` at which the label's text fits its width on one line.
int fittingPixelSize(const QLabel *label, int px, int width, bool bold)
{
    QFont f = label->font();
    f.setBold(bold);
    f.setPixelSize(qMax(8, px));
    const int needed = QFontMetrics(f).horizontalAdvance(label->text());
    if (needed <= width || needed <= 0)
        return px;
    return qMax(8, int(qint64(px) * width / needed));
}

bool fits(const QLabel *label)
{
    return label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width();
}

} // namespace

CallPanel::CallPanel(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(tr("Now calling"), this))
    , m_number(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_service(new QLabel(this))
    , m_blink(new QTimer(this))
{
    setObjectName(QStringLiteral("boardCall"));
    m_caption->setObjectName(QStringLiteral("boardCallCaption"));
    m_number->setObjectName(QStringLiteral("boardCallNumber"));
    m_counter->setObjectName(QStringLiteral("boardCallCounter"));
    m_service->setObjectName(QStringLiteral("boardCallService"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 12);
    layout->setSpacing(0);
    for (QLabel *l : { m_caption, m_number, m_counter, m_service }) {
        l->setAlignment(Qt::AlignCenter);
        layout->addWidget(l);
    }
    layout->insertStretch(1, 1);
    layout->insertStretch(3, 1);
    layout->addStretch(1);
    m_service->setWordWrap(true);
    // Never wider than the panel: the window must keep the screen's size.
    m_number->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_blink->setInterval(450);
    connect(m_blink, &QTimer::timeout, this, [this] {
        --m_blinksLeft;
        setHighlighted(m_blinksLeft > 0 && m_blinksLeft % 2 == 1);
        if (m_blinksLeft <= 0)
            m_blink->stop();
    });
    showCall(std::nullopt);
}

void CallPanel::showCall(const std::optional<RecentCall> &call)
{
    if (!call) {
        m_number->setText(QStringLiteral("–"));
        m_counter->setText(tr("Please wait to be called"));
        m_service->clear();
    } else {
        m_number->setText(call->number);
        m_counter->setText(tr("Counter %1").arg(call->counterNumber));
        m_service->setText(call->serviceName);
    }
    fitLines();
}

bool CallPanel::textFits() const
{
    return fits(m_number) && fits(m_counter);
}

void CallPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitLines();
}

void CallPanel::flash()
{
    m_blinksLeft = 9;
    setHighlighted(true);
    m_blink->start();
}

bool CallPanel::isFlashing() const
{
    return m_blink->isActive();
}

QString CallPanel::numberText() const
{
    return m_number->text();
}

QString CallPanel::counterText() const
{
    return m_counter->text();
}

void CallPanel::setHighlighted(bool on)
{
    for (QWidget *w : std::initializer_list<QWidget *> { this, m_caption, m_number, m_counter, m_service }) {
        w->setProperty("flash", on); // each label's colour rule reads its own property
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void CallPanel::scaleTo(int h)
{
    m_height = h;
    fitLines();
}

void CallPanel::fitLines()
{
    const int h = m_height;
    // The labels' own width, less a little air: the panel's margins are already outside it.
    const int width = qMax(40, contentsRect().width() - layout()->contentsMargins().left()
            - layout()->contentsMargins().right() - 8);
    setPixelSize(m_caption, h * 42 / 1000, true);
    setPixelSize(m_number, fittingPixelSize(m_number, h * 235 / 1000, width, true), true);
    // The idle line is a sentence, not a counter: a little smaller to start with.
    const int counterPx = m_number->text() == QStringLiteral("–") ? h * 70 / 1000 : h * 95 / 1000;
    setPixelSize(m_counter, fittingPixelSize(m_counter, counterPx, width, true), true);
    setPixelSize(m_service, h * 34 / 1000, false);
}

} // namespace loket::ui
