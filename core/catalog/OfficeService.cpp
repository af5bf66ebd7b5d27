// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/OfficeService.h"
#include "core/common/TextCheck.h"

#include "core/catalog/CalendarRepository.h"
#include "core/catalog/HolidayService.h"
#include "core/storage/SqlText.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

QStringList changedFields(const OfficeProfile &a, const OfficeProfile &b)
{
    QStringList out;
    auto check = [&](bool same, const char *field) {
        if (!same)
            out << QLatin1String(field);
    };
    check(a.name == b.name, "name");
    check(a.parentAgency == b.parentAgency, "parent_agency");
    check(a.address == b.address, "address");
    check(a.city == b.city, "city");
    check(a.province == b.province, "province");
    check(a.postalCode == b.postalCode, "postal_code");
    check(a.phone == b.phone, "phone");
    check(a.email == b.email, "email");
    check(a.website == b.website, "website");
    check(a.headName == b.headName, "head_name");
    check(a.headTitle == b.headTitle, "head_title");
    check(a.headNip == b.headNip, "head_nip");
    check(a.logoPng == b.logoPng, "logo");
    check(a.timeZone == b.timeZone, "time_zone");
    check(a.hours == b.hours, "hours");
    return out;
}

} // namespace

OfficeService::OfficeService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{ }

OfficeProfile OfficeService::normalized(const OfficeProfile &p)
{
    OfficeProfile n = p;
    for (QString *s : { &n.name, &n.parentAgency, &n.address, &n.city, &n.province, &n.postalCode, &n.phone, &n.email,
             &n.website, &n.headName, &n.headTitle }) {
        *s = s->trimmed();
    }
    n.headNip = p.headNip.simplified().remove(QLatin1Char(' '));
    return n;
}

Status OfficeService::validate(const OfficeProfile &raw)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression postalRe(QStringLiteral("^\\d{5}$"));
    static const QRegularExpression nipRe(QStringLiteral("^\\d{18}$"));
    const OfficeProfile p = normalized(raw);
    QStringList problems;
    const std::pair<const QString *, QString> texts[] = { { &p.name, tr("The office name") },
        { &p.parentAgency, tr("The parent agency") }, { &p.city, tr("The city") }, { &p.province, tr("The province") },
        { &p.phone, tr("The telephone number") }, { &p.email, tr("The e-mail address") },
        { &p.website, tr("The website") }, { &p.headName, tr("The name of the head of office") },
        { &p.headTitle, tr("The title of the head of office") } };
    for (const auto &[value, label] : texts) {
        if (Status text = TextCheck::check(*value, label); !text)
            problems << text.error().message;
    }
    if (Status text = TextCheck::check(p.address, tr("The address"), TextCheck::Kind::MultiLine); !text)
        problems << text.error().message;
    if (p.name.isEmpty())
        problems << tr(
            "The office name is empty. Write the name as it appears on letters, e.g. \"Kecamatan Cibinong\".");
    if (!OfficeTime::isValidZone(p.timeZone))
        problems << tr("The time zone is not valid. Choose WIB, WITA or WIT.");
    if (!p.email.isEmpty() && !emailRe.match(p.email).hasMatch())
        problems << tr("\"%1\" is not an e-mail address. Write it like kecamatan@bogorkab.go.id, or leave it empty.")
                        .arg(p.email);
    if (!p.postalCode.isEmpty() && !postalRe.match(p.postalCode).hasMatch())
        problems << tr("The postal code \"%1\" must be 5 digits, or left empty.").arg(p.postalCode);
    if (!p.headNip.isEmpty() && !nipRe.match(p.headNip).hasMatch())
        problems << tr("The NIP of the head of office must have 18 digits (it has %1). Check it, or leave it empty.")
                        .arg(p.headNip.size());
    if (!p.logoPng.isEmpty() && !p.logoPng.startsWith(kPngSignature))
        problems << tr("The logo is not a PNG image. Save it as PNG and choose it again.");
    if (p.logoPng.size() > MaxLogoBytes)
        problems << tr("The logo is %1 KB; the limit is %2 KB. Choose a smaller image.")
                        .arg((p.logoPng.size() + 1023) / 1024)
                        .arg(MaxLogoBytes / 1024);
    static const char *const dayNames[7] = { QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
        QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"), QT_TR_NOOP("Sunday") };
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const DayHours &h = p.hours.day(weekday);
        if (h.open.isValid() != h.close.isValid()) {
            problems << tr("%1 has an opening or a closing time but not both. Give both, or mark the day closed.")
                            .arg(tr(dayNames[weekday - 1]));
        } else if (h.isOpen() && h.open >= h.close) {
            problems << tr("On %1 the opening time %2 is not before the closing time %3.")
                            .arg(tr(dayNames[weekday - 1]), h.open.toString(QStringLiteral("HH:mm")),
                                h.close.toString(QStringLiteral("HH:mm")));
        }
    }
    if (!p.hours.hasOpenDay())
        problems << tr("The office is closed every day of the week. Give the opening hours of at least one day.");
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
}

