// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardService.h"

#include <QStringList>

namespace loket {

namespace {

const QString kEntity = QStringLiteral("standard");

QString versionLabel(const StandardVersion &v)
{
    return QStringLiteral("%1 v%2").arg(v.service.code).arg(v.number);
}

} // namespace

StandardService::StandardService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_repo(m_db)
{ }

QString StandardService::problemsText(const QList<ContentProblem> &problems)
{
    QStringList lines;
    for (const ContentProblem &p : problems)
        lines << p.path + QStringLiteral(": ") + p.message;
    return lines.join(QLatin1Char('\n'));
}

Result<ServiceRef> StandardService::service(const QString &code) const
{
    auto found = m_repo.serviceByCode(code);
    if (!found)
        return found.error();
    if (!found.value()) {
        return makeError(ErrorCode::NotFound,
            tr("There is no service with the code \"%1\". Check the code in the list of services.")
                .arg(code.trimmed()));
    }
    return *found.value();
}

Result<ServiceRef> StandardService::service(qint64 serviceId) const
{
    auto found = m_repo.serviceById(serviceId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The service no longer exists. Reload the list of services."));
    return *found.value();
}

Result<QList<StandardSummary>> StandardService::list(const Actor &actor, QDate date) const
{
    if (Status ok = m_audit.require(actor, Permission::ViewStandards, QStringLiteral("standard.read"), kEntity); !ok)
        return ok.error();
    auto services = m_repo.services();
    if (!services)
        return services.error();
    QList<StandardSummary> out;
    for (const ServiceRef &s : services.value()) {
        auto versions = m_repo.versions(s.id, false);
        if (!versions)
            return versions.error();
        // Inactive services appear only while they have a standard to show.
        if (!s.active && versions->isEmpty())
            continue;
        StandardSummary row;
        row.service = s;
        row.versionCount = int(versions->size());
        for (const StandardVersion &v : versions.value()) {
            if (v.inForceOn(date))
                row.inForce = v;
            if (v.isDraft())
                row.draft = v;
        }
        const std::optional<StandardVersion> &counted = row.inForce ? row.inForce : row.draft;
        if (counted) {
            auto full = m_repo.versionById(counted->id);
            if (!full)
                return full.error();
            if (full.value())
                row.filledComponents = full.value()->content.filledCount();
        }
        out << row;
    }
    return out;
}

Result<QList<StandardVersion>> StandardService::versions(const Actor &actor, qint64 serviceId) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.read"), kEntity, QString::number(serviceId));
        !ok)
        return ok.error();
    return m_repo.versions(serviceId, true);
}

Result<StandardVersion> StandardService::version(const Actor &actor, qint64 serviceId, int number) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.read"), kEntity, QString::number(serviceId));
        !ok)
        return ok.error();
    auto found = m_repo.versionByNumber(serviceId, number);
    if (!found)
        return found.error();
    if (!found.value()) {
        return makeError(
            ErrorCode::NotFound, tr("The standard has no version %1. See the list of its versions.").arg(number));
    }
    return *found.value();
}

Result<std::optional<StandardVersion>> StandardService::draft(const Actor &actor, qint64 serviceId) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.read"), kEntity, QString::number(serviceId));
        !ok)
        return ok.error();
    return m_repo.draft(serviceId);
}

Result<std::optional<StandardVersion>> StandardService::versionInForce(qint64 serviceId, QDate date) const
{
    return m_repo.inForce(serviceId, date);
}

Result<StandardVersion> StandardService::reload(qint64 versionId) const
{
    auto found = m_repo.versionById(versionId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The version of the standard was removed meanwhile."));
    return *found.value();
}

Result<StandardVersion> StandardService::createDraft(const Actor &actor, const ServiceRef &service)
{
    qint64 newId = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto existing = m_repo.draft(service.id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            newId = existing.value()->id;
            return {};
        }
        auto latest = m_repo.latest(service.id);
        if (!latest)
            return latest.error();
        auto number = m_repo.nextVersionNumber(service.id);
        if (!number)
            return number.error();
        StandardVersion draft;
        draft.service = service;
        draft.number = number.value();
        draft.status = VersionStatus::Draft;
        draft.createdBy = actor.username;
        if (latest.value())
            draft.content = latest.value()->content;
        auto id = m_repo.insertVersion(draft, m_clock.nowMs());
        if (!id)
            return id.error();
        newId = id.value();
        return m_audit.record(actor, QStringLiteral("standard.create_draft"), kEntity, QString::number(newId),
            latest.value()
                ? QStringLiteral("%1 v%2 from v%3").arg(service.code).arg(draft.number).arg(latest.value()->number)
                : QStringLiteral("%1 v%2").arg(service.code).arg(draft.number));
    });
    if (!done)
        return done.error();
    return reload(newId);
}

Result<StandardVersion> StandardService::editDraft(const Actor &actor, qint64 serviceId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.create_draft"),
            kEntity, QString::number(serviceId));
        !ok)
        return ok.error();
    auto svc = service(serviceId);
    if (!svc)
        return svc.error();
    return createDraft(actor, svc.value());
}

