// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueSnapshot.h"
#include "ui/common/KeyedTableModel.h"

#include <QDateTime>

namespace loket::ui {

// One counter on the supervisor's monitor.
struct CounterStatus {
    CounterView view;
    int servedToday = 0;
};

// Every active counter: its state, who sits there, the ticket at it, its held
// tickets, the line it may call and what it served today.
class CounterStatusModel : public KeyedTableModel<CounterStatus>
{
    Q_OBJECT
public:
    enum Column { Counter, State, Officer, Current, Held, Waiting, Served, ColumnCount };

    explicit CounterStatusModel(QObject *parent = nullptr);

    void setCounters(const QList<CounterStatus> &counters);
    void setNow(const QDateTime &now);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 keyOf(const CounterStatus &row) const override { return row.view.counter.id; }

private:
    QString currentText(const CounterView &view) const;

    QDateTime m_now;
};

} // namespace loket::ui
