// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/reports/MonthlyReport.h"
#include "core/storage/Database.h"
#include "core/storage/MonthRows.h"

#include <optional>

namespace loket {

// The ticket figures of finished months, stored once (table report_months,
// migration 010) so that the month before and the same month last year cost
// a lookup instead of reading their ≈ 20,000 tickets each. The schema's
// triggers drop a month's row whenever its tickets change (and every row when
// a name, an order, a target or the time zone changes); only months whose
// last day is before the report's day are stored.
class ReportMonthStore {
    Q_DECLARE_TR_FUNCTIONS(ReportMonthStore)
public:
    explicit ReportMonthStore(DatabasePtr db);

    // The stored figures of the month ("YYYY-MM"), if any.
    Result<std::optional<ReportTickets>> load(QDate month) const;
    // Storing without holding the write lock while computing: reserve()
    // writes a pending row (figures ''), the caller computes, fill() stores
    // the figures only if the pending row is still there; a ticket of the
    // month written in between has dropped it, and nothing stale is stored.
    Status reserve(QDate month, qint64 nowMs) const;
    Result<bool> fill(QDate month, const ReportTickets &tickets, qint64 nowMs) const;

    // Exact text form of the figures (every field), for the store and for tests.
    static QByteArray encode(const ReportTickets &tickets);
    static std::optional<ReportTickets> decode(const QByteArray &text);

private:
    MonthRows rows() const;
    DatabasePtr m_db;
};

} // namespace loket
