// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace loket::ui {

// A table of rows that each carry a stable key (a ticket id, a counter id).
// setRows() turns the old list into the new one by removing, moving and
// inserting only the rows that changed, never by resetting: the queue screens
// refresh on every change in the office, and a reset would make the view
// flicker, lose the officer's selection and jump back to the top.
template<typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // -1 when no row has the key.
    int rowOfKey(qint64 key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return i;
        }
        return -1;
    }

protected:
    virtual qint64 keyOf(const Row &row) const = 0;

    void setRows(const QList<Row> &next)
    {
        QList<qint64> nextKeys;
        nextKeys.reserve(next.size());
        for (const Row &r : next)
            nextKeys << keyOf(r);
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!nextKeys.contains(keyOf(m_rows.at(i)))) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < next.size(); ++i) {
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == nextKeys.at(i)) {
                m_rows[i] = next.at(i);
                continue;
            }
            int from = -1;
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (keyOf(m_rows.at(j)) == nextKeys.at(i)) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
                m_rows[i] = next.at(i);
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, next.at(i));
                endInsertRows();
            }
        }
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace loket::ui
