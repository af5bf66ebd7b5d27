// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardTargets.h"

#include "core/standards/StandardRepository.h"
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
    // A month of tickets asks for every (service, day): read each service's
    // periods of force once (a few rows), and load each version once, so the
    // cost follows the services, not the days or the history.
    struct Period {
        qint64 versionId = 0;
        QString from, to; // ISO days; `to` empty: open-ended
    };
    struct State {
        QHash<qint64, QList<Period>> periods;                   // by service, oldest version first
        QHash<qint64, std::optional<StandardVersion>> versions; // by version id
        QHash<QPair<qint64, qint64>, std::optional<int>> answers;
    };
    auto state = std::make_shared<State>();
    auto repository = std::make_shared<StandardRepository>(db);
    ServiceTargetFunction table = fallback.value();
    return ServiceTargetFunction([state, repository, table, db](qint64 serviceId, QDate day) -> std::optional<int> {
        const QPair<qint64, qint64> key(serviceId, day.toJulianDay());
        if (auto it = state->answers.constFind(key); it != state->answers.constEnd())
            return *it;
        if (!state->periods.contains(serviceId)) {
            QList<Period> list;
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT id, effective_from, coalesce(effective_to, '') FROM standard_versions "
                                     "WHERE service_id = ? AND status <> 'draft' AND effective_from IS NOT NULL "
                                     "ORDER BY id"));
            q.addBindValue(serviceId);
            if (q.exec()) {
                while (q.next())
                    list << Period { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
            }
            state->periods.insert(serviceId, list);
        }
        // Should periods ever overlap, the newest version wins, as in versionInForce.
        const QString iso = day.toString(Qt::ISODate);
        qint64 versionId = 0;
        for (const Period &p : state->periods.value(serviceId)) {
            if (p.from <= iso && (p.to.isEmpty() || p.to >= iso))
                versionId = p.versionId;
        }
        std::optional<StandardVersion> inForce;
        if (versionId != 0) {
            auto known = state->versions.constFind(versionId);
            if (known == state->versions.constEnd()) {
                std::optional<StandardVersion> loaded;
                if (auto v = repository->versionById(versionId); v && v->has_value())
                    loaded = *v.value();
                known = state->versions.insert(versionId, loaded);
            }
            inForce = *known;
        }
        const std::optional<int> own = table(serviceId, day);
        const ServiceTarget t = ServiceTarget::resolve(own.value_or(0), inForce);
        const std::optional<int> target = t.minutes > 0 ? std::optional<int>(t.minutes) : std::nullopt;
        state->answers.insert(key, target);
        return target;
    });
}

} // namespace loket
