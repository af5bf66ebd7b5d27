// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/catalog/OfficeProfile.h"
#include "core/common/Result.h"
#include "core/complaints/ComplaintService.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace loket {

// What the response letter (surat tanggapan pengaduan) says, gathered from
// the complaint, its latest response, the office profile and the signer; the
// A4 PDF (print/complaints/ResponseLetterPdf) lays it out on the letterhead.
//
// The addressee is read only through ComplaintService::identity (checked and
// written to the audit log). An anonim complaint has none: the letter goes to
// "Pelapor" with the register number. A rahasia complaint's letter is for the
// follow-up team and supervisors only (they send it to the person); anyone
// else is refused, the refusal audited, since a letter without its addressee
// cannot be sent and one with it would disclose the person.
struct LetterData {
    Q_DECLARE_TR_FUNCTIONS(LetterData)
public:
    OfficeProfile office; // the letterhead
    QString letterNumber; // from the response; "…/…/…" to be filled in when none was given
    QString place; // the office's city
    QDate date; // the day of the response, in the office's zone
    QString complaintNumber;
    QDate receivedDay; // office-local day the complaint was received
    QString channel; // how it came, as the letter says it: "melalui surat", "secara langsung di loket …"
    QString summary;
    bool anonymous = false;
    bool confidential = false;
    QString addresseeName; // empty for anonim
    QString addresseeAddress;
    QString response; // the latest response's text
    QString signerTitle; // "Camat Cibinong", or "a.n. Camat Cibinong" when another signs
    QString signerName;
    QString signerNip; // as stored (18 digits); empty when unknown

    // The texts of the letter, in the current language (Indonesian by default).
    static QString dateText(QDate day); // "1 Desember 2026"
    QString placeAndDate() const; // "Cibinong, 1 Desember 2026"
    QString subject() const; // "Tanggapan atas Pengaduan Nomor ADU/…"
    QString nature() const; // "Biasa" / "Rahasia"
    QStringList addressLines() const; // "Yth. …", the address, "di Tempat"
    QString opening() const; // the sentence with the received date and summary
    QString closing() const;
    QString nipLine() const; // "NIP. 19720514 199803 1 007"
    static QString nipText(const QString &nip);
    static QString channelPhrase(IntakeChannel channel);

    // Gathers the letter of a complaint (register number or id) for the actor,
    // who signs it. Fails when the complaint has no response yet.
    static Result<LetterData> gather(
        DatabasePtr db, const ComplaintService &complaints, const Actor &actor, const QString &numberOrId);
};

} // namespace loket
