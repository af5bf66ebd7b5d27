// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/MonthlyReport.h"

#include <QRegularExpression>

namespace loket {

const ReportService *ReportTickets::service(const QString &code) const
{
    for (const ReportService &s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QDate reportMonthFromCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(code.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QString reportMonthCode(QDate month)
{
    return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
}

std::optional<double> relativeChange(double now, double before)
{
    if (before == 0.0)
        return std::nullopt;
    return (now - before) / before;
}

} // namespace loket
