// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardTargets.h"

#include "core/standards/StandardService.h"

#include <QHash>
#include <QPair>

#include <memory>

namespace loket {

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
        std::optional<int> target = table(serviceId, day);
        auto inForce = service->versionInForce(serviceId, day);
        if (inForce && inForce->has_value()) {
            if (auto minutes = (*inForce)->content.serviceTime.fixedMinutes())
                target = int(*minutes);
        }
        cache->insert(key, target);
        return target;
    });
}

} // namespace loket
