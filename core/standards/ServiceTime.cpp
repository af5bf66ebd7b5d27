// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/ServiceTime.h"

#include <QCoreApplication>

namespace loket {

QString timeUnitCode(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minutes:
        return QStringLiteral("minutes");
    case TimeUnit::Hours:
        return QStringLiteral("hours");
    case TimeUnit::WorkingDays:
        return QStringLiteral("working_days");
    }
    return {};
}

std::optional<TimeUnit> timeUnitFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (TimeUnit u : { TimeUnit::Minutes, TimeUnit::Hours, TimeUnit::WorkingDays }) {
        if (timeUnitCode(u) == c)
            return u;
    }
    return std::nullopt;
}

std::optional<qint64> ServiceTime::fixedMinutes() const
{
    switch (unit) {
    case TimeUnit::Minutes:
        return qint64(amount);
    case TimeUnit::Hours:
        return qint64(amount) * 60;
    case TimeUnit::WorkingDays:
        return std::nullopt;
    }
    return std::nullopt;
}

QDateTime ServiceTime::deadline(const QDateTime &localReceivedAt, const WorkingDays &calendar) const
{
    if (!isSet() || !localReceivedAt.isValid())
        return {};
    if (const auto minutes = fixedMinutes())
        return localReceivedAt.addSecs(*minutes * 60);
    const QDate due = calendar.addWorkingDays(localReceivedAt, amount);
    if (!due.isValid())
        return {};
    // Done "within N working days" means by the end of that day.
    QDateTime end = localReceivedAt;
    end.setDate(due);
    end.setTime(QTime(23, 59, 59, 999));
    return end;
}

std::optional<qint64> ServiceTime::targetMinutes(const QDateTime &localReceivedAt, const WorkingDays &calendar) const
{
    const QDateTime end = deadline(localReceivedAt, calendar);
    if (!end.isValid())
        return std::nullopt;
    return (localReceivedAt.msecsTo(end) + 59999) / 60000;
}

QString ServiceTime::displayText() const
{
    switch (unit) {
    case TimeUnit::Minutes:
        return QCoreApplication::translate("loket", "%n minute(s)", nullptr, amount);
    case TimeUnit::Hours:
        return QCoreApplication::translate("loket", "%n hour(s)", nullptr, amount);
    case TimeUnit::WorkingDays:
        return QCoreApplication::translate("loket", "%n working day(s)", nullptr, amount);
    }
    return {};
}

} // namespace loket
