// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AuditLog.h"
#include "core/auth/AuditText.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <functional>

namespace loket::ui {

// Audit entries for a table view, read page by page as the view scrolls
// (fetchMore), in the reader's language; times in the office's time zone.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, User, Action, Record, Detail, Outcome, ColumnCount };
    using Fetch = std::function<Result<QList<AuditEntry>>(const AuditFilter &)>;
    static constexpr int PageSize = 200;

    explicit AuditTableModel(QObject *parent = nullptr);
    // Starts again with the first page of what the filter selects.
    void reset(const AuditFilter &filter, Fetch fetch, const QTimeZone &zone);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    bool complete() const { return !m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const QString &message);
    void loaded();

private:
    QList<AuditEntry> m_entries;
    AuditFilter m_filter;
    Fetch m_fetch;
    AuditText m_text;
    bool m_more = false;
};

} // namespace loket::ui
