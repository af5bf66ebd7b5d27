// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/standards/ServiceTime.h"
#include "core/standards/StandardComponent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// Whether the citizen brings the original document or a copy (fotokopi).
enum class DocumentForm { Original, Copy };

QString documentFormCode(DocumentForm form); // "original", "copy"
std::optional<DocumentForm> documentFormFromCode(const QString &code);

struct Requirement {
    QString name; // "Fotokopi KTP-el", "Surat pengantar RT/RW"
    DocumentForm form = DocumentForm::Copy;
    int count = 1; // sheets or copies to bring
    QString notes; // "yang masih berlaku", "dilegalisir"
    bool operator==(const Requirement &) const = default;
};

struct ProcedureStep {
    QString description;
    QString performer; // who does it: "Pemohon", "Petugas loket", "Camat"
    bool operator==(const ProcedureStep &) const = default;
};

struct ComplaintChannel {
    QString channel; // "SP4N-LAPOR!", "WhatsApp", "Kotak saran"
    QString contact; // "www.lapor.go.id", "0812-…", "ruang tunggu lantai 1"
    bool operator==(const ComplaintChannel &) const = default;
};

// One problem in a standard's content, with where it is (a path such as
// "requirements[2].name", relative to the standard) and what to do.
struct ContentProblem {
    QString path;
    QString message;
};

// The 14 components of one version of a standard. Structured where the
// queue, the kiosk ticket and the dashboards read them; text otherwise.
struct StandardContent {
    QList<Requirement> requirements;
    QList<ProcedureStep> procedure; // in order
    ServiceTime serviceTime;
    std::optional<qint64> costRupiah; // 0 = free (gratis); none = not filled in
    QString costLegalBasis; // the regulation that sets the fee (or makes it free)
    QStringList products;
    QList<ComplaintChannel> complaintChannels;

    QString legalBasis;
    QString facilities;
    QString competence;
    QString internalSupervision;
    QString staffing;
    QString serviceGuarantee;
    QString securityGuarantee;
    QString performanceEvaluation;

    bool isFilled(StandardComponent component) const;
    QList<StandardComponent> missingComponents() const; // empty: all 14 are there
    int filledCount() const;
    bool isComplete() const { return missingComponents().isEmpty(); }

    // The text of one of the eight text components (empty for the others).
    QString text(StandardComponent component) const;
    void setText(StandardComponent component, const QString &text);

    // Entries that are wrong whatever the state of the standard (an unnamed
    // requirement, a negative cost, a fee without a legal basis, …).
    QList<ContentProblem> problems() const;

    bool operator==(const StandardContent &) const = default;
};

} // namespace loket
