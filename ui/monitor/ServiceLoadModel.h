// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueSnapshot.h"
#include "ui/common/KeyedTableModel.h"

#include <QDateTime>

#include <optional>

namespace loket::ui {

// One service on the supervisor's monitor.
struct ServiceLoad {
    ServiceQueue queue;
    std::optional<QDateTime> longestWaitingSince; // arrival of the ticket waiting longest
    int servedToday = 0;
};

// Today's load per service: who waits, for how long, and how many were served.
class ServiceLoadModel : public KeyedTableModel<ServiceLoad>
{
    Q_OBJECT
public:
    enum Column { Service, Waiting, PriorityWaiting, LongestWait, OpenCounters, Served, ColumnCount };

    explicit ServiceLoadModel(QObject *parent = nullptr);

    void setServices(const QList<ServiceLoad> &services);
    void setNow(const QDateTime &now);
    // Waits longer than this show in amber, twice as long in red: the
    // fairness rule's "waited too long" (queue.starvation_minutes); 0: never.
    void setLongWaitMinutes(int minutes) { m_longWaitMinutes = minutes; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 keyOf(const ServiceLoad &row) const override { return row.queue.service.id; }

private:
    QDateTime m_now;
    int m_longWaitMinutes = 0;
};

} // namespace loket::ui
