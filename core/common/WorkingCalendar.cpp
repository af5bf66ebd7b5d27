// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/WorkingCalendar.h"

#include <QRegularExpression>

namespace loket {

namespace {

// Beyond ten years without a working day the schedule must be empty.
constexpr int kSearchLimitDays = 3660;

const char *const kDayCodes[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
// Indonesian abbreviations are accepted too: Senin … Minggu.
const char *const kDayCodesId[7] = { "sen", "sel", "rab", "kam", "jum", "sab", "min" };

int weekdayFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower().left(3);
    for (int i = 0; i < 7; ++i) {
        if (c == QLatin1String(kDayCodes[i]) || c == QLatin1String(kDayCodesId[i]))
            return i + 1;
    }
    return 0;
}

QTime parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace

QString holidayKindCode(HolidayKind kind)
{
    switch (kind) {
    case HolidayKind::LiburNasional:
        return QStringLiteral("libur_nasional");
    case HolidayKind::CutiBersama:
        return QStringLiteral("cuti_bersama");
    case HolidayKind::LiburLokal:
        return QStringLiteral("libur_lokal");
    }
    return {};
}

std::optional<HolidayKind> holidayKindFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (HolidayKind k : { HolidayKind::LiburNasional, HolidayKind::CutiBersama, HolidayKind::LiburLokal }) {
        if (holidayKindCode(k) == c)
            return k;
    }
    return std::nullopt;
}

QString holidayKindDisplayName(HolidayKind kind)
{
    switch (kind) {
    case HolidayKind::LiburNasional:
        return QCoreApplication::translate("loket", "National holiday");
    case HolidayKind::CutiBersama:
        return QCoreApplication::translate("loket", "Cuti bersama");
    case HolidayKind::LiburLokal:
        return QCoreApplication::translate("loket", "Local closure");
    }
    return {};
}

bool WeeklySchedule::hasOpenDay() const
{
    for (const DayHours &d : days) {
        if (d.isOpen())
            return true;
    }
    return false;
}

WorkingCalendar::WorkingCalendar()
    : m_schedule(defaultSchedule())
{ }

WorkingCalendar::WorkingCalendar(WeeklySchedule schedule, const QList<Holiday> &holidays, bool cutiBersamaIsHoliday)
    : m_schedule(std::move(schedule))
    , m_cutiBersamaIsHoliday(cutiBersamaIsHoliday)
{
    setHolidays(holidays);
}

WeeklySchedule WorkingCalendar::defaultSchedule()
{
    WeeklySchedule s;
    for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday)
        s.day(weekday) = DayHours { QTime(7, 30), QTime(16, 0) };
    return s;
}

Result<WeeklySchedule> WorkingCalendar::parseSchedule(const QString &text)
{
    static const QRegularExpression entryRe(
        QStringLiteral("^([A-Za-z]+)(?:\\s*-\\s*([A-Za-z]+))?\\s+(\\S+)\\s*-\\s*(\\S+)$"));
    WeeklySchedule s;
    std::array<bool, 7> seen {};
    const QStringList entries = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const auto m = entryRe.match(entry);
        if (!m.hasMatch()) {
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\" is not an opening-hours entry. Write days and times like "
                   "\"mon-fri 07:30-16:00\" or \"sat 08:00-12:00\".")
                    .arg(entry));
        }
        const int first = weekdayFromCode(m.captured(1));
        const int last = m.captured(2).isEmpty() ? first : weekdayFromCode(m.captured(2));
        if (first == 0 || last == 0) {
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\" names an unknown day. Use mon, tue, wed, thu, fri, sat, sun.").arg(entry));
        }
        if (last < first) {
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\": the day range must run forward within one week (e.g. mon-fri).").arg(entry));
        }
        const QTime open = parseClock(m.captured(3));
        const QTime close = parseClock(m.captured(4));
        if (!open.isValid() || !close.isValid()) {
            return makeError(
                ErrorCode::InvalidInput, tr("\"%1\": times must be written HH:MM, e.g. 07:30.").arg(entry));
        }
        if (open >= close) {
            return makeError(
                ErrorCode::InvalidInput, tr("\"%1\": the opening time must be before the closing time.").arg(entry));
        }
        for (int weekday = first; weekday <= last; ++weekday) {
            if (seen.at(weekday - 1)) {
                return makeError(ErrorCode::InvalidInput,
                    tr("\"%1\": %2 is given twice. Name each day once.")
                        .arg(entry, QLatin1String(kDayCodes[weekday - 1])));
            }
            seen.at(weekday - 1) = true;
            s.day(weekday) = DayHours { open, close };
        }
    }
    if (!s.hasOpenDay()) {
        return makeError(
            ErrorCode::InvalidInput, tr("The opening hours name no open day. Write e.g. \"mon-fri 07:30-16:00\"."));
    }
    return s;
}

