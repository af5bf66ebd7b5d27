// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/UserTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loket::ui {

void UserTableModel::setUsers(QList<User> users, QDateTime nowUtc, QTimeZone zone)
{
    beginResetModel();
    m_zone = zone;
    m_users = std::move(users);
    m_now = nowUtc;
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &u = m_users.at(index.row());
    const bool locked = u.lockedUntil.isValid() && u.lockedUntil > m_now;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username: return u.username;
        case FullName: return u.fullName;
        case Nip: return u.nip;
        case Role: return roleDisplayName(u.role);
        case State:
            if (!u.active)
                return tr("Disabled");
            if (locked)
                return tr("Locked");
            return tr("Active");
        case LastLogin:
            return u.lastLoginAt.isValid() ? QLocale().toString(u.lastLoginAt.toTimeZone(m_zone), QLocale::ShortFormat)
                                           : tr("never");
        }
    }
    if (role == Qt::ForegroundRole && (!u.active || locked))
        return QBrush(QColor(0x8a, 0x94, 0x9e));
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username: return tr("Username");
    case FullName: return tr("Full name");
    case Nip: return tr("NIP");
    case Role: return tr("Role");
    case State: return tr("State");
    case LastLogin: return tr("Last sign-in");
    }
    return {};
}

} // namespace loket::ui
