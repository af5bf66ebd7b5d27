// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Result.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <QList>

#include <optional>

namespace loket {

// What evaluators (PEKPPP, Ombudsman) check about one service's standard.
struct ServiceCompliance {
    ServiceRef service;
    std::optional<int> versionInForce; // none: no standard set for the day
    int filledComponents = 0; // of the version in force, else of the draft
    bool componentsComplete = false; // all 14
    bool setByDecree = false; // a version is in force on the day
    QString decreeNumber;
    QDate decreeDate;
    int consultations = 0; // forums held up to the day
    int consultationGroups = 0; // distinct groups of society heard
    int publicationMedia = 0; // distinct media besides SIPPN
    bool onSippn = false;
    QDate lastReview;
    QDate reviewDue;
    bool reviewedInPeriod = false; // reviewed within the review period before the day

    static constexpr int kFullMarksMedia = 4;
    bool consulted() const { return consultations > 0; }
    // Full marks for publication: 4+ media plus SIPPN.
    bool publishedFully() const { return publicationMedia >= kFullMarksMedia && onSippn; }
    // Criteria met, out of 5: complete, set, consulted, published fully, reviewed.
    int criteriaMet() const
    {
        return int(componentsComplete) + int(setByDecree) + int(consulted()) + int(publishedFully())
            + int(reviewedInPeriod);
    }
};

struct ComplianceSummary {
    QDate date;
    int reviewMonths = 12;
    QList<ServiceCompliance> services; // active services, in the catalog's order

    // Office totals: how many services meet each criterion.
    int serviceCount = 0;
    int complete = 0;
    int set = 0;
    int consulted = 0;
    int publishedFully = 0;
    int onSippn = 0;
    int reviewed = 0;
    int fullyCompliant = 0; // all five criteria

    bool maklumatSigned = false; // a decree number and date
    int maklumatMedia = 0;
};

// Computes the evaluators' view of the standards on a given day.
// Publications count when dated on or before the day and, when a version is
// in force, not before its decree: a poster of an older version does not
// publish the one in force. Consultations and reviews count up to the day.
class StandardCompliance
{
    Q_DECLARE_TR_FUNCTIONS(StandardCompliance)
public:
    explicit StandardCompliance(DatabasePtr db);

    Result<ComplianceSummary> summary(const Actor &actor, QDate date) const;

private:
    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
