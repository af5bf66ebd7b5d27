// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The monthly report's charts, painted with QPainter (vector graphics on a PDF).
namespace loket::reportcharts {

struct Bar {
    QString label;
    double value = 0;
    double before = -1; // the month before, drawn as a tick; < 0: none
};

// Horizontal bars, one a row, the value written at the bar's end.
void bars(QPainter &p, const QRectF &rect, const QList<Bar> &rows, const QString &legendNow, const QString &legendBefore);
int barsHeight(qsizetype rows); // layout pixels for `rows` bars

// A line over the days of the month (value per day; index 0 is day 1), a
// grid with the axis' values and the days, and the mean as a dashed line.
void dailyLine(QPainter &p, const QRectF &rect, const QList<double> &perDay, const QString &meanLabel);

} // namespace loket::reportcharts
