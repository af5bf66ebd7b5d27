// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskTicketPage.h"

#include "core/kiosk/PrinterStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

void setPixelSize(QWidget *w, int px, bool bold = false)
{
    QFont f = w->font();
    f.setPixelSize(qMax(8, px));
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

KioskTicketPage::KioskTicketPage(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_number(new QLabel(this))
    , m_service(new QLabel(this))
    , m_ahead(new QLabel(this))
    , m_wait(new QLabel(this))
    , m_priority(new QLabel(this))
    , m_print(new QLabel(this))
    , m_reprint(new QPushButton(this))
    , m_done(new QPushButton(this))
{
    retranslate();
    m_priority->setObjectName(QStringLiteral("kioskTicketPriority"));
    m_priority->hide();
    setObjectName(QStringLiteral("kioskTicket"));
    m_caption->setObjectName(QStringLiteral("kioskSubtitle"));
    m_number->setObjectName(QStringLiteral("kioskNumber"));
    m_service->setObjectName(QStringLiteral("kioskTicketService"));
    m_ahead->setObjectName(QStringLiteral("kioskTicketFact"));
    m_wait->setObjectName(QStringLiteral("kioskTicketFact"));
    m_print->setObjectName(QStringLiteral("kioskPrintOk"));
    m_done->setObjectName(QStringLiteral("kioskDone"));
    m_reprint->setObjectName(QStringLiteral("kioskBack"));
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("kioskTicketCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 20, 40, 24);
    cardLayout->setSpacing(4);
    for (QLabel *l : { m_caption, m_number, m_priority, m_service, m_ahead, m_wait }) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        cardLayout->addWidget(l);
    }
    m_number->setWordWrap(false);
    m_number->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 24, 60, 24);
    layout->setSpacing(14);
    layout->addWidget(card, 1);
    m_print->setAlignment(Qt::AlignCenter);
    m_print->setWordWrap(true);
    layout->addWidget(m_print);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_reprint->hide();
    connect(m_done, &QPushButton::clicked, this, &KioskTicketPage::doneRequested);
    connect(m_reprint, &QPushButton::clicked, this, &KioskTicketPage::reprintRequested);
}

void KioskTicketPage::retranslate()
{
    m_caption->setText(tr("Your queue number"));
    m_reprint->setText(tr("Print again"));
    m_done->setText(tr("Done"));
}

void KioskTicketPage::showTicket(const TicketLayout &ticket)
{
    m_number->setText(ticket.number);
    m_priority->setText(ticket.priorityText());
    m_priority->setVisible(!m_priority->text().isEmpty());
    m_service->setText(ticket.serviceName);
    m_ahead->setText(ticket.peopleAheadText());
    m_ahead->setVisible(!m_ahead->text().isEmpty());
    m_wait->setText(ticket.estimatedWaitText());
    m_wait->setVisible(!m_wait->text().isEmpty());
}

void KioskTicketPage::setPrintState(PrintState state)
{
    switch (state) {
    case PrintState::Printing:
        m_print->setText(tr("Printing your ticket…"));
        break;
    case PrintState::Printed:
        m_print->setText(tr("Please take your ticket. Your number will be called on the screen."));
        break;
    case PrintState::Failed:
        // The citizen reads no technician's text: that goes to staff (KioskWindow, PrinterStatus).
        m_print->setText(tr("%1 Your number is %2: it will be called on the screen.")
                             .arg(PrinterStatus::publicMessage(), m_number->text()));
        break;
    case PrintState::NoPrinter:
        m_print->setText(tr("Please remember your number: it will be called on the screen."));
        break;
    }
    m_print->setObjectName(
        state == PrintState::Failed ? QStringLiteral("kioskPrintFailed") : QStringLiteral("kioskPrintOk"));
    m_print->style()->unpolish(m_print);
    m_print->style()->polish(m_print);
    m_reprint->setVisible(state == PrintState::Failed);
}

void KioskTicketPage::setSecondsLeft(int seconds)
{
    m_done->setText(seconds > 0 ? tr("Done (%1)").arg(seconds) : tr("Done"));
}

void KioskTicketPage::scaleTo(int h)
{
    setPixelSize(m_caption, h * 40 / 1000, true);
    setPixelSize(m_number, h * 230 / 1000, true);
    setPixelSize(m_service, h * 44 / 1000, true);
    setPixelSize(m_priority, h * 40 / 1000, true);
    setPixelSize(m_ahead, h * 34 / 1000);
    setPixelSize(m_wait, h * 34 / 1000);
    setPixelSize(m_print, h * 30 / 1000, true);
    for (QPushButton *b : { m_done, m_reprint }) {
        setPixelSize(b, h * 32 / 1000, true);
        b->setMinimumSize(h * 260 / 1000, h * 85 / 1000);
    }
}

QString KioskTicketPage::numberText() const
{
    return m_number->text();
}

QString KioskTicketPage::detailsText() const
{
    QStringList lines;
    for (const QLabel *l : { m_priority, m_service, m_ahead, m_wait }) {
        if (!l->text().isEmpty())
            lines << l->text();
    }
    return lines.join(QLatin1Char('\n'));
}

QString KioskTicketPage::printText() const
{
    return m_print->text();
}

} // namespace loket::ui
