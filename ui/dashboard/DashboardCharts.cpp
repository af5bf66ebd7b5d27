// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardCharts.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QLocale>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace loket::ui {

namespace DashboardColors {
QColor primary() { return QColor(0x1f, 0x4e, 0x79); }
QColor served() { return QColor(0x2e, 0x7d, 0x4f); }
QColor noShow() { return QColor(0xc2, 0x6a, 0x12); }
QColor cancelled() { return QColor(0x8a, 0x94, 0xa0); }
QColor expired() { return QColor(0x9b, 0x1c, 0x1c); }
QColor target() { return QColor(0xd9, 0xa4, 0x1e); }
QColor good() { return QColor(0x2e, 0x7d, 0x4f); }
QColor bad() { return QColor(0x9b, 0x1c, 0x1c); }
} // namespace DashboardColors

namespace DashboardCharts {

namespace {

struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QFont smallFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    return f;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    QFont f;
    f.setPointSizeF(10);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setTitle(title);
    chart->setTitleBrush(QColor(0x1f, 0x2d, 0x3d));
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(6);
    QFont legend = smallFont();
    legend.setPointSizeF(7.5);
    chart->legend()->setFont(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void place(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QValueAxis *valueAxis(double max, const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->setLabelFormat(format);
    axis->setLabelsFont(smallFont());
    axis->setGridLineColor(QColor(0xe1, 0xe6, 0xeb));
    axis->applyNiceNumbers();
    return axis;
}

// The services as the bars run: horizontal bars, so that codes of any
// length fit on the left; the catalogue's first at the top (a horizontal
// chart draws its first category at the bottom).
QList<ReportService> barOrder(const ReportTickets &tickets)
{
    QList<ReportService> out = tickets.services;
    std::reverse(out.begin(), out.end());
    return out;
}

QBarCategoryAxis *serviceAxis(const QList<ReportService> &services)
{
    auto *axis = new QBarCategoryAxis;
    for (const ReportService &s : services)
        axis->append(s.code);
    axis->setLabelsFont(smallFont());
    axis->setTruncateLabels(false); // a code is short; never "…"
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *categories, QAbstractAxis *values)
{
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

// One set of horizontal bars, each with its value at its end; no legend.
void labelledBars(QChart *chart, QBarSet *set, QAbstractAxis *categories, double max)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(QColor(0x1f, 0x2d, 0x3d));
    set->setLabelFont(smallFont());
    chart->addSeries(series);
    chart->legend()->hide();
    attach(chart, series, categories, valueAxis(max));
}


QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setChart(newChart(QString()));
    return view;
}

void fillPlaceholder(QChartView *view, const QString &title, const QString &text)
{
    QChart *chart = newChart(title);
    chart->legend()->hide();
    place(view, chart);
    view->setToolTip(text);
}

void fillVisitors(QChartView *view, const ReportTickets &tickets, std::function<void(const QString &)> onService)
{
    QChart *chart = newChart(ChartText::tr("Visitors per service"));
    auto *set = barSet(ChartText::tr("Tickets"), DashboardColors::primary());
    double max = 0;
    QStringList codes;
    const QList<ReportService> services = barOrder(tickets);
    for (const ReportService &s : services) {
        *set << s.figures.issued;
        max = std::max<double>(max, s.figures.issued);
        codes << s.code;
    }
    labelledBars(chart, set, serviceAxis(services), max * 1.1);
    QObject::connect(set, &QBarSet::clicked, chart, [codes, onService](int index) {
        if (index >= 0 && index < codes.size() && onService)
            onService(codes.at(index));
    });
    view->setToolTip(ChartText::tr("Click a bar to see that service's tickets of the month."));
    place(view, chart);
}

void fillOutcomes(QChartView *view, const ReportTickets &tickets)
{
    QChart *chart = newChart(ChartText::tr("Ticket outcomes per service"));
    auto *served = barSet(ChartText::tr("Served"), DashboardColors::served());
    auto *noShow = barSet(ChartText::tr("Did not come"), DashboardColors::noShow());
    auto *cancelled = barSet(ChartText::tr("Cancelled"), DashboardColors::cancelled());
    auto *expired = barSet(ChartText::tr("Expired"), DashboardColors::expired());
    double max = 0;
    const QList<ReportService> services = barOrder(tickets);
    for (const ReportService &s : services) {
        const QueueFigures &f = s.figures;
        *served << f.served;
        *noShow << f.noShow;
        *cancelled << f.cancelled;
        *expired << f.expired;
        max = std::max<double>(max, f.served + f.noShow + f.cancelled + f.expired);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({served, noShow, cancelled, expired});
    chart->addSeries(series);
    attach(chart, series, serviceAxis(services), valueAxis(max));
    place(view, chart);
}

void fillCounts(QChartView *view, const QString &title, const QList<ReportCount> &counts, const QColor &colour,
                std::function<void(const QString &, const QString &)> onBar, const QString &clickHint)
{
    QChart *chart = newChart(title);
    auto *set = barSet(title, colour);
    auto *axis = new QBarCategoryAxis;
    double max = 0;
    // Top to bottom in the list's order (a horizontal bar series draws its first category at the bottom).
    QList<ReportCount> rows = counts;
    std::reverse(rows.begin(), rows.end());
    for (const ReportCount &c : rows) {
        *set << double(c.count);
        max = std::max<double>(max, double(c.count));
        // Long labels are shortened at their end (Qt Charts cuts the start off when it lacks room);
        // categories must stay distinct.
        QString label = c.label.isEmpty() ? ChartText::tr("(none)") : c.label;
        if (label.size() > 22)
            label = label.left(21).trimmed() + QStringLiteral("…");
        while (axis->categories().contains(label))
            label += QLatin1Char(' ');
        axis->append(label);
    }
    axis->setLabelsFont(smallFont());
    axis->setTruncateLabels(false); // "Diteruskan ke tim tindak lanjut" in full: the bars give way
    labelledBars(chart, set, axis, std::max(1.0, max * 1.15));
    if (onBar) {
        QObject::connect(set, &QBarSet::clicked, chart, [rows, onBar](int index) {
            if (index >= 0 && index < rows.size())
                onBar(rows.at(index).code, rows.at(index).label);
        });
    }
    view->setToolTip(clickHint);
    place(view, chart);
}

void fillDaily(QChartView *view, const MonthFigures &month, std::function<void(QDate)> onDay)
{
    QChart *chart = newChart(ChartText::tr("Visitors per day"));
    auto *line = new QLineSeries;
    line->setName(ChartText::tr("Tickets"));
    line->setColor(DashboardColors::primary());
    QPen pen(DashboardColors::primary());
    pen.setWidthF(2);
    line->setPen(pen);
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    points->setColor(DashboardColors::primary());
    points->setBorderColor(Qt::white);
    double max = 0;
    const int days = month.month.daysInMonth();
    QList<int> counts(days + 1, 0);
    for (const QueueGroupFigures &g : month.tickets.byDay) {
        const QDate d = QDate::fromString(g.key, Qt::ISODate);
        if (d.isValid() && d.month() == month.month.month())
            counts[d.day()] = g.figures.issued;
    }
    const int lastDay = month.lastDay.isValid() ? month.lastDay.day() : days;
    for (int day = 1; day <= lastDay; ++day) {
        *line << QPointF(day, counts.at(day));
        if (counts.at(day) > 0)
            *points << QPointF(day, counts.at(day));
        max = std::max<double>(max, counts.at(day));
    }
    chart->addSeries(line);
    chart->addSeries(points);
    chart->legend()->hide();
    auto *x = new QValueAxis;
    x->setRange(0.5, days + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(7);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setLabelsFont(smallFont());
    x->setGridLineColor(QColor(0xe1, 0xe6, 0xeb));
    x->setTitleText(month.month.isValid() ? QLocale().toString(month.month, QStringLiteral("MMMM yyyy")) : QString());
    x->setTitleFont(smallFont());
    auto *y = valueAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const QDate first = month.month;
    auto clicked = [first, lastDay, onDay](const QPointF &p) {
        const int day = int(std::lround(p.x()));
        if (day >= 1 && day <= lastDay && onDay)
            onDay(first.addDays(day - 1));
    };
    QObject::connect(points, &QScatterSeries::clicked, chart, clicked);
    QObject::connect(line, &QLineSeries::clicked, chart, clicked);
    view->setToolTip(ChartText::tr("Click a day to see its tickets."));
    place(view, chart);
}

void fillTargets(QChartView *view, const ReportTickets &tickets)
{
    QChart *chart = newChart(ChartText::tr("Service time vs the standard (min)"));
    auto *median = barSet(ChartText::tr("Median service time"), DashboardColors::primary());
    auto *target = barSet(ChartText::tr("Standard"), DashboardColors::target());
    double max = 0;
    const QList<ReportService> services = barOrder(tickets);
    for (const ReportService &s : services) {
        const double m = s.figures.service.count > 0 ? s.figures.service.medianMs / 60000.0 : 0.0;
        *median << m;
        *target << s.targetMinutes;
        max = std::max({max, m, double(s.targetMinutes)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append({target, median});
    chart->addSeries(series);
    attach(chart, series, serviceAxis(services), valueAxis(max));
    place(view, chart);
}

void fillIkmTrend(QChartView *view, const QList<ReportTrendPoint> &trend)
{
    QChart *chart = newChart(ChartText::tr("IKM per survey period"));
    auto *line = new QLineSeries;
    line->setName(ChartText::tr("IKM"));
    QPen pen(DashboardColors::served());
    pen.setWidthF(2);
    line->setPen(pen);
    line->setPointsVisible(true);
    // Each value as the user's language writes it (81,24 in Indonesian): a
    // label of its own, since a series' "@yPoint" always writes 81.24.
    QList<QLineSeries *> values;
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(smallFont());
    const QLocale locale;
    for (int i = 0; i < trend.size(); ++i) {
        // The year on a second line: four periods fit a third of the page's width.
        QString label = trend.at(i).period.shortLabel();
        const qsizetype space = label.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            label = label.left(space) + QStringLiteral("<br>") + label.mid(space + 1);
        x->append(label);
        if (!trend.at(i).convertedCenti)
            continue;
        const QPointF point(i, *trend.at(i).convertedCenti / 100.0);
        *line << point;
        auto *value = new QLineSeries;
        value->setPen(Qt::NoPen);
        value->append(point);
        value->setPointLabelsVisible(true);
        value->setPointLabelsFormat(locale.toString(point.y(), 'f', 2));
        value->setPointLabelsFont(smallFont());
        value->setPointLabelsColor(QColor(0x33, 0x3d, 0x47));
        values << value;
    }
    chart->addSeries(line);
    for (QLineSeries *value : values)
        chart->addSeries(value);
    chart->legend()->hide();
    auto *y = new QValueAxis;
    y->setRange(25, 100);
    y->setTickCount(4);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(smallFont());
    y->setGridLineColor(QColor(0xe1, 0xe6, 0xeb));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : QList<QLineSeries *> {line} + values) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    place(view, chart);
}

} // namespace DashboardCharts

HeatMap::HeatMap(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Tickets issued by weekday and hour of the day, darker is busier."));
}

void HeatMap::setData(const std::array<std::array<int, 24>, 7> &data)
{
    m_data = data;
    // The office's hours: the hours with any ticket, at least 07–16.
    m_firstHour = 7;
    m_lastHour = 16;
    // Monday to Friday always; Saturday and Sunday when the office served then.
    m_rows = {0, 1, 2, 3, 4};
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            if (m_data[d][h] > 0) {
                m_firstHour = std::min(m_firstHour, h);
                m_lastHour = std::max(m_lastHour, h);
                if (d >= 5 && !m_rows.contains(d))
                    m_rows << d;
            }
    std::sort(m_rows.begin(), m_rows.end());
    update();
}

namespace {
constexpr int kTitleH = 24, kLabelW = 44, kHeaderH = 16;
} // namespace

QRectF HeatMap::gridRect() const
{
    return QRectF(kLabelW, kTitleH + kHeaderH, width() - kLabelW - 8, height() - kTitleH - kHeaderH - 6);
}

std::pair<int, int> HeatMap::cellAt(const QPoint &pos) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(pos) || m_rows.isEmpty())
        return {-1, -1};
    const int hours = m_lastHour - m_firstHour + 1;
    const int h = int((pos.x() - grid.left()) / (grid.width() / hours));
    const int r = int((pos.y() - grid.top()) / (grid.height() / m_rows.size()));
    if (h < 0 || h >= hours || r < 0 || r >= m_rows.size())
        return {-1, -1};
    return {m_rows.at(r), m_firstHour + h};
}

bool HeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [d, h] = cellAt(help->pos());
        if (d >= 0) {
            const QLocale locale;
            QToolTip::showText(help->globalPos(),
                               tr("%1, %2.00–%3.00: %4 tickets")
                                   .arg(locale.dayName(d + 1))
                                   .arg(h, 2, 10, QLatin1Char('0'))
                                   .arg(h + 1, 2, 10, QLatin1Char('0'))
                                   .arg(locale.toString(m_data[d][h])),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}

void HeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    QFont title = font();
    title.setPointSizeF(10);
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(0x1f, 0x2d, 0x3d));
    const int titleH = kTitleH;
    p.drawText(QRect(0, 2, width(), titleH), Qt::AlignCenter, tr("Visitors by hour and weekday"));
    QFont small = font();
    small.setPointSizeF(8);
    p.setFont(small);
    const QLocale locale;
    const int labelW = kLabelW;
    const int headerH = kHeaderH;
    const int hours = m_lastHour - m_firstHour + 1;
    const QRectF grid = gridRect();
    const double cw = grid.width() / hours;
    const int rows = int(m_rows.size());
    const double ch = grid.height() / rows;
    int max = 0;
    for (const auto &row : m_data)
        for (int v : row)
            max = std::max(max, v);
    const QColor dark = DashboardColors::primary();
    for (int h = 0; h < hours; ++h) {
        p.setPen(QColor(0x5b, 0x6b, 0x7c));
        p.drawText(QRectF(grid.left() + h * cw, titleH, cw, headerH), Qt::AlignCenter,
                   QStringLiteral("%1").arg(m_firstHour + h, 2, 10, QLatin1Char('0')));
    }
    for (int r = 0; r < rows; ++r) {
        const int d = m_rows.at(r);
        p.setPen(QColor(0x5b, 0x6b, 0x7c));
        p.drawText(QRectF(0, grid.top() + r * ch, labelW - 4, ch), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < hours; ++h) {
            const int v = m_data[d][m_firstHour + h];
            const double share = max > 0 ? double(v) / max : 0.0;
            QColor c = v == 0 ? QColor(0xf3, 0xf5, 0xf7)
                              : QColor::fromRgbF(1.0 - (1.0 - dark.redF()) * (0.15 + 0.85 * share),
                                                 1.0 - (1.0 - dark.greenF()) * (0.15 + 0.85 * share),
                                                 1.0 - (1.0 - dark.blueF()) * (0.15 + 0.85 * share));
            const QRectF cell(grid.left() + h * cw + 1, grid.top() + r * ch + 1, cw - 2, ch - 2);
            p.fillRect(cell, c);
            const QString text = locale.toString(v);
            if (v > 0) {
                // A busy office's "1.034" in a narrow cell: a smaller type, down to 6 pt (the tooltip has it too).
                QFont f = small;
                while (QFontMetricsF(f).horizontalAdvance(text) > cell.width() - 2 && f.pointSizeF() > 6.0)
                    f.setPointSizeF(f.pointSizeF() - 0.5);
                if (QFontMetricsF(f).horizontalAdvance(text) <= cell.width() - 2) {
                    p.setFont(f);
                    p.setPen(share > 0.55 ? Qt::white : QColor(0x1f, 0x2d, 0x3d));
                    p.drawText(cell, Qt::AlignCenter, text);
                    p.setFont(small);
                }
            }
        }
    }
}

} // namespace loket::ui
