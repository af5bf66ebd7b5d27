// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Ikm.h"
#include "core/survey/SurveyPeriod.h"

#include <QColor>
#include <QList>

#include <optional>

class QChart;
class QChartView;
class QWidget;

namespace loket::ui {

// The results page's charts (Qt Charts), drawn on the grade bands A/B/C/D
// (converted values 25–100): the nine elements' converted NRR in the
// questionnaire's order, and the office's converted IKM over the periods.
namespace SurveyCharts {

QColor gradeColor(IkmGrade grade);     // the bar of an element of that grade
QColor gradeBandColor(IkmGrade grade); // the pale band behind the bars

struct TrendPoint {
    SurveyPeriod period;
    std::optional<int> convertedCenti; // empty: no index for the period (no or incomplete answers)
    qint64 respondents = 0;
};

QChartView *makeView(QWidget *parent);
// Each fill puts a new chart in the view.
// One horizontal bar per element answered, labelled "U1 Persyaratan", U1
// at the top … U8 at the bottom, with its value; the four bands behind.
void fillElements(QChartView *view, const IkmResult &result);
// A line through the periods that have an index, oldest on the left.
void fillTrend(QChartView *view, const QList<TrendPoint> &points);

} // namespace SurveyCharts

} // namespace loket::ui
