// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/catalog/OfficeProfile.h"
#include "core/common/Result.h"
#include "core/complaints/ComplaintService.h"
#include "core/printing/SlipLayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace loket {

// The receipt (tanda terima pengaduan) handed to the complainant, as data:
// the ticket printer's slip (ESC/POS) and the A5 PDF (print/complaints) print
// these fields with these words.
//
// It never carries the identity of a rahasia complaint, and the name of any
// other only when the actor may see it (read through
// ComplaintService::identity, so the view is in the audit log).
class ComplaintReceipt
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReceipt)
public:
    static constexpr int kSummaryChars = 240; // longer summaries end in "…"

    OfficeProfile office; // the letterhead of the A5 receipt
    QString officeName;
    QString officeAddress; // one line; may be empty
    QString officePhone;
    QString number; // ADU/2026/12/0001
    QDateTime receivedLocal; // in the office's zone (Qt::OffsetFromUTC)
    QString zoneCode; // WIB, WITA, WIT
    QString channel; // translated channel name
    QString service; // may be empty
    QString summary; // already cut to kSummaryChars
    QString complainantName; // empty: not printed (anonim, rahasia, or not the actor's to see)
    bool anonymous = false;
    bool confidential = false;
    QString receivedBy; // the officer who logged it
    QDate verifyDue;
    QDate settleDue;

    // "Selasa, 1 Desember 2026 10.15 WIB" in the current language.
    QString receivedText() const;
    static QString dateText(QDate day); // "1 Desember 2026"; "-" when invalid
    static QString title(); // "TANDA TERIMA PENGADUAN"
    static QString keepNumberText(); // "Simpan nomor ini …"
    // What stands in the name's place: "Anonim", "Dirahasiakan", or the name.
    QString complainantText() const;

    // The labelled rows both printouts show, in order (label, value); the
    // A5 receipt puts the receiving officer under a signature line instead.
    QList<std::pair<QString, QString>> rows(bool withReceiver = true) const;
    static QString receiverLabel(); // "Petugas penerima"

    // The slip for the ticket printer.
    SlipLayout slip(PaperWidth paper = PaperWidth::Mm80) const;

    // Gathers the receipt of a complaint (register number or id) as the actor
    // may see it.
    static Result<ComplaintReceipt> gather(
        DatabasePtr db, const ComplaintService &complaints, const Actor &actor, const QString &numberOrId);

    // "…" past `chars` characters, cut at a word where one is near.
    static QString cut(const QString &text, int chars);
};

} // namespace loket
