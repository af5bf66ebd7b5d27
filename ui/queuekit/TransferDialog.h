// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueCatalog.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/QueueService.h"
#include "core/queue/Ticket.h"

#include <QDialog>

class QComboBox;

namespace loket::ui {

// Where to send a ticket: another service, one counter, or both. Only the
// counters that serve the chosen service are offered.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(const Ticket &ticket, const QList<QueueServiceInfo> &services, const QList<QueueCounter> &counters,
        QWidget *parent = nullptr);

    TransferTarget target() const;

private:
    void fillCounters();

    QList<QueueCounter> m_counters;
    QComboBox *m_service = nullptr;
    QComboBox *m_counter = nullptr;
};

} // namespace loket::ui
