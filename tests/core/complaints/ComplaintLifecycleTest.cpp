// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines in working days, with the 2026 holidays, closing time and pauses.
#include "core/catalog/HolidayService.h"
#include "core/common/HolidayCsv.h"
#include "core/complaints/ComplaintLifecycle.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

WorkingCalendar calendar2026()
{
    auto parsed = HolidayCsv::parse(HolidayService::bundledCsv());
    REQUIRE(parsed.ok());
    return WorkingCalendar(WorkingCalendar::defaultSchedule(), parsed.value());
}

QDateTime wib(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt::UTC).addSecs(-7 * 3600);
}

ComplaintEvent event(ComplaintEventKind kind, const QDateTime &at, QJsonObject detail = {})
{
    ComplaintEvent e;
    e.kind = kind;
    e.at = at;
    e.detail = std::move(detail);
    return e;
}

} // namespace

TEST_CASE("a complaint's deadlines count working days from the day it counts as received", "[complaints][deadlines]")
{
    const ComplaintLifecycle life(calendar2026(), OfficeTime(OfficeTimeZone::WIB), DeadlinePolicy {});
    const QList<ComplaintEvent> received {event(ComplaintEventKind::Received, wib(2026, 11, 23, 10, 0))};

    SECTION("Monday morning: verify by Thursday, first follow-up and settling (normatif) by the next Monday")
    {
        const ComplaintStatus s = life.derive(wib(2026, 11, 23, 10, 0), ComplaintTier::Normatif, received);
        CHECK(s.state == ComplaintState::Received);
        CHECK(s.verify.due == QDate(2026, 11, 26));
        CHECK(s.firstFollowUp.due == QDate(2026, 11, 30));
        CHECK(s.settle.due == QDate(2026, 11, 30));
        CHECK(s.nextDue == QDate(2026, 11, 26));
    }
    SECTION("the tier sets the settling days: ringan 2, berkadar pengawasan 60")
    {
        CHECK(life.derive(wib(2026, 11, 23, 10, 0), ComplaintTier::Ringan, received).settle.due == QDate(2026, 11, 25));
        CHECK(life.derive(wib(2026, 11, 23, 10, 0), ComplaintTier::TidakBerkadarPengawasan, received).settle.due
              == QDate(2026, 12, 11));
        // 60 working days from 23 November 2026 skip Christmas (24, 25 Dec) and New Year.
        CHECK(life.derive(wib(2026, 11, 23, 10, 0), ComplaintTier::BerkadarPengawasan, received).settle.due
              == calendar2026().addWorkingDays(QDate(2026, 11, 23), 60));
    }
    SECTION("after closing time it counts from the next working day")
    {
        const ComplaintStatus s = life.derive(wib(2026, 11, 23, 16, 30), ComplaintTier::Normatif, received);
        CHECK(s.verify.due == QDate(2026, 11, 27));
    }
    SECTION("a letter opened on a holiday counts from the next working day")
    {
        // Christmas Eve (cuti bersama) and Christmas: it counts from Monday 28 December.
        const ComplaintStatus s = life.derive(wib(2026, 12, 24, 9, 0), ComplaintTier::Normatif, received);
        CHECK(s.verify.due == QDate(2026, 12, 31));
    }
}

TEST_CASE("waiting for the complainant across the 2026 Idul Fitri holidays moves every open deadline",
          "[complaints][deadlines]")
{
    const ComplaintLifecycle life(calendar2026(), OfficeTime(OfficeTimeZone::WIB), DeadlinePolicy {});
    const QDateTime received = wib(2026, 3, 16, 10, 0);
    QList<ComplaintEvent> events {event(ComplaintEventKind::Received, received)};
    // Before: verify by 26 March (17, 25, 26: Nyepi and Idul Fitri close the office 18–24 March).
    ComplaintStatus s = life.derive(received, ComplaintTier::Normatif, events);
    CHECK(s.verify.due == QDate(2026, 3, 26));
    CHECK(s.firstFollowUp.due == QDate(2026, 3, 30));

    // Incomplete at verification: the clock stops on 16 March.
    events << event(ComplaintEventKind::Verified, wib(2026, 3, 16, 11, 0),
                    QJsonObject {{QStringLiteral("outcome"), QStringLiteral("incomplete")}});
    s = life.derive(received, ComplaintTier::Normatif, events);
    CHECK(s.state == ComplaintState::Waiting);
    CHECK(s.verify.met());
    CHECK(s.verify.due == QDate(2026, 3, 26));
    CHECK_FALSE(s.nextDue.isValid()); // nothing runs while waiting
    CHECK(s.pausedSince == QDate(2026, 3, 16));

    // The complainant brings the missing papers on Thursday 26 March: three
    // working days stood still (17, 25, 26), so the follow-up and settling
    // deadlines move from 30 March to 2 April.
    events << event(ComplaintEventKind::Resumed, wib(2026, 3, 26, 9, 0));
    s = life.derive(received, ComplaintTier::Normatif, events);
    CHECK(s.state == ComplaintState::Verified);
    CHECK(s.pausedDays == 3);
    CHECK(s.firstFollowUp.due == QDate(2026, 4, 2));
    CHECK(s.settle.due == QDate(2026, 4, 2));
    CHECK(s.verify.due == QDate(2026, 3, 26)); // met before the pause: it keeps its day
    CHECK(life.daysLeft(QDate(2026, 3, 26), s.nextDue) == 5);
}

