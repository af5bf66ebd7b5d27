// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuekit/TransferDialog.h"

#include "ui/common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

TransferDialog::TransferDialog(
    const Ticket &ticket, const QList<QueueServiceInfo> &services, const QList<QueueCounter> &counters, QWidget *parent)
    : QDialog(parent)
    , m_counters(counters)
{
    setWindowTitle(tr("Transfer ticket %1").arg(ticket.number));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Send ticket <b>%1</b> to:").arg(ticket.number), this);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_service = new QComboBox(this);
    for (const QueueServiceInfo &s : services)
        m_service->addItem(s.name, s.id);
    m_service->setCurrentIndex(std::max(0, m_service->findData(ticket.serviceId)));
    m_counter = new QComboBox(this);
    form->addRow(tr("&Service"), m_service);
    form->addRow(tr("&Counter"), m_counter);
    layout->addLayout(form);
    layout->addWidget(makeHint(tr("The ticket goes back to waiting and keeps its arrival time, so the citizen does "
                                  "not lose their place."),
        this));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Transfer"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &TransferDialog::fillCounters);
    fillCounters();
    m_service->setFocus();
}

void TransferDialog::fillCounters()
{
    const qint64 serviceId = m_service->currentData().toLongLong();
    const qint64 chosen = m_counter->currentData().toLongLong();
    m_counter->clear();
    m_counter->addItem(tr("Any counter that serves it"), qint64(0));
    for (const QueueCounter &c : m_counters) {
        if (c.serves(serviceId))
            m_counter->addItem(tr("%1 (%2)").arg(c.name, counterStateDisplayName(c.state)), c.id);
    }
    m_counter->setCurrentIndex(std::max(0, m_counter->findData(chosen)));
}

TransferTarget TransferDialog::target() const
{
    return TransferTarget { m_service->currentData().toLongLong(), m_counter->currentData().toLongLong() };
}

} // namespace loket::ui
