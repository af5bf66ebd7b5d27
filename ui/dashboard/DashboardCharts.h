// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/MonthlyReport.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QChartView;

namespace loket::ui {

// The dashboard's colours: one per meaning, the same on every chart.
namespace DashboardColors {
QColor primary();   // visitors, the office's own figures
QColor served();
QColor noShow();
QColor cancelled();
QColor expired();
QColor target();    // the standard
QColor good();
QColor bad();
} // namespace DashboardColors

// The dashboard's charts (Qt Charts); each fill puts a new chart in the view.
namespace DashboardCharts {

QChartView *makeView(QWidget *parent);
// Visitors per service; clicking a bar calls onService with the service's code.
void fillVisitors(QChartView *view, const ReportTickets &tickets, std::function<void(const QString &)> onService);
// Served, no-show, cancelled, expired per service, stacked.
void fillOutcomes(QChartView *view, const ReportTickets &tickets);
// Counts by code as horizontal bars (complaints by state or by first response,
// slips by decision); a click on a bar gives its code and label, when asked.
void fillCounts(QChartView *view, const QString &title, const QList<ReportCount> &counts, const QColor &colour,
                std::function<void(const QString &code, const QString &label)> onBar = {},
                const QString &clickHint = {});
// Tickets per day of the month; clicking a point calls onDay.
void fillDaily(QChartView *view, const MonthFigures &month, std::function<void(QDate)> onDay);
// Each service's median service time against its target (minutes).
void fillTargets(QChartView *view, const ReportTickets &tickets);
// The office's IKM over the survey periods.
void fillIkmTrend(QChartView *view, const QList<ReportTrendPoint> &trend);
// An empty chart that says what it waits for.
void fillPlaceholder(QChartView *view, const QString &title, const QString &text);

} // namespace DashboardCharts

// Tickets issued by weekday (rows, Monday first) and hour (columns), painted
// as a grid of cells from pale to dark; the office's hours only.
class HeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMap(QWidget *parent = nullptr);
    void setData(const std::array<std::array<int, 24>, 7> &data);
    int value(int weekday, int hour) const { return m_data[weekday][hour]; }
    QSize minimumSizeHint() const override { return {360, 200}; }

    // The cell under a point: {weekday, hour}, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // a cell's tooltip: its day, hour and count

private:
    QRectF gridRect() const;
    std::array<std::array<int, 24>, 7> m_data {};
    int m_firstHour = 7;
    int m_lastHour = 16;
    QList<int> m_rows {0, 1, 2, 3, 4}; // the weekdays shown
};

} // namespace loket::ui
