// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintLook.h"

#include <QLocale>

namespace loket::ui {

ComplaintLook::Urgency ComplaintLook::urgency(const Complaint &c)
{
    if (c.status.state == ComplaintState::Waiting)
        return Urgency::Stopped;
    if (!c.status.nextDue.isValid())
        return Urgency::None;
    if (c.daysLeft < 0)
        return Urgency::Late;
    if (c.daysLeft <= 1)
        return Urgency::Soon;
    return Urgency::Fine;
}

QString ComplaintLook::timeLeft(const Complaint &c)
{
    switch (urgency(c)) {
    case Urgency::Stopped:
        return tr("clock stopped");
    case Urgency::None:
        return QString();
    case Urgency::Late:
        return tr("%n working day(s) late", nullptr, -c.daysLeft);
    case Urgency::Soon:
    case Urgency::Fine:
        return c.daysLeft == 0 ? tr("due today") : tr("%n working day(s) left", nullptr, c.daysLeft);
    }
    return QString();
}

QString ComplaintLook::timeLeftShort(const Complaint &c)
{
    switch (urgency(c)) {
    case Urgency::Stopped:
        return tr("stopped");
    case Urgency::None:
        return QString();
    case Urgency::Late:
        return tr("%n WD late", "working days (hari kerja, HK)", -c.daysLeft);
    case Urgency::Soon:
    case Urgency::Fine:
        return c.daysLeft == 0 ? tr("today") : tr("%n WD left", "working days (hari kerja, HK)", c.daysLeft);
    }
    return QString();
}

QColor ComplaintLook::background(Urgency u)
{
    switch (u) {
    case Urgency::Late: return QColor(0xFD, 0xE2, 0xE1);
    case Urgency::Soon: return QColor(0xFF, 0xF1, 0xCC);
    case Urgency::Fine: return QColor(0xE3, 0xF4, 0xE6);
    case Urgency::Stopped: return QColor(0xEC, 0xEE, 0xF1);
    case Urgency::None: break;
    }
    return QColor();
}

QColor ComplaintLook::foreground(Urgency u)
{
    switch (u) {
    case Urgency::Late: return QColor(0x9B, 0x1C, 0x1C);
    case Urgency::Soon: return QColor(0x7A, 0x4A, 0x00);
    case Urgency::Fine: return QColor(0x1E, 0x5E, 0x2E);
    case Urgency::Stopped: return QColor(0x4A, 0x55, 0x68);
    case Urgency::None: break;
    }
    return QColor();
}

QString ComplaintLook::dayText(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QStringLiteral("–");
}

QString ComplaintLook::timeText(const QDateTime &utc, int offsetSeconds)
{
    if (!utc.isValid())
        return QStringLiteral("–");
    return QLocale().toString(utc.toUTC().addSecs(offsetSeconds), QStringLiteral("d MMM yyyy HH.mm"));
}

} // namespace loket::ui
