// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QAbstractTableModel>

namespace loket::ui {

// The work list: one row per complaint, the time left coloured by urgency.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, TimeLeft, Summary, State, Assignee, Received, Channel, Service, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setComplaints(QList<Complaint> complaints);
    const Complaint *at(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Complaint> m_rows;
};

} // namespace loket::ui
