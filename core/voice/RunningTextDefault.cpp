// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voice/RunningTextDefault.h"

#include <QStringList>

namespace loket {

namespace {

const char *const kDays[] = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };
const QString kSeparator = QStringLiteral("  •  ");

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH.mm")); // Indonesian writes 07.30
}

} // namespace

QString indonesianOpeningHours(const WeeklySchedule &hours)
{
    QStringList parts;
    int day = 0;
    while (day < 7) {
        const DayHours &h = hours.days.at(day);
        if (!h.isOpen()) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && hours.days.at(last + 1) == h)
            ++last;
        QString days = QLatin1String(kDays[day]);
        if (last == day + 1)
            days += QStringLiteral(", ") + QLatin1String(kDays[last]);
        else if (last > day)
            days += QStringLiteral("–") + QLatin1String(kDays[last]);
        parts << QStringLiteral("%1 %2–%3").arg(days, hhmm(h.open), hhmm(h.close));
        day = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString defaultRunningText(const QString &officeName, const WeeklySchedule &hours, const QString &maklumatText)
{
    QStringList parts;
    if (!officeName.trimmed().isEmpty())
        parts << QStringLiteral("Selamat datang di %1").arg(officeName.simplified());
    const QString open = indonesianOpeningHours(hours);
    if (!open.isEmpty())
        parts << QStringLiteral("Jam pelayanan: %1").arg(open);
    const QString firstLine = maklumatText.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (!firstLine.isEmpty())
        parts << QStringLiteral("Maklumat Pelayanan: %1").arg(firstLine);
    parts << QStringLiteral("Silakan ambil nomor antrian dan tunggu panggilan");
    return parts.join(kSeparator);
}

} // namespace loket
