// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardRepository.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <QList>

#include <optional>

namespace loket {

// One line of the register: a service and the state of its standard.
struct StandardSummary {
    ServiceRef service;
    std::optional<StandardVersion> inForce; // on the day asked; without content lists
    std::optional<StandardVersion> draft; // without content lists
    int versionCount = 0;
    int filledComponents = 0; // of the version in force, else of the draft; out of 14
};

// The standards of the services, version by version.
//
// Contract:
// - A service has at most one draft and at most one set version; older set
//   versions are superseded and stay readable.
// - Only a draft can be edited. Editing starts from the newest version: the
//   draft is a copy of it, with the next version number.
// - Setting a draft needs a decree and all 14 components; it supersedes the
//   version set before, which then ends the day before the new one starts.
// - Changes need Permission::ManageStandards and are audited ("standard.*");
//   reading the register needs ViewStandards. versionInForce() needs no actor:
//   a standard is a public document, and tickets, complaints and surveys
//   look it up without a user.
class StandardService
{
    Q_DECLARE_TR_FUNCTIONS(StandardService)
public:
    StandardService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<ServiceRef> service(const QString &code) const;
    Result<ServiceRef> service(qint64 serviceId) const;

    Result<QList<StandardSummary>> list(const Actor &actor, QDate date) const;
    Result<QList<StandardVersion>> versions(const Actor &actor, qint64 serviceId) const; // oldest first
    Result<StandardVersion> version(const Actor &actor, qint64 serviceId, int number) const;
    Result<std::optional<StandardVersion>> draft(const Actor &actor, qint64 serviceId) const;
    // The version in force on `date` (office-local), if any.
    Result<std::optional<StandardVersion>> versionInForce(qint64 serviceId, QDate date) const;

    // The draft of a service, created as a copy of its newest version (or
    // empty) when there is none.
    Result<StandardVersion> editDraft(const Actor &actor, qint64 serviceId);
    // Saves the components into the service's draft (creating it if needed).
    Result<StandardVersion> saveDraft(const Actor &actor, qint64 serviceId, const StandardContent &content);
    // Saves the components of one version; refused unless it is a draft.
    Result<StandardVersion> saveVersion(const Actor &actor, qint64 versionId, const StandardContent &content);
    Status discardDraft(const Actor &actor, qint64 serviceId);
    // Sets (menetapkan) the draft by decree; refused, naming what is missing,
    // while any of the 14 components is empty.
    Result<StandardVersion> setStandard(const Actor &actor, qint64 serviceId, const Decree &decree);

    // Why a content cannot be saved (malformed entries); empty when it can.
    static QString problemsText(const QList<ContentProblem> &problems);

private:
    Result<StandardVersion> createDraft(const Actor &actor, const ServiceRef &service);
    Result<StandardVersion> reload(qint64 versionId) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    StandardRepository m_repo;
};

} // namespace loket
