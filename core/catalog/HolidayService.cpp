// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/HolidayService.h"
#include "core/auth/AuditText.h"

#include "core/catalog/CalendarRepository.h"
#include "core/common/HolidayCsv.h"
#include "core/common/TextCheck.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlText.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <mutex>

// The resource lives in a static library: nothing would pull its object file
// into the program unless this reference does (and it must be outside any namespace).
static void initCatalogResources()
{
    Q_INIT_RESOURCE(catalog);
}

namespace loket {

namespace {

constexpr char kBundledPath[] = ":/loket/holidays/holidays-2026.csv";
constexpr int kMaxNameLength = 200;

} // namespace

HolidayService::HolidayService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_audit(m_db, clock)
{ }

QByteArray HolidayService::bundledCsv()
{
    static std::once_flag once;
    std::call_once(once, initCatalogResources);
    QFile f(QString::fromLatin1(kBundledPath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<QList<Holiday>> HolidayService::list(int year) const
{
    return CalendarRepository(m_db).holidays(year);
}

Status HolidayService::add(const Actor &actor, const Holiday &raw)
{
    const QString id = raw.date.toString(Qt::ISODate);
    if (Status allowed = m_audit.require(
            actor, Permission::ManageSettings, QStringLiteral("holiday.add"), QStringLiteral("holiday"), id);
        !allowed) {
        return allowed;
    }
    Holiday h = raw;
    h.name = h.name.simplified();
    if (!h.date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The holiday has no valid date. Give it as YYYY-MM-DD."));
    if (Status text = TextCheck::check(h.name, tr("The holiday name")); !text)
        return text;
    if (h.name.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("The holiday has no name. Write its name, e.g. \"Hari Raya Natal\"."));
    if (h.name.size() > kMaxNameLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The holiday name is longer than %1 characters. Shorten it.").arg(kMaxNameLength));
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT name FROM holidays WHERE date = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding a holiday"));
        if (q.next()) {
            return makeError(ErrorCode::Conflict,
                tr("%1 is already a holiday (\"%2\"). Remove it first to replace it.").arg(id, q.value(0).toString()));
        }
        q.prepare(QStringLiteral("INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(holidayKindCode(h.kind));
        q.addBindValue(sqlText(h.name));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("adding a holiday"));
        return m_audit.record(actor, QStringLiteral("holiday.add"), QStringLiteral("holiday"), id,
            holidayKindCode(h.kind) + QLatin1Char(' ') + h.name);
    });
}

Status HolidayService::remove(const Actor &actor, QDate date)
{
    const QString id = date.toString(Qt::ISODate);
    if (Status allowed = m_audit.require(
            actor, Permission::ManageSettings, QStringLiteral("holiday.remove"), QStringLiteral("holiday"), id);
        !allowed) {
        return allowed;
    }
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT kind, name FROM holidays WHERE date = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("removing a holiday"));
        if (!q.next()) {
            return makeError(
                ErrorCode::NotFound, tr("%1 is not in the holiday list, so there is nothing to remove.").arg(id));
        }
        const QString detail = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        q.prepare(QStringLiteral("DELETE FROM holidays WHERE date = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("removing a holiday"));
        return m_audit.record(actor, QStringLiteral("holiday.remove"), QStringLiteral("holiday"), id, detail);
    });
}

Result<HolidayImportSummary> HolidayService::importCsv(const Actor &actor, const QByteArray &csvUtf8)
{
    if (Status allowed = m_audit.require(
            actor, Permission::ManageSettings, QStringLiteral("holiday.import"), QStringLiteral("holiday"));
        !allowed) {
        return allowed.error();
    }
    auto parsed = HolidayCsv::parse(csvUtf8);
    if (!parsed) {
        (void)m_audit.record(actor, QStringLiteral("holiday.import"), QStringLiteral("holiday"), {},
            auditDetail(QStringLiteral("holiday.file_refused")), QStringLiteral("failed"));
        return parsed.error();
    }
    if (parsed->isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The holiday file lists no holiday under its header line. Nothing was imported."));
    }
    return store(actor, parsed.value(), QStringLiteral("CSV file"));
}

Result<HolidayImportSummary> HolidayService::importHolidays(const Actor &actor, const QList<Holiday> &holidays)
{
    if (Status allowed = m_audit.require(
            actor, Permission::ManageSettings, QStringLiteral("holiday.import"), QStringLiteral("holiday"));
        !allowed) {
        return allowed.error();
    }
    // The same checks as a file, so both ways in accept the same lists.
    auto checked = HolidayCsv::parse(HolidayCsv::write(holidays));
    if (!checked)
        return checked.error();
    return store(actor, checked.value(), QStringLiteral("list"));
}

Result<HolidayImportSummary> HolidayService::store(
    const Actor &actor, const QList<Holiday> &holidays, const QString &detail)
{
    HolidayImportSummary summary;
    Status st = m_db->transaction([&]() -> Status {
        QSqlQuery find(m_db->connection());
        find.prepare(QStringLiteral("SELECT kind, name FROM holidays WHERE date = ?"));
        QSqlQuery write(m_db->connection());
        write.prepare(QStringLiteral("INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?) "
                                     "ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name"));
        for (const Holiday &h : holidays) {
            const QString date = h.date.toString(Qt::ISODate);
            const QString kind = holidayKindCode(h.kind);
            find.addBindValue(date);
            if (!find.exec())
                return m_db->sqlError(find.lastError(), tr("importing holidays"));
            const bool stored = find.next();
            const bool same = stored && find.value(0).toString() == kind && find.value(1).toString() == h.name;
            find.finish();
            if (same) {
                ++summary.unchanged;
                continue;
            }
            ++(stored ? summary.updated : summary.added);
            write.addBindValue(date);
            write.addBindValue(kind);
            write.addBindValue(sqlText(h.name));
            if (!write.exec())
                return m_db->sqlError(write.lastError(), tr("importing holidays"));
        }
        return m_audit.record(actor, QStringLiteral("holiday.import"), QStringLiteral("holiday"), {},
            QStringLiteral("%1: %2 added, %3 updated, %4 unchanged")
                .arg(detail)
                .arg(summary.added)
                .arg(summary.updated)
                .arg(summary.unchanged));
    });
    if (!st)
        return st.error();
    return summary;
}

Result<QString> HolidayService::exportCsv(int year) const
{
    auto all = list(year);
    if (!all)
        return all.error();
    return HolidayCsv::write(all.value());
}

Result<int> HolidayService::loadBundledHolidays()
{
    const QByteArray bytes = bundledCsv();
    auto parsed = HolidayCsv::parse(bytes);
    if (bytes.isEmpty() || !parsed) {
        return makeError(ErrorCode::Io,
            tr("The holiday list shipped with Loket cannot be read; this installation is damaged. "
               "Reinstall Loket, or import the list with \"loketctl holiday import\"."));
    }
    int imported = 0;
    Status st = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        // Checked inside the write lock: two first runs must not both import.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM holidays")) || !q.next())
            return m_db->sqlError(q.lastError(), tr("loading the holiday list"));
        if (q.value(0).toInt() > 0)
            return {};
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?)"));
        for (const Holiday &h : parsed.value()) {
            q.addBindValue(h.date.toString(Qt::ISODate));
            q.addBindValue(holidayKindCode(h.kind));
            q.addBindValue(sqlText(h.name));
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("loading the holiday list"));
            ++imported;
        }
        return m_audit.record(Actor::system(), QStringLiteral("holiday.import"), QStringLiteral("holiday"), {},
            auditDetail(QStringLiteral("holiday.bundled"), {{QStringLiteral("count"), imported}}));
    });
    if (!st)
        return st.error();
    return imported;
}

bool HolidayService::cutiBersamaIsHoliday() const
{
    return SettingsStore(m_db).boolValue(QLatin1String(SettingKey::CutiBersamaIsHoliday));
}

Status HolidayService::setCutiBersamaIsHoliday(const Actor &actor, bool closed)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("settings.calendar"),
            QStringLiteral("setting"), QLatin1String(SettingKey::CutiBersamaIsHoliday));
        !allowed) {
        return allowed;
    }
    return m_db->transaction([&]() -> Status {
        if (Status st = SettingsStore(m_db).setValue(QLatin1String(SettingKey::CutiBersamaIsHoliday), closed); !st)
            return st;
        return m_audit.record(actor, QStringLiteral("settings.calendar"), QStringLiteral("setting"),
            QLatin1String(SettingKey::CutiBersamaIsHoliday),
            auditDetail(closed ? QStringLiteral("calendar.cuti_closed") : QStringLiteral("calendar.cuti_open")));
    });
}

} // namespace loket
