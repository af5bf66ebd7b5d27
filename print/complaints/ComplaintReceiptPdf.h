// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/ComplaintReceipt.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The complaint receipt on A5 with the office letterhead, for offices that
// hand it out from an ordinary printer: the same fields as the ticket
// printer's slip (ComplaintReceipt::slip).
//
//   auto receipt = ComplaintReceipt::gather(db, complaints, actor, number);
//   if (receipt) ComplaintReceiptPdf::write(*receipt, path);
class ComplaintReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReceiptPdf)
public:
    static QString html(const ComplaintReceipt &receipt);
    static int print(QPagedPaintDevice *device, const ComplaintReceipt &receipt);
    static QPageLayout pageLayout(); // A5 portrait
    static Result<int> write(const ComplaintReceipt &receipt, const QString &path);
};

} // namespace loket