Result<StandardVersion> StandardService::saveDraft(const Actor &actor, qint64 serviceId, const StandardContent &content)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.save_draft"), kEntity,
            QString::number(serviceId));
        !ok)
        return ok.error();
    // Checked before a draft is created, so a refused save leaves nothing behind.
    if (const QList<ContentProblem> problems = content.problems(); !problems.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The standard was not saved; correct these entries first:\n%1").arg(problemsText(problems)));
    }
    auto svc = service(serviceId);
    if (!svc)
        return svc.error();
    auto draft = createDraft(actor, svc.value());
    if (!draft)
        return draft.error();
    return saveVersion(actor, draft->id, content);
}

Result<StandardVersion> StandardService::saveVersion(
    const Actor &actor, qint64 versionId, const StandardContent &content)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.save_draft"), kEntity,
            QString::number(versionId));
        !ok)
        return ok.error();
    if (const QList<ContentProblem> problems = content.problems(); !problems.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The standard was not saved; correct these entries first:\n%1").arg(problemsText(problems)));
    }
    auto current = reload(versionId);
    if (!current)
        return current.error();
    if (!current->isDraft()) {
        return makeError(ErrorCode::InvalidState,
            tr("Version %1 of the standard for %2 was set by decree %3 and cannot be changed. "
               "Edit the draft instead: it starts as a copy of the newest version.")
                .arg(current->number)
                .arg(current->service.name, current->decreeNumber));
    }
    Status done = m_db->transaction([&]() -> Status {
        if (Status st = m_repo.updateContent(versionId, content, m_clock.nowMs()); !st)
            return st;
        return m_audit.record(actor, QStringLiteral("standard.save_draft"), kEntity, QString::number(versionId),
            QStringLiteral("%1 (%2/14)").arg(versionLabel(current.value())).arg(content.filledCount()));
    });
    if (!done)
        return done.error();
    return reload(versionId);
}

Status StandardService::discardDraft(const Actor &actor, qint64 serviceId)
{
    if (Status ok = m_audit.require(actor, Permission::ManageStandards, QStringLiteral("standard.discard_draft"),
            kEntity, QString::number(serviceId));
        !ok)
        return ok;
    auto draft = m_repo.draft(serviceId);
    if (!draft)
        return draft.error();
    if (!draft.value())
        return makeError(ErrorCode::Nothing, tr("This service's standard has no draft to discard."));
    const StandardVersion v = *draft.value();
    return m_db->transaction([&]() -> Status {
        if (Status st = m_repo.deleteVersion(v.id); !st)
            return st;
        return m_audit.record(
            actor, QStringLiteral("standard.discard_draft"), kEntity, QString::number(v.id), versionLabel(v));
    });
}

Result<StandardVersion> StandardService::setStandard(const Actor &actor, qint64 serviceId, const Decree &decree)
{
    if (Status ok = m_audit.require(
            actor, Permission::ManageStandards, QStringLiteral("standard.set"), kEntity, QString::number(serviceId));
        !ok)
        return ok.error();
    auto svc = service(serviceId);
    if (!svc)
        return svc.error();
    if (decree.number.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("Enter the number of the decree (nomor SK) that sets the standard."));
    if (!decree.date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date of the decree that sets the standard."));
    if (!decree.effectiveFrom.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date from which the standard is in force."));
    if (decree.effectiveFrom < decree.date) {
        return makeError(ErrorCode::InvalidInput,
            tr("The standard cannot be in force (%1) before its decree is signed (%2). "
               "Check both dates.")
                .arg(decree.effectiveFrom.toString(Qt::ISODate), decree.date.toString(Qt::ISODate)));
    }

    qint64 versionId = 0;
    Status done = m_db->transaction([&]() -> Status {
        auto draft = m_repo.draft(serviceId);
        if (!draft)
            return draft.error();
        if (!draft.value()) {
            return makeError(ErrorCode::InvalidState,
                tr("The standard for %1 has no draft to set. Edit the standard first: the draft "
                   "starts as a copy of the version in force.")
                    .arg(svc->name));
        }
        const StandardVersion &d = *draft.value();
        if (const QList<StandardComponent> missing = d.content.missingComponents(); !missing.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                tr("The standard for %1 cannot be set yet: these components are empty: %2. "
                   "Fill them in the draft, then set it.")
                    .arg(svc->name, standardComponentNames(missing)));
        }
        auto previous = m_repo.setVersion(serviceId);
        if (!previous)
            return previous.error();
        if (previous.value()) {
            const StandardVersion &p = *previous.value();
            if (decree.effectiveFrom <= p.effectiveFrom) {
                return makeError(ErrorCode::InvalidInput,
                    tr("Version %1 is in force from %2, so the new version must take effect after "
                       "that date. Choose a later effective date.")
                        .arg(p.number)
                        .arg(p.effectiveFrom.toString(Qt::ISODate)));
            }
            if (Status st = m_repo.markSuperseded(p.id, decree.effectiveFrom.addDays(-1), m_clock.nowMs()); !st)
                return st;
        }
        if (Status st = m_repo.markSet(d.id, decree, actor.username, m_clock.nowMs()); !st)
            return st;
        versionId = d.id;
        return m_audit.record(actor, QStringLiteral("standard.set"), kEntity, QString::number(d.id),
            QStringLiteral("%1 SK %2 of %3, in force from %4%5")
                .arg(versionLabel(d), decree.number.trimmed(), decree.date.toString(Qt::ISODate),
                    decree.effectiveFrom.toString(Qt::ISODate),
                    previous.value() ? QStringLiteral(", supersedes v%1").arg(previous.value()->number) : QString()));
    });
    if (!done)
        return done.error();
    return reload(versionId);
}

} // namespace loket
