// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionReviewCharts.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace loket::ui::SuggestionReviewCharts {

namespace {

struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(SuggestionReviewCharts)
};

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QFont axisFont()
{
    QFont f;
    f.setPointSizeF(8);
    return f;
}

// A value axis with whole numbers and a round top.
QValueAxis *countAxis(int max)
{
    auto *axis = new QValueAxis;
    int top = std::max(4, max);
    const int step = top <= 8 ? 1 : top <= 20 ? 2 : top <= 50 ? 5 : top <= 100 ? 10 : 20;
    top = (top + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(top / step > 10 ? step * 2 : step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(axisFont());
    axis->setGridLineColor(QColor(0xe3, 0xe8, 0xee));
    return axis;
}

QBarSet *makeSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

// A service's name short enough for the axis ("Pembuatan KTP-el").
QString shortName(const QString &name)
{
    return name.size() <= 22 ? name : name.left(20) + QChar(0x2026);
}

} // namespace

QColor kindColor(SlipKind kind)
{
    switch (kind) {
    case SlipKind::Pengaduan: return QColor(0xc0, 0x39, 0x2b);   // red: something went wrong
    case SlipKind::Saran: return QColor(0x2e, 0x6d, 0xb4);       // blue
    case SlipKind::Apresiasi: return QColor(0x2e, 0x8b, 0x57);   // green
    case SlipKind::Pertanyaan: return QColor(0xd6, 0x89, 0x10);  // amber
    case SlipKind::Kosong: return QColor(0xa0, 0xa8, 0xb0);      // grey
    }
    return Qt::gray;
}

QString monthLabel(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

namespace {

// On the axis the year goes under the month: twelve "Des 25" do not fit side by side.
QString axisLabel(QDate month)
{
    const QLocale locale;
    return locale.toString(month, QStringLiteral("MMM")) + QStringLiteral("<br>") + locale.toString(month, QStringLiteral("yy"));
}

} // namespace


QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8.5);
    chart->legend()->setFont(legend);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(10.5);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(190);
    return view;
}

void fillMonths(QChart *chart, const SuggestionReview &review)
{
    clearChart(chart);
    chart->setTitle(ChartText::tr("Slips per month, by kind"));
    auto *series = new QStackedBarSeries;
    QStringList labels;
    int max = 0;
    for (const SuggestionReview::Month &m : review.months) {
        labels << axisLabel(m.month);
        int sum = 0;
        for (int n : m.byKind)
            sum += n;
        max = std::max(max, sum);
    }
    for (SlipKind kind : allSlipKinds()) {
        QBarSet *set = makeSet(slipKindName(kind), kindColor(kind));
        for (const SuggestionReview::Month &m : review.months)
            *set << m.byKind[std::size_t(kind)];
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setGridLineVisible(false);
    x->setLabelsFont(axisFont());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
}

void fillServices(QChart *chart, const SuggestionReview &review, int top)
{
    clearChart(chart);
    chart->setTitle(ChartText::tr("Slips per service (12 months)"));
    const QList<SuggestionReview::ServiceCount> shown = review.services.mid(0, top);
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *complaints = makeSet(slipKindName(SlipKind::Pengaduan), kindColor(SlipKind::Pengaduan));
    QBarSet *others = makeSet(ChartText::tr("Suggestions and questions"), kindColor(SlipKind::Saran));
    QStringList labels;
    int max = 0;
    // A horizontal chart draws its first category at the bottom: the most slips go last.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        labels << shortName(it->name);
        *complaints << it->complaints;
        *others << it->slips - it->complaints;
        max = std::max(max, it->slips);
    }
    series->append(complaints);
    series->append(others);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    y->setLabelsFont(axisFont());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(true);
}

} // namespace loket::ui::SuggestionReviewCharts
