// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/UserService.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace loket::ui {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, FullName, Nip, Role, State, LastLogin, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<User> users, QDateTime nowUtc, QTimeZone officeZone);
    const User &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<User> m_users;
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace loket::ui
