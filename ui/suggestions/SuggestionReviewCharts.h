// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"

#include <QColor>

class QChart;
class QChartView;
class QWidget;

namespace loket::ui {

// The monthly review's two charts (Qt Charts): the slips of the 12 months
// stacked by kind, and the services the slips are about. Each kind keeps its
// colour in every chart.
namespace SuggestionReviewCharts {

QColor kindColor(SlipKind kind);
// "Des 25" in Indonesian, "Dec 25" in English (the application's locale).
QString monthLabel(QDate month);

// A chart view with an empty chart, styled for the page.
QChartView *makeView(QWidget *parent);
// Replaces the chart's series: five stacked bar sets (one per kind, in
// allSlipKinds() order) over the 12 months, oldest first.
void fillMonths(QChart *chart, const SuggestionReview &review);
// The services with the most slips (at most `top`), most first from the
// top: pengaduan and the rest, stacked.
void fillServices(QChart *chart, const SuggestionReview &review, int top = 8);

} // namespace SuggestionReviewCharts

} // namespace loket::ui
