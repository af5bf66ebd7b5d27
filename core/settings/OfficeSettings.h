// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QVariant>

namespace loket {

// The settings a user can change, with the permission check and the audit
// entry that every change needs. Reading needs no permission.
class OfficeSettings {
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)
public:
    explicit OfficeSettings(DatabasePtr db, const Clock &clock = SystemClock::instance());

    QString language() const;                 // "id" or "en"
    Status setLanguage(const Actor &actor, const QString &language);

    // Any key of SettingsStore's table; refused without ManageSettings.
    Status set(const Actor &actor, const QString &key, const QVariant &value);
    QVariant value(const QString &key) const;

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace loket
