// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/HistoryCheck.h"

#include "core/auth/Actor.h"
#include "core/complaints/ComplaintService.h"
#include "core/storage/AuditChain.h"
#include "core/storage/SettingsStore.h"

namespace loket {

Result<HistoryCheck> HistoryChecks::runIfDue(const DatabasePtr &db, const Clock &clock, QDate officeLocalDate,
                                             bool includeAuditLog)
{
    HistoryCheck out;
    if (!db || !officeLocalDate.isValid())
        return out;
    const SettingsStore settings(db);
    const QString key = QLatin1String(SettingKey::LastHistoryCheckDay);
    auto claimed = settings.claimDay(key, officeLocalDate.toString(Qt::ISODate));
    if (!claimed)
        return claimed.error();
    if (!claimed->has_value())
        return out;
    out.made = true;
    const QString previous = claimed->value();
    auto unclaim = [&] { settings.unclaimDay(key, previous); };
    if (includeAuditLog) {
        auto audit = verifyAuditChain(*db);
        if (!audit) {
            unclaim();
            return audit.error();
        }
        out.auditLog = audit.value();
    }
    auto complaints = ComplaintService(db, clock).verifyChain(Actor::system());
    if (!complaints) {
        unclaim();
        return complaints.error();
    }
    out.complaints = complaints.value();
    return out;
}

} // namespace loket
