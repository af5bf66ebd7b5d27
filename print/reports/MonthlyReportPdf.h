// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "core/common/Result.h"
#include "core/reports/MonthlyReport.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace loket {

// "Laporan Bulanan Pelayanan Publik" (issue 12) on A4 with the office's
// letterhead: a written summary made from the figures (only sentences the
// figures support: a change is said only against a month that had any),
// the month against the month before and the same month last year, the
// charts (visitors per service, visitors per day) painted as vector
// graphics, the tables — services against their standard, priority
// visitors by reason, counters, officers, complaints, suggestion-box slips,
// the satisfaction index — and the head of office's signature with NIP.
class MonthlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPdf)
public:
    MonthlyReportPdf(OfficeProfile office, QDate printedOn);

    static QString title(); // "LAPORAN BULANAN PELAYANAN PUBLIK"
    // The summary's sentences, in the reader's language.
    static QStringList summary(const MonthlyReport &report);

    QString html(const MonthlyReport &report) const;
    // Onto a QPdfWriter or QPrinter already set up (pageLayout()); the pages painted, 0 when it could not start.
    int print(QPagedPaintDevice *device, const MonthlyReport &report) const;
    static QPageLayout pageLayout(); // A4 portrait
    // The head of office's signature with the place and date, on the right half (HTML).
    static QString headSignature(const OfficeProfile &office, QDate printedOn);
    // The PDF (0600; on failure no file is left): the pages written.
    Result<int> write(const QString &path, const MonthlyReport &report) const;

private:
    OfficeProfile m_office;
    QDate m_printedOn;
};

} // namespace loket