QString WorkingCalendar::formatSchedule(const WeeklySchedule &schedule)
{
    QStringList parts;
    int weekday = 1;
    while (weekday <= 7) {
        const DayHours hours = schedule.day(weekday);
        if (!hours.isOpen()) {
            ++weekday;
            continue;
        }
        int last = weekday;
        while (last < 7 && schedule.day(last + 1) == hours)
            ++last;
        QString days = QLatin1String(kDayCodes[weekday - 1]);
        if (last > weekday)
            days += QLatin1Char('-') + QLatin1String(kDayCodes[last - 1]);
        parts << days + QLatin1Char(' ') + hours.open.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                + hours.close.toString(QStringLiteral("HH:mm"));
        weekday = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

void WorkingCalendar::setHolidays(const QList<Holiday> &holidays)
{
    m_holidays.clear();
    for (const Holiday &h : holidays)
        m_holidays.insert(h.date, h);
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid() || !m_schedule.day(date.dayOfWeek()).isOpen())
        return false;
    const auto it = m_holidays.constFind(date);
    if (it == m_holidays.cend())
        return true;
    return it->kind == HolidayKind::CutiBersama && !m_cutiBersamaIsHoliday;
}

std::optional<Holiday> WorkingCalendar::holiday(QDate date) const
{
    const auto it = m_holidays.constFind(date);
    if (it == m_holidays.cend())
        return std::nullopt;
    return *it;
}

QString WorkingCalendar::holidayName(QDate date) const
{
    const auto it = m_holidays.constFind(date);
    return it == m_holidays.cend() ? QString() : it->name;
}

DayHours WorkingCalendar::hoursOn(QDate date) const
{
    return isWorkingDay(date) ? m_schedule.day(date.dayOfWeek()) : DayHours {};
}

QDate WorkingCalendar::step(QDate date, int direction) const
{
    if (!date.isValid() || !m_schedule.hasOpenDay())
        return {};
    QDate d = date;
    for (int i = 0; i < kSearchLimitDays; ++i) {
        d = d.addDays(direction);
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

QDate WorkingCalendar::nextWorkingDay(QDate date) const
{
    return step(date, 1);
}

QDate WorkingCalendar::previousWorkingDay(QDate date) const
{
    return step(date, -1);
}

QDate WorkingCalendar::addWorkingDays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    const int direction = n < 0 ? -1 : 1;
    QDate d = date;
    for (int remaining = n < 0 ? -n : n; remaining > 0; --remaining) {
        d = step(d, direction);
        if (!d.isValid())
            return {};
    }
    return d;
}

QDate WorkingCalendar::effectiveReceiptDay(const QDateTime &localReceivedAt) const
{
    if (!localReceivedAt.isValid())
        return {};
    const QDate date = localReceivedAt.date();
    if (isWorkingDay(date) && localReceivedAt.time() < m_schedule.day(date.dayOfWeek()).close)
        return date;
    return nextWorkingDay(date);
}

QDate WorkingCalendar::addWorkingDays(const QDateTime &localReceivedAt, int n) const
{
    return addWorkingDays(effectiveReceiptDay(localReceivedAt), n);
}

int WorkingCalendar::workingDaysBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingDaysBetween(b, a);
    int count = 0;
    for (QDate d = a.addDays(1); d <= b; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

} // namespace loket
