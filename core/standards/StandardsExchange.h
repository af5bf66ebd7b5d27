// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardRecords.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <functional>

#include <QList>
#include <QString>

#include <optional>

namespace loket {

// Values shared by the JSON and CSV exchange of the standards register.

// One thing wrong in an imported file. `where` is a JSON path
// ("standards[2].requirements[0].name") or a CSV line ("line 14");
// `field` names the key or column.
struct ImportProblem {
    QString where;
    QString field;
    QString message;
    QString text() const; // "standards[2].requirements[0].name: …" / "line 14, column value: …"
};

// What an import did (or, with dryRun, would do).
struct StandardsImportReport {
    bool dryRun = false;
    int services = 0; // services whose register was replaced (JSON) or whose draft was written (CSV)
    int versions = 0;
    int consultations = 0;
    int publications = 0;
    int reviews = 0;
    bool maklumat = false;
    int replacedVersions = 0; // versions that were in the database before, now replaced
    QStringList serviceCodes;

    // What the import deletes: records of the named services that the file
    // does not hold again unchanged. A version kept with the same number,
    // decree and content (even if now superseded) is not deleted.
    int deletedVersions = 0;
    int deletedInForce = 0; // of those, versions that are or were in force (set or superseded)
    int deletedConsultations = 0;
    int deletedPublications = 0;
    int deletedReviews = 0;
    QStringList deletions; // one translated line each: "KTP: version 2, in force (decree 100/1/KEC/2026)"
};

// A whole register read from a file, checked, with service ids resolved.
struct StandardsBundle {
    QList<StandardVersion> versions;
    QList<Consultation> consultations;
    QList<Publication> publications;
    QList<StandardReview> reviews;
    std::optional<Maklumat> maklumat;
    // The file's top-level "replace_in_force": true — it may delete or change
    // versions that are or were in force. Without it such an import is refused.
    bool replaceInForce = false;
};

// The error an import returns when a file has problems: every problem, one
// per line (the first 50, then a count).
Error importProblemsError(const QList<ImportProblem> &problems);

// Runs an import's writes in one transaction. A dry run does every write and
// every check the database makes (constraints, triggers), then rolls back:
// it refuses exactly what the import would refuse and changes nothing.
Status runImport(const Database &db, bool dryRun, const std::function<Status()> &work);

} // namespace loket
