// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintLifecycle.h"

namespace loket {

int DeadlinePolicy::settleDays(ComplaintTier tier) const
{
    switch (tier) {
    case ComplaintTier::Ringan: return ringanDays;
    case ComplaintTier::Normatif: return normatifDays;
    case ComplaintTier::TidakBerkadarPengawasan: return tidakBerkadarDays;
    case ComplaintTier::BerkadarPengawasan: return berkadarDays;
    }
    return normatifDays;
}

ComplaintLifecycle::ComplaintLifecycle(WorkingCalendar calendar, OfficeTime time, DeadlinePolicy policy)
    : m_calendar(std::move(calendar))
    , m_time(time)
    , m_policy(policy)
{
}

ComplaintStatus ComplaintLifecycle::derive(const QDateTime &receivedAtUtc, ComplaintTier tier,
                                           const QList<ComplaintEvent> &events) const
{
    ComplaintStatus st;
    const QDate receipt = m_calendar.effectiveReceiptDay(m_time.localDateTime(receivedAtUtc));
    const QDate baseVerify = m_calendar.addWorkingDays(receipt, m_policy.verifyDays);
    const QDate baseFollowUp = m_calendar.addWorkingDays(receipt, m_policy.firstFollowUpDays);
    QDate baseSettle = m_calendar.addWorkingDays(receipt, m_policy.settleDays(tier));
    int pausedBeforeSettleBase = 0; // a reopened complaint's settling counts anew from the reopening
    // A deadline met keeps the day it had then; one still open moves with
    // every pause.
    auto meet = [&](Deadline &d, QDate base, const QDateTime &at, int pausedBefore = 0) {
        if (d.met())
            return;
        d.metAt = at;
        d.due = m_calendar.addWorkingDays(base, st.pausedDays - pausedBefore);
    };
    ComplaintState beforeWait = ComplaintState::Verified;
    for (const ComplaintEvent &e : events) {
        const QDateTime at = e.at;
        switch (e.kind) {
        case ComplaintEventKind::Received:
        case ComplaintEventKind::Attached:
            break;
        case ComplaintEventKind::Verified: {
            meet(st.verify, baseVerify, at);
            const auto outcome = verifyOutcomeFromCode(e.detail.value(QStringLiteral("outcome")).toString())
                                     .value_or(VerifyOutcome::Complete);
            switch (outcome) {
            case VerifyOutcome::Complete:
                st.state = ComplaintState::Verified;
                break;
            case VerifyOutcome::Incomplete:
                beforeWait = ComplaintState::Verified;
                st.state = ComplaintState::Waiting;
                st.pausedSince = m_time.localDate(at);
                break;
            case VerifyOutcome::NotOurAuthority:
                st.state = ComplaintState::Forwarded;
                st.closedAt = at;
                st.closedHow = QStringLiteral("forwarded");
                break;
            case VerifyOutcome::Archived:
                st.state = ComplaintState::Archived;
                st.closedAt = at;
                st.closedHow = QStringLiteral("archived");
                break;
            }
            break;
        }
        case ComplaintEventKind::Assigned:
            st.assigneeId = e.detail.value(QStringLiteral("assignee_id")).toInteger();
            if (st.state == ComplaintState::Verified)
                st.state = ComplaintState::Assigned;
            else if (st.state == ComplaintState::Waiting && beforeWait == ComplaintState::Verified)
                beforeWait = ComplaintState::Assigned;
            break;
        case ComplaintEventKind::Note:
            if (st.state != ComplaintState::Received)
                meet(st.firstFollowUp, baseFollowUp, at);
            if (st.state == ComplaintState::Assigned || st.state == ComplaintState::Verified)
                st.state = ComplaintState::InFollowUp;
            else if (st.state == ComplaintState::Waiting
                     && (beforeWait == ComplaintState::Assigned || beforeWait == ComplaintState::Verified))
                beforeWait = ComplaintState::InFollowUp;
            break;
        case ComplaintEventKind::Responded:
            meet(st.firstFollowUp, baseFollowUp, at);
            meet(st.settle, baseSettle, at, pausedBeforeSettleBase);
            st.respondedAt = at;
            st.state = ComplaintState::Responded;
            st.autoCloseDue = m_calendar.addWorkingDays(m_time.localDateTime(at), m_policy.autoCloseDays);
            break;
        case ComplaintEventKind::Waiting:
            beforeWait = st.state;
            st.state = ComplaintState::Waiting;
            st.pausedSince = m_time.localDate(at);
            break;
        case ComplaintEventKind::Resumed:
            if (st.pausedSince.isValid())
                st.pausedDays += std::max(0, m_calendar.workingDaysBetween(st.pausedSince, m_time.localDate(at)));
            st.pausedSince = {};
            st.state = beforeWait;
            break;
        case ComplaintEventKind::Closed:
            st.state = ComplaintState::Closed;
            st.closedAt = at;
            st.closedHow = e.detail.value(QStringLiteral("how")).toString(QStringLiteral("resolved"));
            st.autoCloseDue = {};
            break;
        case ComplaintEventKind::Reopened:
            st.state = st.assigneeId > 0 ? ComplaintState::InFollowUp : ComplaintState::Verified;
            // It must be settled again: the tier's days from the reopening.
            st.settle = Deadline {};
            baseSettle = m_calendar.addWorkingDays(m_time.localDateTime(at), m_policy.settleDays(tier));
            pausedBeforeSettleBase = st.pausedDays;
            st.closedAt = {};
            st.closedHow.clear();
            st.autoCloseDue = {};
            st.respondedAt = {};
            break;
        }
    }
    if (!st.verify.met())
        st.verify.due = m_calendar.addWorkingDays(baseVerify, st.pausedDays);
    if (!st.firstFollowUp.met())
        st.firstFollowUp.due = m_calendar.addWorkingDays(baseFollowUp, st.pausedDays);
    if (!st.settle.met())
        st.settle.due = m_calendar.addWorkingDays(baseSettle, st.pausedDays - pausedBeforeSettleBase);
    if (st.state != ComplaintState::Responded)
        st.autoCloseDue = {};
    // The earliest deadline the team still has to meet.
    if (isOpen(st.state) && st.state != ComplaintState::Waiting) {
        for (const Deadline *d : {&st.verify, &st.firstFollowUp, &st.settle}) {
            if (!d->met() && d->due.isValid() && (!st.nextDue.isValid() || d->due < st.nextDue))
                st.nextDue = d->due;
        }
    }
    return st;
}

int ComplaintLifecycle::daysLeft(QDate today, QDate due) const
{
    if (!due.isValid() || !today.isValid())
        return 0;
    return m_calendar.workingDaysBetween(today, due);
}

QDate ComplaintLifecycle::dueSoonUntil(QDate today) const
{
    return m_calendar.addWorkingDays(today, 1);
}

bool ComplaintLifecycle::dueSoon(QDate today, QDate due) const
{
    return due.isValid() && due >= today && due <= dueSoonUntil(today);
}

} // namespace loket
