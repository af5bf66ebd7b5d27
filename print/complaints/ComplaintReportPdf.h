// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "core/common/Result.h"
#include "core/complaints/ComplaintReport.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

namespace loket {

// The monthly complaint report on A4 with the office's letterhead: the
// summary, the tables by channel, type, tier, service and state, the
// first-response times with a bar each, the deadlines, and the signature of
// the supervisor who made it (a blank line for anyone else).
class ComplaintReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReportPdf)
public:
    ComplaintReportPdf(OfficeProfile office, QDate printedOn);

    QString html(const ComplaintMonthReport &report) const;
    // The pages printed; 0 when the painter cannot start.
    int print(QPagedPaintDevice *device, const ComplaintMonthReport &report) const;
    // Writes the PDF (0600; on failure no file of ours is left): the pages written.
    Result<int> write(const QString &path, const ComplaintMonthReport &report) const;

    // "Laporan Pengaduan Bulan Desember 2026".
    static QString title(const ComplaintMonthReport &report);

private:
    OfficeProfile m_office;
    QDate m_printedOn;
};

} // namespace loket
