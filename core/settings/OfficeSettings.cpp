// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/OfficeSettings.h"

#include "core/auth/AuditLog.h"
#include "core/storage/SettingsStore.h"

namespace loket {

OfficeSettings::OfficeSettings(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString OfficeSettings::language() const
{
    const QString lang = SettingsStore(m_db).stringValue(QLatin1String(SettingKey::Language));
    return lang == QLatin1String("en") ? lang : QStringLiteral("id");
}

Status OfficeSettings::setLanguage(const Actor &actor, const QString &language)
{
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        return makeError(ErrorCode::InvalidInput,
                         tr("Unknown language \"%1\": choose id (Indonesian) or en (English).").arg(language));
    return set(actor, QLatin1String(SettingKey::Language), language);
}

Status OfficeSettings::set(const Actor &actor, const QString &key, const QVariant &value)
{
    AuditLog audit(m_db, m_clock);
    if (Status allowed = audit.require(actor, Permission::ManageSettings, QStringLiteral("settings.change"),
                                       QStringLiteral("setting"), key);
        !allowed)
        return allowed;
    if (Status saved = SettingsStore(m_db).setValue(key, value); !saved)
        return saved;
    return audit.record(actor, QStringLiteral("settings.change"), QStringLiteral("setting"), key, value.toString());
}

QVariant OfficeSettings::value(const QString &key) const
{
    return SettingsStore(m_db).value(key);
}

} // namespace loket
