// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report (issue 12) against independent SQL counts on the demo's
// data, the month's edges in the office's time zone, the comparisons, and
// who may read it.
#include "core/auth/UserService.h"
#include "core/catalog/OfficeService.h"
#include "core/demo/DemoGenerator.h"
#include "core/queue/QueueService.h"
#include "core/reports/EvaluationCheck.h"
#include "core/reports/MonthlyReportService.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace loket;
using loket::test::TempDatabase;

namespace {

QDateTime wib(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600).toUTC();
}

qint64 count(const TempDatabase &t, const QString &sql)
{
    return t.scalar(sql).toLongLong();
}

} // namespace

TEST_CASE("the monthly report's figures are the database's own counts", "[reports]")
{
    TempDatabase t;
    DemoOptions options;
    options.days = 75;
    options.seed = 7;
    options.until = QDate(2026, 11, 30);
    REQUIRE(generateDemo(t.db(), options).ok());
    const Actor camat = UserService(t.db()).authenticate(QStringLiteral("camat"), QStringLiteral("camat123")).value();
    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    auto made = MonthlyReportService(t.db(), clock).month(camat, QDate(2026, 11, 1));
    REQUIRE(made.ok());
    const MonthlyReport &r = made.value();
    const MonthFigures &m = r.current;
    CHECK(m.month == QDate(2026, 11, 1));
    CHECK(m.lastDay == QDate(2026, 11, 30));

    const QString nov = QStringLiteral("service_day BETWEEN '2026-11-01' AND '2026-11-30'");
    const qint64 issued = count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE ") + nov);
    REQUIRE(issued > 1000);
    CHECK(m.tickets.overall.issued == issued);
    CHECK(m.tickets.overall.served == count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'done' AND ") + nov));
    CHECK(m.tickets.overall.noShow == count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'no_show' AND ") + nov));
    CHECK(m.tickets.overall.priorityServed
          == count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'done' AND priority_reason_id IS NOT NULL AND ") + nov));

    // What the dashboard draws first: the same ticket figures, and nothing else read yet.
    auto first = MonthlyReportService(t.db(), clock).ticketFigures(camat, QDate(2026, 11, 1), QDate(2026, 12, 1));
    REQUIRE(first.ok());
    CHECK(first->tickets.overall.issued == issued);
    CHECK(first->tickets.overall.served == m.tickets.overall.served);
    CHECK(first->tickets.overall.wait.medianMs == m.tickets.overall.wait.medianMs);
    CHECK(first->tickets.services.size() == m.tickets.services.size());
    CHECK(first->complaints.received == 0);
    CHECK_FALSE(first->survey.month.has_value());

    // Per service, and priority visitors by reason.
    qint64 servicesIssued = 0;
    for (const ReportService &s : m.tickets.services) {
        CAPTURE(s.code);
        CHECK(s.figures.issued
              == count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE service_id = %1 AND ").arg(s.id) + nov));
        CHECK(s.targetMinutes > 0);
        servicesIssued += s.figures.issued;
    }
    CHECK(servicesIssued == issued);
    const ReportService *ktp = m.tickets.service(QStringLiteral("KTP"));
    REQUIRE(ktp);
    // The demo's KTP-el standard (in minutes) sets its target.
    CHECK(ktp->targetFromStandard);
    REQUIRE(m.tickets.byPriorityReason.size() == 4);
    CHECK(m.tickets.byPriorityReason.first().key == QLatin1String("lansia"));
    CHECK(m.tickets.byPriorityReason.first().figures.issued
          == count(t, QStringLiteral("SELECT count(*) FROM tickets t JOIN priority_reasons p ON p.id = t.priority_reason_id "
                                     "WHERE p.code = 'lansia' AND t.") + nov));

    // The heat map: every ticket in one cell; Monday 2 November's 08.00–09.00 (WIB) among them.
    qint64 cells = 0;
    for (const auto &row : m.tickets.issuedByWeekdayHour)
        for (int n : row)
            cells += n;
    CHECK(cells == issued);
    const qint64 mondaysAtEight = count(t, QStringLiteral(
        "SELECT count(*) FROM tickets WHERE service_day IN ('2026-11-02','2026-11-09','2026-11-16','2026-11-23','2026-11-30') "
        "AND ((issued_at / 1000 + 25200) % 86400) / 3600 = 8"));
    CHECK(mondaysAtEight > 0);
    CHECK(m.tickets.issuedByWeekdayHour[0][8] == mondaysAtEight);
    CHECK(m.tickets.issuedByWeekdayHour[6][8] == 0); // closed on Sundays

    // Complaints, suggestion-box slips and survey responses of the month.
    const qint64 start = wib(QDate(2026, 11, 1), 0, 0).toMSecsSinceEpoch();
    const qint64 end = wib(QDate(2026, 12, 1), 0, 0).toMSecsSinceEpoch();
    CHECK(m.complaints.received
          == count(t, QStringLiteral("SELECT count(*) FROM complaints WHERE received_at >= %1 AND received_at < %2").arg(start).arg(end)));
    CHECK(m.suggestions.slips
          == count(t, QStringLiteral("SELECT count(*) FROM suggestion_slips sl JOIN suggestion_sessions s ON s.id = sl.session_id "
                                     "WHERE s.state = 'signed' AND s.opened_on BETWEEN '2026-11-01' AND '2026-11-30'")));
    qint64 byKind = 0;
    for (const ReportCount &c : m.suggestions.byKind)
        byKind += c.count;
    CHECK(byKind == m.suggestions.slips);
    REQUIRE(m.survey.month);
    CHECK(m.survey.month->office.ikm.respondents
          == count(t, QStringLiteral("SELECT count(*) FROM survey_responses WHERE answered_at >= %1 AND answered_at < %2").arg(start).arg(end)));
    CHECK(m.survey.month->office.ikm.convertedCenti.has_value());
    REQUIRE(m.survey.period);
    CHECK(m.survey.period->period->code() == QLatin1String("2026-Q4"));
    REQUIRE(r.ikmTrend.size() == 4);
    CHECK(r.ikmTrend.last().period.code() == QLatin1String("2026-Q4"));
    CHECK(r.ikmTrend.first().period.code() == QLatin1String("2026-Q1"));
    CHECK(m.standards.compliance.serviceCount == 8);

    // The month before from its own days; a year ago the demo had not begun.
    CHECK(r.previousMonth.month == QDate(2026, 10, 1));
    CHECK(r.previousMonth.tickets.overall.issued
          == count(t, QStringLiteral("SELECT count(*) FROM tickets WHERE service_day BETWEEN '2026-10-01' AND '2026-10-31'")));
    CHECK(r.previousMonth.tickets.overall.issued > 1000);
    CHECK(r.lastYear.month == QDate(2025, 11, 1));
    CHECK(r.lastYear.tickets.overall.issued == 0);
    CHECK(r.lastYear.complaints.received == 0);

    // The evaluation self-check on the same data.
    auto check = EvaluationCheck(t.db(), clock).check(camat, QDate(2026, 11, 30));
    REQUIRE(check.ok());
    REQUIRE(check->points.size() == 15);
    auto point = [&](const char *code) {
        for (const EvaluationPoint &p : check->points) {
            if (p.code == QLatin1String(code))
                return p;
        }
        FAIL(code);
        return EvaluationPoint {};
    };
    CHECK(point("queue_system").state == EvidenceState::Met);
    CHECK(point("priority_service").state == EvidenceState::Met);
    CHECK(point("standards_components").state == EvidenceState::Met);
    const qint64 yearStart = wib(QDate(2025, 12, 1), 0, 0).toMSecsSinceEpoch();
    const qint64 complaints = count(t, QStringLiteral("SELECT count(*) FROM complaints WHERE received_at >= %1 AND received_at < %2").arg(yearStart).arg(end));
    REQUIRE(complaints > 0);
    CHECK(point("complaint_follow_up").evidence.contains(QStringLiteral(" %1 ").arg(complaints)));
}

TEST_CASE("the evaluation self-check says what is missing", "[reports]")
{
    EvaluationInput in;
    in.day = QDate(2026, 11, 30);
    in.standards.serviceCount = 8;
    in.standards.complete = 8;
    in.standards.set = 7;
    in.standards.reviewed = 0;
    in.complaints = 10;
    in.complaintsCompleted = 9;
    in.complaintsAnsweredIn1Day = 0;
    in.complaintChannels = 2;
    in.priorityReasons = 4;
    const QList<EvaluationPoint> points = EvaluationCheck::evaluate(in);
    auto state = [&](const char *code) {
        for (const EvaluationPoint &p : points) {
            if (p.code == QLatin1String(code))
                return p.state;
        }
        FAIL(code);
        return EvidenceState::Met;
    };
    CHECK(state("standards_components") == EvidenceState::Met);
    CHECK(state("standards_decree") == EvidenceState::Partly);
    CHECK(state("standards_reviewed") == EvidenceState::Missing);
    CHECK(state("maklumat") == EvidenceState::Missing);
    CHECK(state("skm_done") == EvidenceState::Missing);
    CHECK(state("complaint_follow_up") == EvidenceState::Met); // 90 %
    CHECK(state("complaint_speed") == EvidenceState::Missing);
    CHECK(state("complaint_channels") == EvidenceState::Partly);
    CHECK(state("queue_system") == EvidenceState::Missing);
    CHECK(state("priority_service") == EvidenceState::Partly);
    for (const EvaluationPoint &p : points) {
        CAPTURE(p.code);
        CHECK(p.missing.isEmpty() == (p.state == EvidenceState::Met));
        CHECK_FALSE(p.evidence.isEmpty());
    }
}

TEST_CASE("a month is the office's calendar month, in its time zone", "[reports]")
{
    TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO office (id, name, time_zone) VALUES (1, 'Kecamatan Contoh', 'WIB')"));
    t.exec(QStringLiteral("INSERT INTO services (id, code, prefix, name, target_minutes) VALUES (1, 'KTP', 'A', 'KTP-el', 10)"));
    ManualClock clock(wib(QDate(2026, 10, 31), 23, 30));
    QueueService queue(t.db(), clock);
    // 31 October 23.30 WIB is 16.30 UTC: still October in the office.
    REQUIRE(queue.issue(Actor::system(), 1).ok());
    // 1 November 00.10 WIB is 31 October 17.10 UTC: November in the office.
    clock.set(wib(QDate(2026, 11, 1), 0, 10));
    REQUIRE(queue.issue(Actor::system(), 1).ok());
    clock.set(wib(QDate(2026, 11, 30), 23, 50));
    REQUIRE(queue.issue(Actor::system(), 1).ok());
    REQUIRE(queue.issue(Actor::system(), 1).ok());
    // A year earlier, and 1 December 00.05 WIB (30 November UTC), which is not November.
    clock.set(wib(QDate(2025, 11, 14), 10, 0));
    REQUIRE(queue.issue(Actor::system(), 1).ok());
    clock.set(wib(QDate(2026, 12, 1), 0, 5));
    REQUIRE(queue.issue(Actor::system(), 1).ok());

    clock.set(wib(QDate(2026, 12, 1), 9, 0));
    auto made = MonthlyReportService(t.db(), clock).month(Actor::system(), QDate(2026, 11, 1));
    REQUIRE(made.ok());
    CHECK(made->current.tickets.overall.issued == 3);
    CHECK(made->previousMonth.tickets.overall.issued == 1);
    CHECK(made->lastYear.tickets.overall.issued == 1);
    REQUIRE(made->current.tickets.byDay.size() == 2);
    CHECK(made->current.tickets.byDay.first().key == QLatin1String("2026-11-01"));
    // Sunday 1 November, 00.10: the heat map's Sunday at hour 0; Monday 30 November at 23.
    CHECK(made->current.tickets.issuedByWeekdayHour[6][0] == 1);
    CHECK(made->current.tickets.issuedByWeekdayHour[0][23] == 2);

    // The current month counts up to today; a month not begun is refused.
    auto running = MonthlyReportService(t.db(), clock).month(Actor::system(), QDate(2026, 12, 1));
    REQUIRE(running.ok());
    CHECK(running->current.lastDay == QDate(2026, 12, 1));
    CHECK(running->current.tickets.overall.issued == 1);
    auto future = MonthlyReportService(t.db(), clock).month(Actor::system(), QDate(2027, 1, 1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an officer may not read the monthly report, and the refusal is recorded", "[reports]")
{
    TempDatabase t;
    UserService users(t.db());
    NewUser admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Admin");
    admin.password = QStringLiteral("admin-sukamaju-26");
    auto first = users.createFirstAdmin(admin);
    REQUIRE(first.ok());
    NewUser siti;
    siti.username = QStringLiteral("siti");
    siti.fullName = QStringLiteral("Siti Rahma");
    siti.role = Role::Officer;
    siti.password = QStringLiteral("siti-loket-satu");
    auto officer = users.addUser(first->actor(), siti);
    REQUIRE(officer.ok());
    const ManualClock clock(wib(QDate(2026, 12, 1), 9, 0));
    auto refused = MonthlyReportService(t.db(), clock).month(officer->actor(), QDate(2026, 11, 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.monthly' AND outcome = 'refused' "
                                  "AND entity_id = '2026-11' AND username = 'siti'")).toInt() == 1);
    auto check = EvaluationCheck(t.db(), clock).check(officer->actor());
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == ErrorCode::PermissionDenied);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.evaluation' AND outcome = 'refused'")).toInt() == 1);
    // The administrator may.
    CHECK(MonthlyReportService(t.db(), clock).month(first->actor(), QDate(2026, 11, 1)).ok());
}
