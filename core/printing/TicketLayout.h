// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace loket {

// Thermal roll widths. Characters per line are those of font A (12×24 dots).
enum class PaperWidth { Mm58, Mm80 };

int charactersPerLine(PaperWidth paper); // 32 or 48
int printableDots(PaperWidth paper); // 384 or 576 dots at 203 dpi

// The printed queue ticket as data. Every renderer (ESC/POS here, QPrinter in
// ui/printing) draws the same fields with the same words from this class.
class TicketLayout
{
    Q_DECLARE_TR_FUNCTIONS(TicketLayout)
public:
    QString officeName;
    QString serviceName;
    QString number; // e.g. "A-001"
    QDateTime issuedLocal; // already in the office's time zone (Qt::OffsetFromUTC)
    int peopleAhead = -1; // < 0: not printed
    int estimatedWaitMinutes = -1; // < 0: not printed (no estimate yet); rounded (roundWaitMinutes), 0: < 5 min.
    QString priorityReason; // the priority reason's name ("Lansia"); empty: a regular ticket
    QStringList requirements; // from the service standard; printed as a checklist
    QString qrPayload; // empty: no QR code
    QString footer;
    PaperWidth paper = PaperWidth::Mm80;

    // "Senin, 23 November 2026 08.15" with the Indonesian locale.
    QString dateTimeText(const QLocale &locale = QLocale(QLocale::Indonesian)) const;
    QString peopleAheadText() const;
    QString estimatedWaitText() const;
    // "PRIORITY — Lansia" (Indonesian "PRIORITAS — Lansia"); empty for a regular ticket.
    QString priorityText() const;
    QString requirementsHeading() const;
};

} // namespace loket
