// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsStore.h"

#include "core/storage/SqlText.h"

#include <QSqlQuery>

namespace loket {

SettingsStore::SettingsStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

const QList<SettingDefinition> &SettingsStore::definitions()
{
    static const QList<SettingDefinition> defs = {
        {SettingKey::Language, QStringLiteral("id")},
        {SettingKey::CutiBersamaIsHoliday, true},
        {SettingKey::BackupKeepDaily, 14},
        {SettingKey::BackupKeepMonthly, 12},
        {SettingKey::BackupFolder, QString()},
        {SettingKey::LockoutAttempts, 5},
        {SettingKey::LockoutMinutes, 15},
        {SettingKey::LastAutoBackupDay, QString()},
        {SettingKey::LastHistoryCheckDay, QString()},
        {SettingKey::ReportPackLastMonth, QString()},
        {SettingKey::ReportPackFolder, QString()},
        {SettingKey::AuditChainAnchor, QString()},
        {SettingKey::AuditChainRestoredAt, 0},
        {SettingKey::QueueMaxPriorityInRow, 3},
        {SettingKey::QueueStarvationMinutes, 30},
        {SettingKey::QueueStartOnCall, false},
        {SettingKey::QueueCounterWindows, QString()},
        {SettingKey::StandardsReviewMonths, 12},
        {SettingKey::BoardRunningText, QString()},
        {SettingKey::BoardAnnouncementTemplate, QString()},
        {SettingKey::BoardNumberReading, QStringLiteral("digits")},
        {SettingKey::BoardVoice, true},
        {SettingKey::BoardVoiceStatus, QString()},
        {SettingKey::PrinterKind, QStringLiteral("escpos_device")},
        {SettingKey::PrinterDevice, QStringLiteral("/dev/usb/lp0")},
        {SettingKey::PrinterHost, QString()},
        {SettingKey::PrinterName, QString()},
        {SettingKey::PrinterPaperMm, 80},
        {SettingKey::PrinterQrMode, QStringLiteral("native")},
        {SettingKey::PrinterPdfFolder, QString()},
        {SettingKey::PrinterQrUrlTemplate, QString()},
        {SettingKey::PrinterLastError, QString()},
        {SettingKey::PrinterLastErrorAt, QString()},
        {SettingKey::KioskOpenEarlyMinutes, 0},
        {SettingKey::WalDamage, QString()},
        {SettingKey::UnknownNameFailures, QString()},
        {SettingKey::ComplaintNumberPattern, QStringLiteral("ADU/{YYYY}/{MM}/{NNNN}")},
        {SettingKey::ComplaintVerifyDays, 3},
        {SettingKey::ComplaintFirstFollowUpDays, 5},
        {SettingKey::ComplaintSettleRinganDays, 2},
        {SettingKey::ComplaintSettleNormatifDays, 5},
        {SettingKey::ComplaintSettleTidakBerkadarDays, 14},
        {SettingKey::ComplaintSettleBerkadarDays, 60},
        {SettingKey::ComplaintAutoCloseDays, 10},
        {SettingKey::ComplaintAttachmentMaxKb, 10240},
        {SettingKey::ComplaintChainAnchor, QString()},
        {SettingKey::SuggestionNumberPattern, QStringLiteral("BA/KS/{YYYY}/{MM}/{NN}")},
        {SettingKey::SuggestionReminderDay, 20},
        {SettingKey::SurveyPeriodKind, QStringLiteral("quarter")},
        {SettingKey::SurveyWeighting, QStringLiteral("exact")},
        {SettingKey::SurveyEducationOptions, QStringLiteral(R"(["SD","SMP","SMA","D1-D3","S1","S2","S3"])")},
        {SettingKey::SurveyOccupationOptions,
            QStringLiteral(R"(["PNS","TNI","POLRI","SWASTA","WIRAUSAHA","LAINNYA"])")},
        {SettingKey::SurveyReportTeam, QString()},
        {SettingKey::SurveyReportMethod, QString()},
        {SettingKey::SurveyReportPlace, QString()},
    };
    return defs;
}

bool SettingsStore::isKnown(const QString &key)
{
    for (const SettingDefinition &d : definitions()) {
        if (key == QLatin1String(d.key))
            return true;
    }
    return false;
}

QVariant SettingsStore::value(const QString &key) const
{
    QVariant fallback;
    bool known = false;
    for (const SettingDefinition &d : definitions()) {
        if (key == QLatin1String(d.key)) {
            fallback = d.defaultValue;
            known = true;
            break;
        }
    }
    Q_ASSERT_X(known, "SettingsStore::value", "unknown setting key");
    if (!known)
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    QVariant stored = q.value(0);
    if (fallback.isValid() && stored.canConvert(fallback.metaType()))
        stored.convert(fallback.metaType());
    return stored;
}

Result<std::optional<QString>> SettingsStore::claimDay(const QString &key, const QString &day) const
{
    std::optional<QString> previous;
    Status claimed = m_db->transaction([&]() -> Status {
        const QString held = stringValue(key);
        if (held == day)
            return {};
        previous = held;
        return setValue(key, day);
    });
    if (!claimed)
        return claimed.error();
    return previous;
}

void SettingsStore::unclaimDay(const QString &key, const QString &previous) const
{
    (void)m_db->transaction([&] { return setValue(key, sqlText(previous)); });
}

Status SettingsStore::setValue(const QString &key, const QVariant &value) const
{
    if (!isKnown(key))
        return makeError(ErrorCode::InvalidInput, tr("Unknown setting \"%1\".").arg(key));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    // Never NULL (the column is NOT NULL): an empty text is stored as empty.
    q.addBindValue(value.metaType().id() == QMetaType::Bool ? QString::number(value.toBool() ? 1 : 0)
                                                             : sqlText(value.toString()));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a setting"));
    return {};
}

} // namespace loket
