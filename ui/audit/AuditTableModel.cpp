// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditTableModel.h"

#include <QBrush>
#include <QColor>

namespace loket::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::reset(const AuditFilter &filter, Fetch fetch, const QTimeZone &zone)
{
    beginResetModel();
    m_entries.clear();
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.beforeAtMs = 0;
    m_filter.beforeId = 0;
    m_fetch = std::move(fetch);
    m_text = AuditText(zone);
    m_more = true;
    endResetModel();
    fetchMore({});
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_fetch;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AuditFilter page = m_filter;
    if (!m_entries.isEmpty())
        page.after(m_entries.constLast());
    auto got = m_fetch(page);
    if (!got) {
        m_more = false;
        Q_EMIT failed(got.error().message);
        return;
    }
    QList<AuditEntry> entries = std::move(got).value();
    m_more = entries.size() >= page.limit;
    if (!entries.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
        m_entries += entries;
        endInsertRows();
    }
    Q_EMIT loaded();
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
        case At: return m_text.time(e.at);
        case User: return AuditText::user(e.username);
        case Action: return AuditText::action(e.action);
        case Record: return m_text.record(e);
        case Detail: return m_text.detail(e);
        case Outcome: return AuditText::outcome(e.outcome);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && e.outcome != QLatin1String("ok"))
        return QBrush(QColor(0xb4, 0x23, 0x18));
    if (role == Qt::ToolTipRole) {
        // The stored codes, for whoever needs to match them in a script or a report.
        if (index.column() == Action)
            return e.action;
        if (index.column() == Detail)
            return m_text.detail(e);
    }
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
