// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintListModel.h"

#include "ui/complaints/ComplaintLook.h"

#include <QBrush>
#include <QFont>

namespace loket::ui {

void ComplaintListModel::setComplaints(QList<Complaint> complaints)
{
    beginResetModel();
    m_rows = std::move(complaints);
    endResetModel();
}

const Complaint *ComplaintListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ComplaintListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    const Complaint *c = at(index.row());
    if (!c)
        return {};
    const auto urgency = ComplaintLook::urgency(*c);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return c->number;
        case Received: return ComplaintLook::dayText(c->receivedDay);
        case Channel: return channelName(c->intake.channel);
        case Service: return c->serviceName.isEmpty() ? QStringLiteral("–") : c->serviceName;
        case Summary: return c->intake.summary;
        case State: return stateName(c->status.state);
        // The name without the degrees after the comma, to keep the column short.
        case Assignee: return c->assigneeName.isEmpty() ? tr("not yet assigned") : c->assigneeName.section(QLatin1Char(','), 0, 0);
        case TimeLeft: return ComplaintLook::timeLeftShort(*c);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return c->intake.summary;
    if (role == Qt::ToolTipRole && index.column() == TimeLeft)
        return ComplaintLook::timeLeft(*c);
    if (role == Qt::ToolTipRole && index.column() == Assignee)
        return c->assigneeName;
    if (role == Qt::BackgroundRole && index.column() == TimeLeft) {
        const QColor bg = ComplaintLook::background(urgency);
        return bg.isValid() ? QVariant(QBrush(bg)) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == TimeLeft) {
        const QColor fg = ComplaintLook::foreground(urgency);
        return fg.isValid() ? QVariant(QBrush(fg)) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == Assignee && c->assigneeName.isEmpty())
        return QBrush(QColor(0x6B, 0x72, 0x80));
    if (role == Qt::FontRole && (index.column() == Number || (index.column() == TimeLeft && urgency == ComplaintLook::Urgency::Late))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Received: return tr("Received");
    case Channel: return tr("Channel");
    case Service: return tr("Service");
    case Summary: return tr("Summary");
    case State: return tr("State");
    case Assignee: return tr("Officer");
    case TimeLeft: return tr("Time left");
    }
    return {};
}

} // namespace loket::ui
