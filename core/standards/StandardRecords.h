// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// The records an office keeps around its standards, which evaluators
// (PEKPPP, Ombudsman) ask to see. Plain values; StandardRegister stores them.

// One group of society at a Forum Konsultasi Publik (PermenPANRB 16/2017).
struct ConsultationGroup {
    QString group; // "Tokoh masyarakat", "Penyandang disabilitas", …
    std::optional<int> participants; // how many came, when recorded
    QStringList names; // optional
    bool operator==(const ConsultationGroup &) const = default;
};

// One forum usually discusses the standards of several services.
struct Consultation {
    qint64 id = 0;
    QList<qint64> serviceIds;
    QDate date;
    QString place;
    QList<ConsultationGroup> groups;
    QString summary; // what the participants said
    QString minutesName; // file name of the minutes (berita acara), e.g. "BA-FKP-2026.pdf"
    QByteArray minutes; // the file; empty in lists (see StandardRegister::consultationMinutes)
    qint64 minutesSize = 0;
};

// The groups a forum usually invites; the list is open, these are suggestions.
QStringList suggestedConsultationGroups();

struct Publication {
    qint64 id = 0;
    qint64 serviceId = 0; // 0 for the Maklumat Pelayanan
    QString medium; // "Papan pengumuman", "Website", "Media sosial", "Brosur", "SIPPN", …
    QDate date;
    QString location; // a link, or where it hangs
    bool sippn = false; // on SIPPN, the national public-service information system
};

QStringList suggestedPublicationMedia();
// SIPPN counts apart from the other media (evaluators: 4+ media plus SIPPN).
bool isSippnMedium(const QString &medium);

enum class ReviewOutcome { NoChange, RevisionNeeded, Revised };

QString reviewOutcomeCode(ReviewOutcome outcome); // "no_change", "revision_needed", "revised"
std::optional<ReviewOutcome> reviewOutcomeFromCode(const QString &code);
QString reviewOutcomeName(ReviewOutcome outcome); // translated

struct StandardReview {
    qint64 id = 0;
    qint64 serviceId = 0;
    QDate date;
    QString reviewer; // a person or a team: "Tim Evaluasi Kecamatan"
    ReviewOutcome outcome = ReviewOutcome::NoChange;
    QString notes;
};

// The office's written promise to serve to its standards.
struct Maklumat {
    QString text;
    QString decreeNumber;
    QDate decreeDate; // invalid while not signed
    QList<Publication> publications;
};

// The usual wording, used until the office writes its own.
QString defaultMaklumatText();

} // namespace loket
