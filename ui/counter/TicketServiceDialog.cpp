// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/TicketServiceDialog.h"

#include "ui/common/Style.h"
#include "ui/queuekit/QueueLook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

TicketServiceDialog::TicketServiceDialog(const QString &title, const QString &explanation, const QString &okText,
    const QList<QueueServiceInfo> &services, const QList<PriorityReason> &reasons, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(explanation, this));

    auto *form = new QFormLayout;
    m_service = new QComboBox(this);
    for (const QueueServiceInfo &s : services)
        m_service->addItem(QStringLiteral("%1 — %2").arg(s.prefix, s.name), s.id);
    m_priority = new QComboBox(this);
    m_priority->addItem(tr("None"), qint64(0));
    for (const PriorityReason &r : reasons)
        m_priority->addItem(priorityIcon(r.code), r.name, r.id);
    form->addRow(tr("&Service"), m_service);
    form->addRow(tr("&Priority"), m_priority);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    QPushButton *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    ok->setEnabled(!services.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    m_service->setFocus();
}

qint64 TicketServiceDialog::serviceId() const
{
    return m_service->currentData().toLongLong();
}

qint64 TicketServiceDialog::priorityReasonId() const
{
    return m_priority->currentData().toLongLong();
}

} // namespace loket::ui
