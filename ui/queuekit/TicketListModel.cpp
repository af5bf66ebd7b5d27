// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queuekit/TicketListModel.h"

#include "ui/queuekit/QueueLook.h"

#include <QFont>

namespace loket::ui {

TicketListModel::TicketListModel(QObject *parent)
    : KeyedTableModel<Ticket>(parent)
{ }

void TicketListModel::setTickets(const QList<Ticket> &tickets)
{
    setRows(tickets);
}

void TicketListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Waited), index(int(m_rows.size()) - 1, Waited));
}

qint64 TicketListModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Position:
            return index.row() + 1;
        case Number:
            return t.number;
        case Service:
            return t.serviceCode; // names are long ("KTP-el (perekaman dan pencetakan)"); staff say the code
        case Priority:
            return t.isPriority() ? t.priorityReasonName : QString();
        case Waited:
            return m_now.isValid() ? waitText(t.issuedAt.secsTo(m_now)) : QString();
        case Note:
            if (t.targetCounterNumber > 0)
                return tr("only loket %1").arg(t.targetCounterNumber);
            if (t.issuedServiceId != t.serviceId)
                return tr("transferred");
            return QString();
        }
        return {};
    case Qt::DecorationRole:
        if (column == Priority && t.isPriority())
            return priorityIcon(t.priorityReasonCode);
        return {};
    case Qt::ForegroundRole:
        if (column == Priority && t.isPriority())
            return priorityColor();
        return {};
    case Qt::FontRole:
        if (column == Number) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Position || column == Waited)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Service)
            return t.serviceName;
        if (column == Priority && t.isPriority())
            return tr("Served with priority: %1").arg(t.priorityReasonName);
        return {};
    case Qt::UserRole:
        return t.id;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return tr("#");
    case Number:
        return tr("Number");
    case Service:
        return tr("Service");
    case Priority:
        return tr("Priority");
    case Waited:
        return tr("Waited");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace loket::ui
