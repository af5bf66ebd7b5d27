// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/OfficeTime.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <optional>

namespace loket {

class Database;

// The office's day as the queue needs it: which office-local date a UTC
// instant falls on (ticket numbers restart then) and when the office closes.
// Reads only the zone column, not the whole office profile: issuing a ticket
// asks this on every tap of the kiosk.
class OfficeDay
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDay)
public:
    explicit OfficeDay(OfficeTimeZone zone = OfficeTimeZone::WIB);

    // The zone of the `office` row; WIB while the office is not set up.
    static Result<OfficeDay> load(const Database &db);

    const OfficeTime &time() const { return m_time; }
    QDate dayOf(qint64 utcMs) const { return m_time.localDateOfMs(utcMs); }
    qint64 utcMsOf(QDate day, QTime localTime) const { return m_time.utcOf(day, localTime).toMSecsSinceEpoch(); }
    qint64 dayStartUtcMs(QDate day) const { return m_time.dayStartUtcMs(day); }

    // Closing time of `day` from office_hours; none when the office keeps no
    // hours that weekday (then nothing expires before the day is over).
    static Result<std::optional<QTime>> closingTime(const Database &db, QDate day);

private:
    OfficeTime m_time;
};

} // namespace loket
