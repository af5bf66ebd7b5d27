// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintReport.h"
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/stats/QueueStatistics.h"
#include "core/survey/Survey.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

// One service's line of the month: the queue figures, and the time target
// in force on the month's last counted day (the standard's jangka waktu
// pelayanan in minutes or hours, else the service's own; see ServiceTarget).
struct ReportService {
    qint64 id = 0;
    QString code;
    QString name;
    int targetMinutes = 0; // 0: no target
    bool targetFromStandard = false;
    QueueFigures figures;
};

// The tickets of one month.
struct ReportTickets {
    QueueFigures overall;
    QList<ReportService> services; // services with tickets in the month, catalogue order
    QList<QueueGroupFigures> byCounter, byOfficer, byDay, byPriorityReason; // as QueueStatistics gives them
    std::array<std::array<int, 24>, 7> issuedByWeekdayHour {}; // [Monday = 0][office-local hour]
    const ReportService *service(const QString &code) const;
};

// Suggestion-box slips of the openings signed in the month (opened_on in it).
struct ReportSuggestions {
    qint64 openings = 0;
    qint64 slips = 0;
    QList<ReportCount> byKind;     // every kind (zeros too), in code order
    QList<ReportCount> byDecision; // every decision, then "" (not decided) when any
};

// The satisfaction index: of the month's responses, and of the survey
// period (quarter, …) that contains the month.
struct ReportSurvey {
    std::optional<SurveyIndexReport> month;
    std::optional<SurveyIndexReport> period;
};

// The standards as evaluators would find them on the month's last counted day.
struct ReportStandards {
    ComplianceSummary compliance;
    QList<ReviewDue> reviewsDue; // due or overdue on that day
};

// Every figure of one calendar month of the office.
struct MonthFigures {
    QDate month;  // its first day
    QDate lastDay; // its last day, or the report's day in the current month
    ReportTickets tickets;
    ComplaintMonthReport complaints;
    ReportSuggestions suggestions;
    ReportSurvey survey;
    ReportStandards standards;
};

// One point of the index's trend: a survey period and its office index.
struct ReportTrendPoint {
    SurveyPeriod period;
    qint64 respondents = 0;
    std::optional<int> convertedCenti; // empty: no complete index
};

// The monthly report: the month, and the same figures for the month before
// and the same month a year earlier, so every figure can be shown with its change.
struct MonthlyReport {
    QDate asOf; // the office day the report was made
    MonthFigures current;
    MonthFigures previousMonth;
    MonthFigures lastYear;
    QList<ReportTrendPoint> ikmTrend; // the survey periods up to the month's, oldest first (at most 4: a year of quarters)
};

// "2026-11" → 1 November 2026; an invalid date for anything else.
QDate reportMonthFromCode(const QString &code);
QString reportMonthCode(QDate month); // "2026-11"

// The change from `before` to `now` as a fraction (0.12 is +12 %); empty when before is 0.
std::optional<double> relativeChange(double now, double before);

} // namespace loket
