// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/OfficeTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace loket {

// A survey period: a quarter (triwulan), a half year (semester) or a year,
// as office-local calendar dates. A response belongs to the period of its
// date in the office's time zone: 31 March 23.59 WIB (16.59 UTC) is in the
// first quarter, 1 April 00.01 WIB (31 March 17.01 UTC) in the second.
struct SurveyPeriod {
    Q_DECLARE_TR_FUNCTIONS(SurveyPeriod)
public:
    enum class Kind { Quarter, Semester, Year };

    Kind kind = Kind::Quarter;
    int year = 0;
    int number = 1; // 1–4 for a quarter, 1–2 for a semester, 1 for a year

    bool isValid() const;
    QDate from() const; // first day
    QDate to() const;   // last day (included)
    // [start, end) in UTC milliseconds for the office's zone.
    qint64 startUtcMs(const OfficeTime &time) const { return time.dayStartUtcMs(from()); }
    qint64 endUtcMs(const OfficeTime &time) const { return time.dayEndUtcMs(to()); }

    static SurveyPeriod containing(Kind kind, QDate day);
    SurveyPeriod previous() const;
    SurveyPeriod next() const;
    // The year the period belongs to (its roll-up).
    SurveyPeriod yearPeriod() const { return SurveyPeriod {Kind::Year, year, 1}; }

    // "2026-Q1", "2026-S2", "2026"; fromCode() reads them back (case-insensitive).
    QString code() const;
    static std::optional<SurveyPeriod> fromCode(const QString &code);
    // Translated: "Triwulan I 2026", "Semester II 2026", "Tahun 2026" in Indonesian.
    QString label() const;
    // The same, short, for a chart's axis: "TW IV 2026" / "Q4 2026".
    QString shortLabel() const;

    static QString kindCode(Kind kind); // "quarter", "semester", "year"
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString kindLabel(Kind kind); // translated

    friend bool operator==(const SurveyPeriod &a, const SurveyPeriod &b)
    {
        return a.kind == b.kind && a.year == b.year && a.number == b.number;
    }
};

} // namespace loket
