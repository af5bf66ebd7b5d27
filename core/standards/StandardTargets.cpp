// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardTargets.h"

#include "core/standards/StandardService.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>

#include <memory>

namespace loket {

QString ServiceTarget::sourceText(bool withPromise) const
{
    if (source == TargetSource::Standard) {
        return decreeNumber.isEmpty() ? tr("from the service standard")
                                      : tr("from the service standard (SK %1)").arg(decreeNumber);
    }
    if (withPromise && standardTime.isSet()) {
        // A standard in working days promises the whole request, not the time at the counter.
        return tr("the service's own target (the standard promises %1)").arg(standardTime.displayText());
    }
    return tr("the service's own target");
}

ServiceTarget ServiceTarget::resolve(int ownMinutes, const std::optional<StandardVersion> &inForce)
{
    ServiceTarget t;
    t.ownMinutes = qMax(0, ownMinutes);
    t.minutes = t.ownMinutes;
    if (inForce) {
        t.decreeNumber = inForce->decreeNumber;
        t.standardTime = inForce->content.serviceTime;
        if (const auto fixed = t.standardTime.fixedMinutes(); fixed && t.standardTime.isSet()) {
            t.minutes = int(*fixed);
            t.source = TargetSource::Standard;
        }
    }
    return t;
}

Result<ServiceTarget> serviceTarget(const DatabasePtr &db, qint64 serviceId, QDate day)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT target_minutes FROM services WHERE id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec())
        return db->sqlError(q.lastError(), ServiceTarget::tr("reading the service's time target"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, ServiceTarget::tr("The service no longer exists."));
    const int own = q.value(0).toInt();
    auto inForce = StandardService(db).versionInForce(serviceId, day);
    if (!inForce)
        return inForce.error();
    return ServiceTarget::resolve(own, inForce.value());
}

Result<ServiceTargetFunction> standardServiceTargets(const DatabasePtr &db)
{
    auto fallback = QueueStatistics(db).serviceTableTargets();
    if (!fallback)
        return fallback.error();
    // A year of tickets asks for the same (service, day) many times: remember answers.
    auto cache = std::make_shared<QHash<QPair<qint64, qint64>, std::optional<int>>>();
    auto service = std::make_shared<StandardService>(db);
    ServiceTargetFunction table = fallback.value();
    return ServiceTargetFunction([cache, service, table](qint64 serviceId, QDate day) -> std::optional<int> {
        const QPair<qint64, qint64> key(serviceId, day.toJulianDay());
        if (auto it = cache->constFind(key); it != cache->constEnd())
            return *it;
        const std::optional<int> own = table(serviceId, day);
        std::optional<StandardVersion> inForce;
        if (auto found = service->versionInForce(serviceId, day))
            inForce = found.value();
        const ServiceTarget t = ServiceTarget::resolve(own.value_or(0), inForce);
        const std::optional<int> target = t.minutes > 0 ? std::optional<int>(t.minutes) : std::nullopt;
        cache->insert(key, target);
        return target;
    });
}

} // namespace loket
