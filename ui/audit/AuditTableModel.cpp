// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loket::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
}

void AuditTableModel::setEntries(QList<AuditEntry> entries, const QTimeZone &zone)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_zone = zone;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case At: return QLocale().toString(e.at.toTimeZone(m_zone), QStringLiteral("dd MMM yyyy HH.mm.ss"));
        case User: return e.username;
        case Action: return e.action;
        case Record: return e.entityId.isEmpty() ? e.entity : QStringLiteral("%1 %2").arg(e.entity, e.entityId);
        case Detail: return e.detail;
        case Outcome:
            if (e.outcome == QLatin1String("refused"))
                return tr("refused");
            if (e.outcome == QLatin1String("failed"))
                return tr("failed");
            return tr("done");
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && e.outcome != QLatin1String("ok"))
        return QBrush(QColor(0xb4, 0x23, 0x18));
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.detail;
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Record: return tr("Record");
    case Detail: return tr("Detail");
    case Outcome: return tr("Outcome");
    }
    return {};
}

} // namespace loket::ui
