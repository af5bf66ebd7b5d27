// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace loket {

// A table of figures computed once per finished month and stored (the
// reports' report_months, the survey's survey_months): `month` TEXT PRIMARY
// KEY 'YYYY-MM', the figures as text in `valueColumn` ('' while a
// computation is under way), computed_at (ms UTC), and any columns of the
// table's own. The schema's triggers delete a month's row when its data
// change. Storing is race-free without holding the write lock while the
// figures are computed: reserve() writes the pending row, fill() stores the
// figures only if that row is still there.
class MonthRows {
public:
    MonthRows(DatabasePtr db, QString table, QString valueColumn);

    // The stored text of the month; nullopt when there is none or it is pending.
    Result<std::optional<QByteArray>> load(const QString &month, const QString &what) const;
    // The pending row, with the table's own columns (name, value) set too.
    Status reserve(const QString &month, qint64 nowMs, const QString &what,
                   const QList<std::pair<QString, QVariant>> &columns = {}) const;
    // true: stored; false: the pending row was dropped meanwhile (nothing stored).
    Result<bool> fill(const QString &month, const QByteArray &value, qint64 nowMs, const QString &what) const;

private:
    DatabasePtr m_db;
    QString m_table;
    QString m_value;
};

} // namespace loket
