// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/OfficeProfile.h"
#include "core/common/Result.h"
#include "core/reports/EvaluationCheck.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The evaluation self-check on paper: the page an office prints before the
// PEKPPP or Ombudsman evaluators visit. A4 on the letterhead: every point
// with its state, the evidence Loket holds and what is still to be done,
// the count of each state, and the head of office's signature.
class EvaluationPdf
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationPdf)
public:
    EvaluationPdf(OfficeProfile office, QDate printedOn);

    static QString title(); // "SWA-PERIKSA KESIAPAN EVALUASI PELAYANAN PUBLIK"
    static QString stateText(EvidenceState state);
    QString html(const EvaluationCheckResult &check) const;
    int print(QPagedPaintDevice *device, const EvaluationCheckResult &check) const; // pages; 0 when it could not start
    static QPageLayout pageLayout(); // A4 landscape: the evidence needs the width
    Result<int> write(const QString &path, const EvaluationCheckResult &check) const; // 0600

private:
    OfficeProfile m_office;
    QDate m_printedOn;
};

} // namespace loket
