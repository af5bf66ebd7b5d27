// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QString>

class QWidget;

namespace loket::ui {

// The complaint's paper from the screens: the receipt on the ticket printer
// (ESC/POS, sent from a worker thread so the screen never waits for a
// printer that is off) or as an A5 PDF, and the response letter as an A4 PDF.
// Each reports its outcome to the user itself.
namespace complaintprinting {

// On the ticket printer when it is an ESC/POS one; else asks where to save
// the PDF (or, with orPdf false, does nothing and returns false).
bool printReceipt(const Session &session, const QString &number, QWidget *parent, bool orPdf = true);
void saveReceiptPdf(const Session &session, const QString &number, QWidget *parent);
void saveLetterPdf(const Session &session, const QString &number, QWidget *parent);

} // namespace complaintprinting
} // namespace loket::ui
