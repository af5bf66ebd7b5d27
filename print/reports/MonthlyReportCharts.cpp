// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/reports/MonthlyReportCharts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace loket::reportcharts {

namespace {

const QColor kBar(0x2b, 0x57, 0x97);
const QColor kBefore(0xe0, 0x8a, 0x1e);
const QColor kGrid(0xc8, 0xcf, 0xd8);
const QColor kText(0x20, 0x20, 0x20);
constexpr qreal kRow = 20;
constexpr qreal kLegend = 18;

QFont chartFont(qreal px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

// A round step for an axis up to `max` with about `ticks` lines.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * mag)
            return std::max(1.0, m * mag);
    }
    return 10 * mag;
}

void legend(QPainter &p, QPointF at, const QColor &colour, const QString &text, bool tick)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (tick)
        p.drawRect(QRectF(at.x() + 4, at.y() + 1, 3, 11));
    else
        p.drawRect(QRectF(at.x(), at.y() + 2, 12, 9));
    p.setPen(kText);
    p.drawText(QRectF(at.x() + 16, at.y() - 1, 300, 15), Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace

int barsHeight(qsizetype rows)
{
    return int(kLegend + 6 + kRow * std::max<qsizetype>(1, rows) + 4);
}

void bars(QPainter &p, const QRectF &rect, const QList<Bar> &rows, const QString &legendNow, const QString &legendBefore)
{
    p.setFont(chartFont(10));
    const QFontMetricsF fm(p.font());
    qreal labelWidth = 0;
    double max = 0;
    for (const Bar &b : rows) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        max = std::max({max, b.value, b.before});
    }
    labelWidth = std::min(labelWidth + 8, rect.width() * 0.38);
    const QString widest = QLocale().toString(qint64(max));
    const qreal valueWidth = fm.horizontalAdvance(widest) + 12;
    const qreal left = rect.left() + labelWidth;
    const qreal width = std::max<qreal>(10, rect.right() - valueWidth - left);

    legend(p, rect.topLeft(), kBar, legendNow, false);
    legend(p, rect.topLeft() + QPointF(fm.horizontalAdvance(legendNow) + 40, 0), kBefore, legendBefore, true);

    qreal y = rect.top() + kLegend + 6;
    // The grid, under the bars.
    const double step = niceStep(max, 5);
    const double axisMax = max > 0 ? std::ceil(max / step) * step : 1;
    const qreal bottom = y + kRow * rows.size();
    p.setPen(QPen(kGrid, 0.6));
    for (double v = 0; v <= axisMax + 1e-9; v += step) {
        const qreal x = left + width * v / axisMax;
        p.drawLine(QPointF(x, y - 2), QPointF(x, bottom));
    }
    for (const Bar &b : rows) {
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), y, labelWidth - 6, kRow), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth - 6));
        const qreal w = width * b.value / axisMax;
        p.setPen(Qt::NoPen);
        p.setBrush(kBar);
        p.drawRect(QRectF(left, y + 4, std::max<qreal>(w, 0.5), kRow - 8));
        if (b.before >= 0) {
            p.setBrush(kBefore);
            p.drawRect(QRectF(left + width * b.before / axisMax - 1.5, y + 1, 3, kRow - 2));
        }
        // The value after the bar and after last month's tick, never through it.
        const qreal textX = std::max(w, b.before >= 0 ? width * b.before / axisMax + 2 : 0.0);
        p.setPen(kText);
        p.drawText(QRectF(left + textX + 4, y, valueWidth + 40, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(qint64(std::llround(b.value))));
        y += kRow;
    }
    p.setPen(QPen(kText, 0.8));
    p.drawLine(QPointF(left, rect.top() + kLegend + 4), QPointF(left, bottom));
}

void dailyLine(QPainter &p, const QRectF &rect, const QList<double> &perDay, const QString &meanLabel)
{
    p.setFont(chartFont(9));
    const QFontMetricsF fm(p.font());
    double max = 0, sum = 0;
    int counted = 0;
    for (double v : perDay) {
        max = std::max(max, v);
        if (v > 0) {
            sum += v;
            ++counted;
        }
    }
    const double step = niceStep(max, 4);
    const double axisMax = max > 0 ? std::ceil(max / step) * step : 1;
    const qreal axisText = fm.horizontalAdvance(QLocale().toString(qint64(axisMax))) + 6;
    const QRectF plot(rect.left() + axisText, rect.top() + 6, rect.width() - axisText - 4, rect.height() - 6 - 18);
    const int days = int(std::max<qsizetype>(1, perDay.size()));
    const auto xOf = [&](int i) { return plot.left() + plot.width() * (i + 0.5) / days; };
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / axisMax; };

    for (double v = 0; v <= axisMax + 1e-9; v += step) {
        p.setPen(QPen(kGrid, 0.6));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), yOf(v) - 7, axisText - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(qint64(v)));
    }
    for (int i = 0; i < days; ++i) {
        const int day = i + 1;
        if (day == 1 || day % 5 == 0 || day == days) {
            p.setPen(kText);
            p.drawText(QRectF(xOf(i) - 12, plot.bottom() + 3, 24, 14), Qt::AlignCenter, QString::number(day));
        }
    }
    p.setPen(QPen(kText, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The days with visitors joined; a day without any (a weekend, a holiday) drops to zero.
    QPainterPath line;
    for (int i = 0; i < perDay.size(); ++i) {
        const QPointF at(xOf(i), yOf(perDay.at(i)));
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kBar, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(line);
    p.setBrush(kBar);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < perDay.size(); ++i) {
        if (perDay.at(i) > 0)
            p.drawEllipse(QPointF(xOf(i), yOf(perDay.at(i))), 1.8, 1.8);
    }
    if (counted > 0) {
        const double mean = sum / counted;
        p.setPen(QPen(kBefore, 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(mean)), QPointF(plot.right(), yOf(mean)));
        // The label on a white ground above the dashed line, so the line under it does not cross it.
        const QString label = meanLabel.arg(QLocale().toString(mean, 'f', 0));
        const qreal w = fm.horizontalAdvance(label) + 8;
        const QRectF box(plot.right() - w, yOf(mean) - 15, w, 13);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRect(box);
        p.setPen(kBefore.darker(130));
        p.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace loket::reportcharts
