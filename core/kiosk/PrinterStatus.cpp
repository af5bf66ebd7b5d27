// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PrinterStatus.h"

#include "core/storage/SettingsStore.h"

namespace loket {

QString PrinterStatus::publicMessage()
{
    return tr("The ticket could not be printed, please note your number.");
}

QString PrinterStatus::publicBanner()
{
    return tr("Tickets cannot be printed at the moment: please note your number on the screen. Staff have been "
              "told.");
}

Status PrinterStatus::recordFailure(const DatabasePtr &db, const QString &detail, const Clock &clock)
{
    SettingsStore settings(db);
    const QString text = detail.trimmed();
    if (settings.stringValue(QLatin1String(SettingKey::PrinterLastError)) == text)
        return {};
    // The time first: a reader never sees a new detail with an old time.
    if (Status s = settings.setValue(
            QLatin1String(SettingKey::PrinterLastErrorAt), clock.nowUtc().toString(Qt::ISODateWithMs));
        !s)
        return s;
    return settings.setValue(QLatin1String(SettingKey::PrinterLastError), text);
}

Status PrinterStatus::recordSuccess(const DatabasePtr &db)
{
    SettingsStore settings(db);
    if (settings.stringValue(QLatin1String(SettingKey::PrinterLastError)).isEmpty())
        return {};
    return settings.setValue(QLatin1String(SettingKey::PrinterLastError), QStringLiteral("")); // not a null QString: the column is NOT NULL
}

std::optional<PrinterProblem> PrinterStatus::lastProblem(const DatabasePtr &db)
{
    SettingsStore settings(db);
    const QString detail = settings.stringValue(QLatin1String(SettingKey::PrinterLastError));
    if (detail.isEmpty())
        return std::nullopt;
    // Stored with its "Z": read back as UTC.
    const QDateTime at = QDateTime::fromString(
        settings.stringValue(QLatin1String(SettingKey::PrinterLastErrorAt)), Qt::ISODateWithMs);
    return PrinterProblem { detail, at };
}

} // namespace loket
