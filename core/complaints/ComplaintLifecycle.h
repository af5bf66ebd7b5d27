// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/OfficeTime.h"
#include "core/common/WorkingCalendar.h"
#include "core/complaints/Complaint.h"

namespace loket {

// The working days a complaint is given (settings complaints.*; defaults
// after SP4N-LAPOR! and the tiers many offices publish).
struct DeadlinePolicy {
    int verifyDays = 3;
    int firstFollowUpDays = 5;
    int autoCloseDays = 10;
    int ringanDays = 2;
    int normatifDays = 5;
    int tidakBerkadarDays = 14;
    int berkadarDays = 60;
    int settleDays(ComplaintTier tier) const;
};

// The rules of a complaint's life as pure functions: what each state
// allows, and the state and deadlines its events lead to.
//
// Deadlines count working days from the day the complaint counts as
// received (WorkingCalendar::effectiveReceiptDay: after closing time or on a
// closed day, the next working day): verify and first follow-up, and settle
// by the tier. The first verification meets the first; the first note or
// response after it the second; the first response the third. While the
// complaint waits for the complainant the clock stands still: a pause from
// day S to day E (the resumption) adds workingDaysBetween(S, E) to every
// deadline not yet met. After a response the complaint closes by itself
// autoCloseDays working days later, unless something else happens first.
class ComplaintLifecycle {
public:
    ComplaintLifecycle(WorkingCalendar calendar, OfficeTime time, DeadlinePolicy policy);

    // The state and deadlines after `events` (in order; the first is Received).
    ComplaintStatus derive(const QDateTime &receivedAtUtc, ComplaintTier tier, const QList<ComplaintEvent> &events) const;
    // Working days from `today` to `due` (negative when overdue).
    int daysLeft(QDate today, QDate due) const;
    // Whether `due` is at most one working day away (and not past).
    bool dueSoon(QDate today, QDate due) const;
    // The last day counted as "due soon" from `today`.
    QDate dueSoonUntil(QDate today) const;

    static bool canVerify(ComplaintState s) { return s == ComplaintState::Received; }
    static bool canAssign(ComplaintState s) { return isOpen(s) && s != ComplaintState::Received; }
    static bool canNote(ComplaintState s) { return isOpen(s) && s != ComplaintState::Received; }
    static bool canRespond(ComplaintState s)
    {
        return s == ComplaintState::Verified || s == ComplaintState::Assigned || s == ComplaintState::InFollowUp
            || s == ComplaintState::Responded;
    }
    static bool canWait(ComplaintState s)
    {
        return s == ComplaintState::Verified || s == ComplaintState::Assigned || s == ComplaintState::InFollowUp;
    }
    static bool canResume(ComplaintState s) { return s == ComplaintState::Waiting; }
    static bool canClose(ComplaintState s) { return s == ComplaintState::Responded; }
    static bool canReopen(ComplaintState s) { return !isOpen(s); }

    const WorkingCalendar &calendar() const { return m_calendar; }
    const OfficeTime &officeTime() const { return m_time; }
    const DeadlinePolicy &policy() const { return m_policy; }

private:
    WorkingCalendar m_calendar;
    OfficeTime m_time;
    DeadlinePolicy m_policy;
};

} // namespace loket
