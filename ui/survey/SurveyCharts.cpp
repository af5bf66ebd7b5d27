// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyCharts.h"

#include "core/common/SurveyElements.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace loket::ui::SurveyCharts {

namespace {

struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(SurveyCharts)
};

const IkmGrade kGrades[] = {IkmGrade::A, IkmGrade::B, IkmGrade::C, IkmGrade::D};

QFont axisFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    return f;
}

// The converted scale, 25 to 100, ticks on the band floors' tens.
QValueAxis *scaleAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(25, 100);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(25);
    axis->setTickInterval(15);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(axisFont());
    axis->setGridLineColor(QColor(0xd0, 0xd7, 0xdf));
    return axis;
}

// [floor, ceiling) of a band on the converted scale.
std::pair<double, double> bandRange(IkmGrade g)
{
    const double lo = ikmGradeFloorCenti(g) / 100.0;
    const double hi = g == IkmGrade::A ? 100.0 : ikmGradeFloorCenti(IkmGrade(int(g) - 1)) / 100.0;
    return {lo, hi};
}

// The four bands as filled areas spanning `from` … `to` on the other axis;
// `vertical`: the bands are stripes across a horizontal value axis.
void addBands(QChart *chart, QAbstractAxis *valueAxis, QAbstractAxis *otherAxis, double from, double to, bool vertical)
{
    for (IkmGrade g : kGrades) {
        const auto [lo, hi] = bandRange(g);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        if (vertical) {
            *upper << QPointF(lo, to) << QPointF(hi, to);
            *lower << QPointF(lo, from) << QPointF(hi, from);
        } else {
            *upper << QPointF(from, hi) << QPointF(to, hi);
            *lower << QPointF(from, lo) << QPointF(to, lo);
        }
        auto *band = new QAreaSeries(upper, lower);
        band->setName(ChartText::tr("Band %1").arg(ikmGradeLetter(g)));
        band->setColor(gradeBandColor(g));
        band->setBorderColor(gradeBandColor(g));
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(valueAxis);
        band->attachAxis(otherAxis);
        for (QLegendMarker *m : chart->legend()->markers(band))
            m->setVisible(false);
    }
}

QString centi(int value)
{
    return centiText(value, QLocale().decimalPoint().at(0));
}

} // namespace

QColor gradeColor(IkmGrade grade)
{
    switch (grade) {
    case IkmGrade::A: return QColor(0x2e, 0x7d, 0x4f);
    case IkmGrade::B: return QColor(0x2e, 0x6d, 0xb4);
    case IkmGrade::C: return QColor(0xd6, 0x89, 0x10);
    case IkmGrade::D: return QColor(0xc0, 0x39, 0x2b);
    }
    return Qt::gray;
}

QColor gradeBandColor(IkmGrade grade)
{
    switch (grade) {
    case IkmGrade::A: return QColor(0xe3, 0xf3, 0xe8);
    case IkmGrade::B: return QColor(0xe6, 0xef, 0xf9);
    case IkmGrade::C: return QColor(0xfc, 0xf1, 0xdc);
    case IkmGrade::D: return QColor(0xfa, 0xe3, 0xe0);
    }
    return Qt::white;
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8.5);
    chart->legend()->setFont(legend);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(10.5);
    chart->setTitleFont(title);
    return chart;
}

// A new chart each time: a category axis put on a chart again keeps the old
// layout's label widths and elides every label.
QChart *renew(QChartView *view)
{
    QChart *old = view->chart();
    view->setChart(makeChart());
    delete old;
    return view->chart();
}

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(makeChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void fillElements(QChartView *view, const IkmResult &result)
{
    QChart *chart = renew(view);
    chart->setTitle(ChartText::tr("Converted value per element (NRR × 25)"));
    const QStringList order = SurveyElements::questionnaireOrder();
    // A horizontal chart draws its first category at the bottom: the questionnaire's last question goes first.
    QStringList labels;
    QList<const IkmElement *> elements;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const IkmElement *e = result.element(*it);
        elements << e;
        const QString value = e && e->convertedCenti ? centi(*e->convertedCenti) : ChartText::tr("no answers");
        // The long names shortened, so the bars keep their width.
        QString name = SurveyElements::name(*it);
        if (name.size() > 30)
            name = name.left(28).trimmed() + QChar(0x2026);
        labels << QStringLiteral("%1 %2  %3").arg(*it, name, value);
    }
    // One bar set per grade, so each bar has its grade's colour (and the legend names the grades).
    auto *series = new QHorizontalStackedBarSeries;
    for (IkmGrade g : kGrades) {
        auto *set = new QBarSet(QStringLiteral("%1 %2").arg(ikmGradeLetter(g), ikmGradeName(g)));
        set->setColor(gradeColor(g));
        set->setBorderColor(gradeColor(g));
        for (const IkmElement *e : elements)
            *set << (e && e->grade == g && e->convertedCenti ? *e->convertedCenti / 100.0 : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.62);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    // Qt elides these as soon as the plot is a little shorter; the names must stay readable.
    y->setTruncateLabels(false);
    y->setLabelsFont(axisFont());
    QValueAxis *x = scaleAxis();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    addBands(chart, x, y, -0.5, labels.size() - 0.5, true);
    chart->addSeries(series);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(true);
}

void fillTrend(QChartView *view, const QList<TrendPoint> &points)
{
    QChart *chart = renew(view);
    chart->setTitle(ChartText::tr("Office IKM (converted) over the periods"));
    QStringList labels;
    auto *line = new QLineSeries;
    line->setName(ChartText::tr("IKM"));
    line->setColor(QColor(0x1f, 0x2d, 0x3d));
    QPen pen = line->pen();
    pen.setWidthF(2.2);
    line->setPen(pen);
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(8);
    dots->setColor(QColor(0x1f, 0x2d, 0x3d));
    dots->setBorderColor(Qt::white);
    for (int i = 0; i < points.size(); ++i) {
        const TrendPoint &p = points.at(i);
        // The year under the period: eight "2026-Q4" do not fit side by side.
        const QString code = p.period.code();
        const int dash = int(code.indexOf(QLatin1Char('-')));
        // The value under its period (point labels would drop the trailing zero: 81,2).
        QString label = dash < 0 ? code : code.mid(dash + 1) + QStringLiteral("<br>") + code.left(dash);
        label += QStringLiteral("<br>%1").arg(p.convertedCenti ? centi(*p.convertedCenti) : QStringLiteral("–"));
        labels << label;
        if (p.convertedCenti) {
            *line << QPointF(i, *p.convertedCenti / 100.0);
            *dots << QPointF(i, *p.convertedCenti / 100.0);
        }
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setGridLineVisible(false);
    x->setLabelsFont(axisFont());
    x->setTruncateLabels(false);
    QValueAxis *y = scaleAxis();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    addBands(chart, y, x, -0.5, std::max<qsizetype>(1, labels.size()) - 0.5, false);
    chart->addSeries(line);
    chart->addSeries(dots);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (QLegendMarker *m : chart->legend()->markers(dots))
        m->setVisible(false);
    chart->legend()->setVisible(false);
}

} // namespace loket::ui::SurveyCharts
