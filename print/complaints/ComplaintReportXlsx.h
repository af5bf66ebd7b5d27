// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/ComplaintReport.h"

#include <QCoreApplication>

namespace loket {

// The monthly complaint report as a spreadsheet (libxlsxwriter): one sheet
// per table — summary, channel, type, tier, service, state, response time,
// deadlines — with bold headers, counts as numbers and shares as percent
// cells, so the monthly dashboard and the evaluators' forms can take them.
// Written to a hidden temporary file beside the target and renamed over it,
// so a reader never sees half a file; the file is its owner's only (0600).
class ComplaintReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReportXlsx)
public:
    static Status write(const QString &path, const ComplaintMonthReport &report, const QString &officeName = {});
};

} // namespace loket