bool OfficeService::isSetUp() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT 1 FROM office WHERE id = 1")) && q.next();
}

Result<OfficeProfile> OfficeService::get() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT name, parent_agency, address, city, province, postal_code, phone, email, "
                               "website, head_name, head_title, head_nip, logo, time_zone FROM office WHERE id = 1")))
        return m_db->sqlError(q.lastError(), tr("reading the office profile"));
    if (!q.next()) {
        return makeError(ErrorCode::NotFound,
            tr("The office has not been set up yet. Complete the first-run setup, or give its name with "
               "\"loketctl office set --name …\"."));
    }
    OfficeProfile p;
    p.name = q.value(0).toString();
    p.parentAgency = q.value(1).toString();
    p.address = q.value(2).toString();
    p.city = q.value(3).toString();
    p.province = q.value(4).toString();
    p.postalCode = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.website = q.value(8).toString();
    p.headName = q.value(9).toString();
    p.headTitle = q.value(10).toString();
    p.headNip = q.value(11).toString();
    p.logoPng = q.value(12).toByteArray();
    p.timeZone = OfficeTime::zoneFromCode(q.value(13).toString()).value_or(OfficeTimeZone::WIB);
    auto hours = CalendarRepository(m_db).weeklySchedule();
    if (!hours)
        return hours.error();
    p.hours = hours.value();
    return p;
}

Status OfficeService::save(const Actor &actor, const OfficeProfile &profile)
{
    if (Status allowed = m_audit.require(actor, Permission::ManageSettings, QStringLiteral("settings.office"),
            QStringLiteral("office"), QStringLiteral("1"));
        !allowed) {
        return allowed;
    }
    return write(actor, profile, false);
}

Status OfficeService::setupOffice(const OfficeProfile &profile)
{
    if (isSetUp()) {
        return makeError(
            ErrorCode::Conflict, tr("The office is already set up. An administrator can change it in the settings."));
    }
    if (Status valid = validate(profile); !valid)
        return valid;
    // Loaded first: it is idempotent, so a failure here leaves nothing half-done.
    HolidayService holidays(m_db, m_clock);
    if (auto loaded = holidays.loadBundledHolidays(); !loaded)
        return loaded.error();
    return write(Actor::system(), profile, true);
}

Status OfficeService::write(const Actor &actor, const OfficeProfile &raw, bool firstRun)
{
    if (Status valid = validate(raw); !valid)
        return valid;
    const OfficeProfile p = normalized(raw);
    return m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        // Read inside the write lock, so two first runs cannot both create the office.
        std::optional<OfficeProfile> before;
        if (auto old = get(); old.ok())
            before = old.value();
        else if (old.error().code != ErrorCode::NotFound)
            return old.error();
        if (firstRun && before) {
            return makeError(ErrorCode::Conflict,
                tr("The office is already set up. An administrator can change it in the settings."));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO office (id, name, parent_agency, address, city, province, postal_code, phone, email, website, "
            "head_name, head_title, head_nip, logo, time_zone) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_agency = excluded.parent_agency, "
            "address = excluded.address, city = excluded.city, province = excluded.province, "
            "postal_code = excluded.postal_code, phone = excluded.phone, email = excluded.email, "
            "website = excluded.website, head_name = excluded.head_name, head_title = excluded.head_title, "
            "head_nip = excluded.head_nip, logo = excluded.logo, time_zone = excluded.time_zone"));
        for (const QString &s : { p.name, p.parentAgency, p.address, p.city, p.province, p.postalCode, p.phone, p.email,
                 p.website, p.headName, p.headTitle, p.headNip }) {
            q.addBindValue(sqlText(s));
        }
        q.addBindValue(p.logoPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.logoPng));
        q.addBindValue(OfficeTime::zoneCode(p.timeZone));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the office profile"));
        if (!q.exec(QStringLiteral("DELETE FROM office_hours")))
            return m_db->sqlError(q.lastError(), tr("saving the opening hours"));
        q.prepare(QStringLiteral("INSERT INTO office_hours (weekday, open_time, close_time) VALUES (?, ?, ?)"));
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const DayHours &h = p.hours.day(weekday);
            if (!h.isOpen())
                continue;
            q.addBindValue(weekday);
            q.addBindValue(h.open.toString(QStringLiteral("HH:mm")));
            q.addBindValue(h.close.toString(QStringLiteral("HH:mm")));
            if (!q.exec())
                return m_db->sqlError(q.lastError(), tr("saving the opening hours"));
        }
        const QString detail = firstRun ? QStringLiteral("first-run setup")
            : before ? QStringLiteral("changed: ") + changedFields(*before, p).join(QStringLiteral(", "))
                     : QStringLiteral("created");
        return m_audit.record(
            actor, QStringLiteral("settings.office"), QStringLiteral("office"), QStringLiteral("1"), detail);
    });
}

} // namespace loket
