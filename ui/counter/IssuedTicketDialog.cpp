// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/IssuedTicketDialog.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QLabel *centred(const QString &text, int pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

IssuedTicketDialog::IssuedTicketDialog(TicketLayout ticket, QWidget *parent)
    : QDialog(parent)
    , m_ticket(std::move(ticket))
{
    setWindowTitle(tr("Ticket %1 issued").arg(m_ticket.number));
    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);

    auto *slip = new QFrame(this);
    slip->setObjectName(QStringLiteral("ticketSlip"));
    slip->setStyleSheet(QStringLiteral("#ticketSlip { background: white; border: 1px dashed #9aa6b2; }"));
    auto *lines = new QVBoxLayout(slip);
    lines->setContentsMargins(20, 16, 20, 16);
    lines->addWidget(centred(m_ticket.officeName, 10, true, slip));
    lines->addWidget(centred(m_ticket.serviceName, 12, false, slip));
    lines->addWidget(centred(m_ticket.number, 48, true, slip));
    lines->addWidget(centred(m_ticket.dateTimeText(QLocale()), 10, false, slip));
    for (const QString &extra : { m_ticket.peopleAheadText(), m_ticket.estimatedWaitText() }) {
        if (!extra.isEmpty())
            lines->addWidget(centred(extra, 10, false, slip));
    }
    if (!m_ticket.requirements.isEmpty()) {
        QString list = QStringLiteral("<b>%1</b>").arg(m_ticket.requirementsHeading().toHtmlEscaped());
        for (const QString &r : m_ticket.requirements)
            list += QStringLiteral("<br>☐ ") + r.toHtmlEscaped();
        auto *requirements = new QLabel(list, slip);
        requirements->setWordWrap(true);
        lines->addSpacing(6);
        lines->addWidget(requirements);
    }
    layout->addWidget(slip);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(print, &QPushButton::clicked, this, &IssuedTicketDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

// A plain page printer for offices without a roll printer; the ESC/POS and
// roll renderers belong to ui/printing and take the same TicketLayout.
void IssuedTicketDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print ticket %1").arg(m_ticket.number));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter p(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const int width = std::min(page.width(), int(printer.resolution() * 3.2)); // about 80 mm
    QRect area(0, 0, width, page.height());
    auto draw = [&](const QString &text, int pointSize, bool bold) {
        QFont font(QStringLiteral("DejaVu Sans"), pointSize);
        font.setBold(bold);
        p.setFont(font);
        const QRect used = p.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, text);
        p.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, text);
        area.setTop(area.top() + used.height() + printer.resolution() / 12);
    };
    draw(m_ticket.officeName, 10, true);
    draw(m_ticket.serviceName, 11, false);
    draw(m_ticket.number, 40, true);
    draw(m_ticket.dateTimeText(QLocale()), 9, false);
    for (const QString &extra : { m_ticket.peopleAheadText(), m_ticket.estimatedWaitText() }) {
        if (!extra.isEmpty())
            draw(extra, 9, false);
    }
    if (!m_ticket.requirements.isEmpty()) {
        draw(m_ticket.requirementsHeading(), 9, true);
        for (const QString &r : m_ticket.requirements)
            draw(QStringLiteral("☐ ") + r, 9, false);
    }
}

} // namespace loket::ui
