// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/OfficeTime.h"
#include "core/common/Result.h"
#include "core/common/WorkingCalendar.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace loket {

// Whether the kiosk issues tickets now, and if not, when it does again.
struct KioskOpening {
    Q_DECLARE_TR_FUNCTIONS(KioskOpening)
public:
    bool open = false;
    QDateTime nowLocal; // the office's wall clock (office offset)
    QDateTime opensAt; // closed: when the kiosk issues again, office-local; invalid when never
    QDateTime closesAt; // open: when it stops today, office-local
    QString holidayName; // closed all day for this listed holiday
    int earlyMinutes = 0; // the kiosk opens this long before the office

    // "Service has closed" or, before opening on a working day, "Service has not opened yet".
    QString title(const QLocale &locale = QLocale()) const;
    // "Opens again Monday, 07.30", "Opens today at 07.30"; empty when open or never.
    QString reopenText(const QLocale &locale = QLocale()) const;
    // Both, as one sentence pair for messages: "Service has closed. Opens again Monday, 07.30."
    QString message(const QLocale &locale = QLocale()) const;
};

// The kiosk follows the office's opening hours and holiday calendar, in the
// office's time zone: it issues from (opening − kiosk.open_early_minutes)
// until closing on working days, and nothing at other times.
class KioskHours
{
    Q_DECLARE_TR_FUNCTIONS(KioskHours)
public:
    static constexpr int maxEarlyMinutes = 120;

    // The rule, from what it is given.
    static KioskOpening at(const WorkingCalendar &calendar, const OfficeTime &zone, int earlyMinutes,
        const QDateTime &nowUtc);
    // The office's calendar, zone and setting, now.
    static Result<KioskOpening> now(const DatabasePtr &db, const Clock &clock = SystemClock::instance());

    static int earlyMinutes(const DatabasePtr &db);
    // 0 … maxEarlyMinutes; ManageSettings, audited.
    static Status setEarlyMinutes(
        const Actor &actor, const DatabasePtr &db, int minutes, const Clock &clock = SystemClock::instance());
};

} // namespace loket
