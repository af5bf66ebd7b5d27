// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/CallPanel.h"

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
    label->setFont(f);
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
        return;
    }
    m_number->setText(call->number);
    m_counter->setText(tr("Counter %1").arg(call->counterNumber));
    m_service->setText(call->serviceName);
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
    setPixelSize(m_caption, h * 42 / 1000, true);
    setPixelSize(m_number, h * 235 / 1000, true);
    setPixelSize(m_counter, h * 95 / 1000, true);
    setPixelSize(m_service, h * 34 / 1000, false);
}

} // namespace loket::ui
