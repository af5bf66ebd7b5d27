// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/CounterStatusModel.h"

#include "ui/queuekit/QueueLook.h"

#include <QColor>
#include <QFont>

namespace loket::ui {

CounterStatusModel::CounterStatusModel(QObject *parent)
    : KeyedTableModel<CounterStatus>(parent)
{ }

void CounterStatusModel::setCounters(const QList<CounterStatus> &counters)
{
    setRows(counters);
}

void CounterStatusModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Current), index(int(m_rows.size()) - 1, Current));
}

int CounterStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CounterStatusModel::currentText(const CounterView &view) const
{
    if (!view.current)
        return QStringLiteral("—");
    const Ticket &t = *view.current;
    if (!m_now.isValid())
        return t.number;
    if (t.status == TicketStatus::Serving && t.startedAt.isValid())
        return tr("%1 · serving for %2").arg(t.number, waitText(t.startedAt.secsTo(m_now)));
    return tr("%1 · called %2 ago").arg(t.number, waitText(t.lastCalledAt.secsTo(m_now)));
}

QVariant CounterStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CounterStatus &s = m_rows.at(index.row());
    const QueueCounter &c = s.view.counter;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Counter:
            return tr("Loket %1").arg(c.number);
        case State:
            if (c.state == CounterState::Open)
                return tr("Open");
            if (c.state == CounterState::Paused)
                return c.stateReason.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(c.stateReason);
            return tr("Closed");
        case Officer:
            return c.officerId ? c.officerName : QStringLiteral("—");
        case Current:
            return currentText(s.view);
        case Held: {
            QStringList numbers;
            for (const Ticket &t : s.view.held)
                numbers << t.number;
            return numbers.isEmpty() ? QStringLiteral("—") : numbers.join(QStringLiteral(", "));
        }
        case Waiting:
            return s.view.waiting;
        case Served:
            return s.servedToday;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == State) {
            if (c.state == CounterState::Open)
                return QColor(0x06, 0x76, 0x47);
            if (c.state == CounterState::Paused)
                return QColor(0xb5, 0x47, 0x08);
            return QColor(0x5b, 0x6b, 0x7c);
        }
        return {};
    case Qt::DecorationRole:
        if (column == Current && s.view.current && s.view.current->isPriority())
            return priorityIcon(s.view.current->priorityReasonCode);
        return {};
    case Qt::FontRole:
        if (column == Counter || column == State) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Waiting || column == Served)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Counter)
            return c.name;
        if (column == Current && s.view.current)
            return tr("%1 — %2").arg(s.view.current->number, s.view.current->serviceName);
        return {};
    case Qt::UserRole:
        return c.id;
    }
    return {};
}

QVariant CounterStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Counter:
        return tr("Counter");
    case State:
        return tr("State");
    case Officer:
        return tr("Officer");
    case Current:
        return tr("At the counter");
    case Held:
        return tr("On hold");
    case Waiting:
        return tr("May call");
    case Served:
        return tr("Served today");
    }
    return {};
}

} // namespace loket::ui
