// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/reports/MonthlyReportPack.h"

#include "core/auth/AuditLog.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/OfficeService.h"
#include "core/reports/MonthlyReportService.h"
#include "core/storage/SettingsStore.h"
#include "print/reports/MonthlyReportPdf.h"
#include "print/reports/MonthlyReportXlsx.h"

#include <QDir>
#include <QFileInfo>

namespace loket {

MonthlyReportPack::MonthlyReportPack(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString MonthlyReportPack::fileName(QDate month, const QString &extension)
{
    return QStringLiteral("laporan-bulanan-%1.%2").arg(reportMonthCode(month), extension);
}

Result<PackWritten> MonthlyReportPack::write(const Actor &actor, QDate month, const QString &folder) const
{
    const QDir dir(folder);
    if (folder.trimmed().isEmpty() || !dir.exists()) {
        return makeError(ErrorCode::MissingFolder,
                         tr("The folder %1 does not exist, so the monthly report cannot be written there. Create it or "
                            "choose another folder.")
                             .arg(QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath())));
    }
    auto made = MonthlyReportService(m_db, m_clock).month(actor, month);
    if (!made)
        return made.error();
    auto office = OfficeService(m_db, m_clock).get();
    const OfficeProfile profile = office ? office.value() : OfficeProfile {};
    PackWritten w;
    w.month = month;
    w.pdf = dir.absoluteFilePath(fileName(month, QStringLiteral("pdf")));
    w.xlsx = dir.absoluteFilePath(fileName(month, QStringLiteral("xlsx")));
    auto pages = MonthlyReportPdf(profile, made->asOf).write(w.pdf, made.value());
    if (!pages)
        return pages.error();
    w.pages = pages.value();
    if (Status s = MonthlyReportXlsx::write(w.xlsx, made.value(), profile.name); !s)
        return s.error();
    return w;
}

Result<PackWritten> MonthlyReportPack::writeDue(const Actor &actor, const QString &folder) const
{
    const CalendarRepository calendars(m_db);
    auto time = calendars.officeTime();
    if (!time)
        return time.error();
    auto calendar = calendars.load();
    if (!calendar)
        return calendar.error();
    const QDate today = time->localDate(m_clock.nowUtc());
    const QDate first(today.year(), today.month(), 1);
    PackWritten w;
    w.dueFrom = calendar->isWorkingDay(first) ? first : calendar->nextWorkingDay(first);
    if (!w.dueFrom.isValid() || today < w.dueFrom || w.dueFrom.month() != today.month())
        return w; // not yet due this month
    const QDate previous = first.addMonths(-1);
    const SettingsStore settings(m_db);
    if (settings.stringValue(QLatin1String(SettingKey::ReportPackLastMonth)) >= reportMonthCode(previous)) {
        w.alreadyDone = true;
        return w;
    }
    auto written = write(actor, previous, folder);
    if (!written)
        return written;
    if (Status s = settings.setValue(QLatin1String(SettingKey::ReportPackLastMonth), reportMonthCode(previous)); !s)
        return s.error();
    written->dueFrom = w.dueFrom;
    return written;
}

QString MonthlyReportPack::scheduledFolder() const
{
    return SettingsStore(m_db).stringValue(QLatin1String(SettingKey::ReportPackFolder));
}

Status MonthlyReportPack::setScheduledFolder(const Actor &actor, const QString &folder) const
{
    const AuditLog audit(m_db, m_clock);
    if (Status s = audit.require(actor, Permission::ViewReports, QStringLiteral("report.schedule")); !s)
        return s;
    const QString path = folder.trimmed().isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!path.isEmpty() && !QFileInfo(path).isDir()) {
        return makeError(ErrorCode::MissingFolder,
                         tr("The folder %1 does not exist, so the monthly report cannot be written there. Create it or "
                            "choose another folder.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (Status s = SettingsStore(m_db).setValue(QLatin1String(SettingKey::ReportPackFolder), path); !s)
        return s;
    return audit.record(actor, QStringLiteral("report.schedule"), QStringLiteral("setting"),
                        QLatin1String(SettingKey::ReportPackFolder), path);
}

Result<PackWritten> MonthlyReportPack::runSchedule() const
{
    const QString folder = scheduledFolder();
    if (folder.isEmpty())
        return PackWritten {};
    return writeDue(Actor::system(), folder);
}

} // namespace loket
