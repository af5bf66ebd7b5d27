// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <QList>

#include <map>
#include <optional>

namespace loket {

// The SQL behind the standards register: versions with their content, and
// the services they belong to. No permission checks: the services above this
// class check them. Lists come ordered by version number, oldest first.
class StandardRepository
{
    Q_DECLARE_TR_FUNCTIONS(StandardRepository)
public:
    explicit StandardRepository(DatabasePtr db);

    Result<std::optional<ServiceRef>> serviceById(qint64 id) const;
    Result<std::optional<ServiceRef>> serviceByCode(const QString &code) const;
    Result<QList<ServiceRef>> services() const; // every service, in the catalog's order

    Result<QList<StandardVersion>> versions(qint64 serviceId, bool withContent = true) const;
    Result<std::optional<StandardVersion>> versionById(qint64 versionId) const;
    Result<std::optional<StandardVersion>> versionByNumber(qint64 serviceId, int number) const;
    Result<std::optional<StandardVersion>> draft(qint64 serviceId) const;
    Result<std::optional<StandardVersion>> setVersion(qint64 serviceId) const; // status 'set'
    Result<std::optional<StandardVersion>> latest(qint64 serviceId) const; // highest number, any status
    Result<std::optional<StandardVersion>> inForce(qint64 serviceId, QDate date) const;
    // The same for every service at once, by service id, each with its
    // content (a few statements in all, however many services).
    Result<std::map<qint64, StandardVersion>> inForceByService(QDate date) const;
    Result<std::map<qint64, StandardVersion>> draftsByService() const;

    // Writes a whole version (its row and its lists); returns the new id.
    Result<qint64> insertVersion(const StandardVersion &version, qint64 nowMs) const;
    Status updateContent(qint64 versionId, const StandardContent &content, qint64 nowMs) const;
    Status markSet(qint64 versionId, const Decree &decree, const QString &username, qint64 nowMs) const;
    Status markSuperseded(qint64 versionId, QDate effectiveTo, qint64 nowMs) const;
    Status deleteVersion(qint64 versionId) const;
    Result<int> nextVersionNumber(qint64 serviceId) const;

    const DatabasePtr &db() const { return m_db; }

private:
    Result<std::optional<StandardVersion>> one(const QString &where, const QVariantList &binds) const;
    Result<QList<StandardVersion>> many(const QString &where, const QVariantList &binds, bool withContent) const;
    Status loadContent(StandardVersion &version) const;
    Status loadContents(QList<StandardVersion> &versions) const;
    Result<std::map<qint64, StandardVersion>> byService(const QString &where, const QVariantList &binds) const;
    Status writeLists(qint64 versionId, const StandardContent &content) const;

    DatabasePtr m_db;
};

// Dates as the database keeps them: 'YYYY-MM-DD', NULL when invalid.
QVariant sqlDate(QDate date);
QDate dateFromSql(const QVariant &value);

} // namespace loket
