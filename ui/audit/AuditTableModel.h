// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AuditLog.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace loket::ui {

// Audit entries for a table view; times shown in the office's time zone.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, User, Action, Record, Detail, Outcome, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    void setEntries(QList<AuditEntry> entries, const QTimeZone &zone);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditEntry> m_entries;
    QTimeZone m_zone;
};

} // namespace loket::ui
