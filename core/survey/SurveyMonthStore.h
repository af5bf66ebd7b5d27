// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/MonthRows.h"
#include "core/survey/Ikm.h"

#include <QDate>

#include <map>
#include <optional>

namespace loket {

// What the index of a range of days is computed from: per service (id), per
// element, the sum and count of the answers; the responses per service; the
// citizens served per service (the sample's population). All of it adds up:
// a quarter's tallies are the sum of its months'.
struct SurveyTallies {
    std::map<qint64, ElementTallies> answers;
    std::map<qint64, qint64> respondents;
    std::map<qint64, qint64> served;

    void add(const SurveyTallies &other);
    bool operator==(const SurveyTallies &other) const;
};

// The tallies of finished months, stored once (table survey_months, migration
// 011), so that a quarter, a year or a trend of quarters reads a few rows
// instead of every answer and served ticket again. The schema's triggers drop
// a month's row whenever its responses, answers or tickets change, and every
// row when the office's time zone changes.
//
// Storing is race-free without holding the write lock while computing:
// reserve() writes a pending row, the caller computes, fill() stores the
// tallies only if the pending row is still there (a change in between has
// dropped it, and the figures are then not stored). A failed write (a
// read-only file, a busy database) only means the month is computed again.
class SurveyMonthStore {
    Q_DECLARE_TR_FUNCTIONS(SurveyMonthStore)
public:
    explicit SurveyMonthStore(DatabasePtr db);

    // The stored tallies of the month, if any (none while pending or unreadable).
    Result<std::optional<SurveyTallies>> load(QDate month) const;
    // A pending row for the month, whose range is [startUtcMs, endUtcMs).
    Status reserve(QDate month, qint64 startUtcMs, qint64 endUtcMs, qint64 nowMs) const;
    // Stores the tallies on the month's pending row; false when it was dropped.
    Result<bool> fill(QDate month, const SurveyTallies &tallies, qint64 nowMs) const;

    static QByteArray encode(const SurveyTallies &tallies);
    static std::optional<SurveyTallies> decode(const QByteArray &text);

private:
    MonthRows rows() const;
    DatabasePtr m_db;
};

} // namespace loket
