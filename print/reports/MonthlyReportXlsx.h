// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/reports/MonthlyReport.h"

#include <QCoreApplication>

namespace loket {

// The monthly report as a workbook (libxlsxwriter): one sheet per table —
// summary against last month and last year, services against their
// standard, days, priority reasons, counters, officers, complaints,
// suggestion-box slips, IKM — headers in the reader's language, counts and
// minutes as numbers, shares as percent cells. Written to a hidden temporary
// file beside the target and renamed over it; the file is its owner's only (0600).
class MonthlyReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportXlsx)
public:
    static Status write(const QString &path, const MonthlyReport &report, const QString &officeName = {});
};

} // namespace loket
