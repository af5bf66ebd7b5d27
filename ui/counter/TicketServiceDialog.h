// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/PriorityReasonService.h"
#include "core/queue/QueueCatalog.h"

#include <QDialog>

class QComboBox;

namespace loket::ui {

// The service (and any priority reason) of a ticket made at the counter: a
// walk-in served now, or a ticket issued for a citizen when the kiosk is down.
class TicketServiceDialog : public QDialog
{
    Q_OBJECT
public:
    TicketServiceDialog(const QString &title, const QString &explanation, const QString &okText,
        const QList<QueueServiceInfo> &services, const QList<PriorityReason> &reasons, QWidget *parent = nullptr);

    qint64 serviceId() const;
    qint64 priorityReasonId() const; // 0: none

private:
    QComboBox *m_service = nullptr;
    QComboBox *m_priority = nullptr;
};

} // namespace loket::ui
