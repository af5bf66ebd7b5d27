// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/CurrentTicketPanel.h"

#include "ui/queuekit/QueueLook.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QLabel *label(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    return l;
}

} // namespace

CurrentTicketPanel::CurrentTicketPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("currentTicket"));
    setAttribute(Qt::WA_StyledBackground, true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Nobody at the counter.
    auto *empty = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyTitle = label(QStringLiteral("emptyTitle"), empty);
    m_emptyHint = label(QStringLiteral("hint"), empty);
    for (QLabel *l : { m_emptyTitle, m_emptyHint }) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        emptyLayout->addWidget(l);
    }
    emptyLayout->addStretch();
    m_pages->addWidget(empty);

    // A ticket at the counter.
    auto *page = new QWidget(m_pages);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    m_status = label(QStringLiteral("ticketStatus"), page);
    m_number = label(QStringLiteral("ticketNumber"), page);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_service = label(QStringLiteral("ticketService"), page);
    m_service->setWordWrap(true);
    m_priority = label(QStringLiteral("ticketPriority"), page);
    m_priority->setTextFormat(Qt::RichText);
    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addWidget(m_status, 0, Qt::AlignLeft);
    left->addWidget(m_number);
    left->addWidget(m_service);
    left->addWidget(m_priority, 0, Qt::AlignLeft);
    left->addStretch();

    auto *times = new QGridLayout;
    times->setHorizontalSpacing(14);
    times->setVerticalSpacing(8);
    auto caption = [&](const QString &text) {
        auto *c = label(QStringLiteral("timeCaption"), page);
        c->setText(text);
        return c;
    };
    m_waited = label(QStringLiteral("timeValue"), page);
    m_called = label(QStringLiteral("timeValue"), page);
    m_elapsedCaption = caption(tr("Serving"));
    m_elapsed = label(QStringLiteral("elapsedValue"), page);
    times->addWidget(caption(tr("Waited")), 0, 0);
    times->addWidget(m_waited, 0, 1);
    times->addWidget(caption(tr("Called")), 1, 0);
    times->addWidget(m_called, 1, 1);
    times->addWidget(m_elapsedCaption, 2, 0);
    times->addWidget(m_elapsed, 2, 1);
    m_bar = new QProgressBar(page);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(14);
    times->addWidget(m_bar, 3, 0, 1, 2);
    times->setColumnStretch(1, 1);
    times->setRowStretch(4, 1);

    grid->addLayout(left, 0, 0);
    grid->addLayout(times, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    m_note = new QLineEdit(page);
    m_note->setPlaceholderText(tr("Outcome or note, kept when you finish (optional)"));
    m_note->setMaxLength(500);
    m_note->setClearButtonEnabled(true);
    auto *noteLabel = caption(tr("&Note"));
    noteLabel->setBuddy(m_note);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    m_requirements = new QFrame(page);
    m_requirements->setObjectName(QStringLiteral("requirements"));
    auto *requirementsLayout = new QVBoxLayout(m_requirements);
    requirementsLayout->setContentsMargins(12, 8, 12, 8);
    requirementsLayout->setSpacing(4);
    auto *requirementsTitle = label(QStringLiteral("requirementsTitle"), m_requirements);
    requirementsTitle->setText(tr("Requirements (Standar Pelayanan)"));
    requirementsLayout->addWidget(requirementsTitle);
    m_requirementGrid = new QGridLayout;
    m_requirementGrid->setHorizontalSpacing(16);
    m_requirementGrid->setVerticalSpacing(2);
    m_requirementGrid->setColumnStretch(0, 1);
    m_requirementGrid->setColumnStretch(1, 1);
    requirementsLayout->addLayout(m_requirementGrid);
    grid->addWidget(m_requirements, 1, 0, 1, 2);
    grid->setRowStretch(2, 1);
    grid->addLayout(noteRow, 3, 0, 1, 2);
    m_pages->addWidget(page);

    setStyleSheet(QStringLiteral(R"(
        #currentTicket { background: white; border: 1px solid #d6dde6; border-radius: 10px; }
        #emptyTitle { font-size: 20pt; color: #1f2d3d; }
        #ticketNumber { font-size: 64pt; font-weight: bold; color: #1f2d3d; }
        #ticketService { font-size: 16pt; color: #1f2d3d; }
        #ticketPriority { background: #6b3fa0; color: white; border-radius: 12px; padding: 3px 12px; font-weight: bold; }
        #timeCaption { color: #5b6b7c; }
        #timeValue { font-size: 13pt; color: #1f2d3d; }
        #elapsedValue { font-size: 18pt; font-weight: bold; }
        #requirements { background: #f7f9fc; border-radius: 6px; }
        #requirementsTitle { font-weight: bold; color: #1f2d3d; }
        QProgressBar { border: none; border-radius: 7px; background: #e3e8ee; }
    )"));
    showEmpty(QString(), QString());
}

void CurrentTicketPanel::showEmpty(const QString &title, const QString &hint)
{
    m_ticket.reset();
    m_note->clear();
    m_emptyTitle->setText(title);
    m_emptyHint->setText(hint);
    m_emptyHint->setVisible(!hint.isEmpty());
    m_pages->setCurrentIndex(0);
}

void CurrentTicketPanel::showTicket(const Ticket &ticket, int targetMinutes)
{
    if (!m_ticket || m_ticket->id != ticket.id)
        m_note->clear();
    m_ticket = ticket;
    m_targetMinutes = targetMinutes;
    m_number->setText(ticket.number);
    m_service->setText(ticket.serviceName);
    const QString pictogram = priorityIconPath(ticket.priorityReasonCode);
    const QString sign = pictogram.isEmpty()
        ? QStringLiteral("★")
        : QStringLiteral("<img src='%1' width=26 height=26 style='vertical-align: middle'>").arg(pictogram);
    m_priority->setText(
        sign + QStringLiteral("&nbsp; ") + tr("Priority: %1").arg(ticket.priorityReasonName).toHtmlEscaped());
    m_priority->setVisible(ticket.isPriority());
    const bool serving = ticket.status == TicketStatus::Serving;
    m_status->setText(serving ? tr("BEING SERVED") : tr("CALLED — waiting for the citizen to come"));
    m_status->setStyleSheet(serving ? QStringLiteral("color: #067647; font-weight: bold;")
                                    : QStringLiteral("color: #b54708; font-weight: bold;"));
    m_elapsedCaption->setText(serving ? tr("Serving") : tr("Since call"));
    m_bar->setVisible(serving && targetMinutes > 0);
    m_bar->setRange(0, qMax(1, targetMinutes * 60));
    if (ticket.lastCalledAt.isValid()) {
        const QString at = QLocale().toString(ticket.lastCalledAt.toTimeZone(m_zone).time(), QLocale::ShortFormat);
        m_called->setText(ticket.callCount > 1 ? tr("%1 (called %2 times)").arg(at).arg(ticket.callCount) : at);
    } else {
        m_called->setText(ticket.channel == TicketChannel::WalkIn ? tr("walk-in, not called") : QStringLiteral("—"));
    }
    m_pages->setCurrentIndex(1);
}

void CurrentTicketPanel::setRequirements(const std::optional<QStringList> &requirements)
{
    QStringList items;
    if (!requirements)
        items << tr("No standard is in force for this service.");
    else if (requirements->isEmpty())
        items << tr("None listed.");
    else
        for (const QString &r : *requirements)
            items << QStringLiteral("☐ ") + r;
    if (items == m_requirementItems)
        return;
    m_requirementItems = items;
    while (QLayoutItem *item = m_requirementGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Two columns, so a long list still leaves room for the actions below.
    const int rows = int(items.size() + 1) / 2;
    for (int i = 0; i < items.size(); ++i) {
        auto *l = new QLabel(items.at(i), m_requirements);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_requirementGrid->addWidget(l, i % rows, i / rows);
    }
}

void CurrentTicketPanel::tick(const QDateTime &now)
{
    if (!m_ticket)
        return;
    const Ticket &t = *m_ticket;
    const QDateTime waitedUntil
        = t.firstCalledAt.isValid() ? t.firstCalledAt : (t.startedAt.isValid() ? t.startedAt : now);
    m_waited->setText(waitText(t.issuedAt.secsTo(waitedUntil)));
    if (t.status == TicketStatus::Serving && t.startedAt.isValid()) {
        const qint64 secs = qMax<qint64>(0, t.startedAt.secsTo(now));
        const QColor colour = targetColor(secs, m_targetMinutes);
        m_elapsed->setText(m_targetMinutes > 0 ? tr("%1 of %2 min").arg(stopwatchText(secs)).arg(m_targetMinutes)
                                               : stopwatchText(secs));
        setElapsedColour(colour);
        m_bar->setValue(int(qMin<qint64>(secs, m_bar->maximum())));
        setBarColour(colour);
        if (m_targetMinutes > 0 && secs > m_targetMinutes * 60) {
            m_elapsed->setToolTip(tr("%1 over the service's target of %2 min")
                                      .arg(waitText(secs - m_targetMinutes * 60))
                                      .arg(m_targetMinutes));
        } else {
            m_elapsed->setToolTip(QString());
        }
    } else {
        const QDateTime since = t.lastCalledAt.isValid() ? t.lastCalledAt : now;
        m_elapsed->setText(stopwatchText(since.secsTo(now)));
        setElapsedColour(QColor(0x1f, 0x2d, 0x3d));
    }
}

// Style sheets are set only when the colour changes: the clock ticks every second.
void CurrentTicketPanel::setElapsedColour(const QColor &colour)
{
    const QString sheet = QStringLiteral("color: %1;").arg(colour.name());
    if (m_elapsed->styleSheet() != sheet)
        m_elapsed->setStyleSheet(sheet);
}

void CurrentTicketPanel::setBarColour(const QColor &colour)
{
    if (colour.name() == m_barColour)
        return;
    m_barColour = colour.name();
    m_bar->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; border-radius: 7px; }").arg(m_barColour));
}

QString CurrentTicketPanel::note() const
{
    return m_note->text().trimmed();
}

QString CurrentTicketPanel::numberText() const
{
    return m_ticket ? m_number->text() : QString();
}

} // namespace loket::ui
