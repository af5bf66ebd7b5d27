// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/ServiceLoadModel.h"

#include "ui/queuekit/QueueLook.h"

#include <QColor>
#include <QFont>

namespace loket::ui {

ServiceLoadModel::ServiceLoadModel(QObject *parent)
    : KeyedTableModel<ServiceLoad>(parent)
{ }

void ServiceLoadModel::setServices(const QList<ServiceLoad> &services)
{
    setRows(services);
}

void ServiceLoadModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LongestWait), index(int(m_rows.size()) - 1, LongestWait));
}

int ServiceLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceLoad &s = m_rows.at(index.row());
    const int column = index.column();
    const qint64 waitedSecs = s.longestWaitingSince && m_now.isValid() ? s.longestWaitingSince->secsTo(m_now) : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Service:
            return QStringLiteral("%1  %2").arg(s.queue.service.prefix, s.queue.service.name);
        case Waiting:
            return s.queue.waiting;
        case PriorityWaiting:
            return s.queue.priorityWaiting > 0 ? QVariant(s.queue.priorityWaiting) : QVariant(QString());
        case LongestWait:
            return waitedSecs >= 0 ? waitText(waitedSecs) : QStringLiteral("—");
        case OpenCounters:
            return s.queue.openCounters;
        case Served:
            return s.servedToday;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == LongestWait && m_longWaitMinutes > 0 && waitedSecs >= 0) {
            if (waitedSecs > 2 * 60 * m_longWaitMinutes)
                return QColor(0xb4, 0x23, 0x18);
            if (waitedSecs > 60 * m_longWaitMinutes)
                return QColor(0xb5, 0x47, 0x08);
        }
        // Tickets wait with no open counter to call them: the supervisor must act.
        if (column == OpenCounters && s.queue.openCounters == 0 && s.queue.waiting > 0)
            return QColor(0xb4, 0x23, 0x18);
        if (column == PriorityWaiting && s.queue.priorityWaiting > 0)
            return priorityColor();
        return {};
    case Qt::FontRole:
        if (column == Waiting || (column == OpenCounters && s.queue.openCounters == 0 && s.queue.waiting > 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Service)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Service)
            return s.queue.service.name;
        if (column == OpenCounters && s.queue.openCounters == 0 && s.queue.waiting > 0)
            return tr("No open counter serves %1: its tickets are not being called.").arg(s.queue.service.name);
        return {};
    case Qt::UserRole:
        return s.queue.service.id;
    }
    return {};
}

QVariant ServiceLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case Waiting:
        return tr("Waiting");
    case PriorityWaiting:
        return tr("Priority");
    case LongestWait:
        return tr("Longest wait");
    case OpenCounters:
        return tr("Open");
    case Served:
        return tr("Served");
    }
    return {};
}

} // namespace loket::ui