TEST_CASE("the response meets the settling deadline and starts the auto-close clock", "[complaints][deadlines]")
{
    const ComplaintLifecycle life(calendar2026(), OfficeTime(OfficeTimeZone::WIB), DeadlinePolicy {});
    const QDateTime received = wib(2026, 11, 23, 9, 0);
    QList<ComplaintEvent> events {event(ComplaintEventKind::Received, received),
        event(ComplaintEventKind::Verified, wib(2026, 11, 23, 10, 0), {{QStringLiteral("outcome"), QStringLiteral("complete")}}),
        event(ComplaintEventKind::Assigned, wib(2026, 11, 23, 11, 0), {{QStringLiteral("assignee_id"), 7}}),
        event(ComplaintEventKind::Note, wib(2026, 11, 24, 9, 0)),
        event(ComplaintEventKind::Responded, wib(2026, 12, 1, 9, 0))};
    const ComplaintStatus s = life.derive(received, ComplaintTier::Normatif, events);
    CHECK(s.state == ComplaintState::Responded);
    CHECK(s.assigneeId == 7);
    CHECK(s.firstFollowUp.metAt == wib(2026, 11, 24, 9, 0));
    CHECK(s.settle.metAt == wib(2026, 12, 1, 9, 0));
    CHECK(s.settle.metAt.date() > s.settle.due); // answered a day late: 30 November was the day
    CHECK(s.autoCloseDue == QDate(2026, 12, 15));
    CHECK_FALSE(s.nextDue.isValid());

    SECTION("closing and reopening")
    {
        events << event(ComplaintEventKind::Closed, wib(2026, 12, 2, 9, 0), {{QStringLiteral("how"), QStringLiteral("resolved")}});
        CHECK(life.derive(received, ComplaintTier::Normatif, events).state == ComplaintState::Closed);
        events << event(ComplaintEventKind::Reopened, wib(2026, 12, 3, 9, 0));
        const ComplaintStatus r = life.derive(received, ComplaintTier::Normatif, events);
        CHECK(r.state == ComplaintState::InFollowUp);
        CHECK_FALSE(r.closedAt.isValid());
        CHECK_FALSE(r.autoCloseDue.isValid());
        // It is to be settled again: normatif 5 working days from Thursday 3 December.
        CHECK_FALSE(r.settle.met());
        CHECK(r.settle.due == QDate(2026, 12, 10));
        CHECK(r.nextDue == QDate(2026, 12, 10));
        CHECK(r.firstFollowUp.met()); // the first follow-up happened once and for all
    }
}

TEST_CASE("due soon means at most one working day left", "[complaints][deadlines]")
{
    const ComplaintLifecycle life(calendar2026(), OfficeTime(OfficeTimeZone::WIB), DeadlinePolicy {});
    // Friday 27 November: Monday 30 is one working day away.
    CHECK(life.dueSoon(QDate(2026, 11, 27), QDate(2026, 11, 30)));
    CHECK(life.dueSoon(QDate(2026, 11, 27), QDate(2026, 11, 27)));
    CHECK_FALSE(life.dueSoon(QDate(2026, 11, 27), QDate(2026, 12, 1)));
    CHECK_FALSE(life.dueSoon(QDate(2026, 11, 27), QDate(2026, 11, 26))); // overdue, not due soon
    CHECK(life.daysLeft(QDate(2026, 11, 27), QDate(2026, 11, 26)) == -1);
}
