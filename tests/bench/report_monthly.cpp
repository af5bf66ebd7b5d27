// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report on 5 years and on 1 year of a busy office.
//
//   bench_report_monthly [--five FILE --one FILE] [--month 2026-11] [--runs 7]
//
// FILEs are demo databases ending on the month's last day, e.g.
//   loketctl --database five.db demo --visitors 1000 --days 1826 --until 2026-11-30
//   loketctl --database one.db  demo --visitors 1000 --days 365  --until 2026-11-30
// Without them both are generated in a temporary folder (slow: minutes).
// Prints, as medians of the runs: the whole report model (the month, the month
// before and the same month last year, the IKM trend), one month's figures
// alone, and the bare SQL aggregates (counts and sums, no percentiles) of
// the same month(s), with the ratios the targets are about.
#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/common/OfficeTime.h"
#include "core/demo/DemoGenerator.h"
#include "core/complaints/ComplaintReport.h"
#include "core/reports/MonthlyReportService.h"
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardTargets.h"
#include "core/stats/QueueStatistics.h"
#include "core/survey/SurveyService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace loket;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// The median wall time of `runs` calls, in ms; the median CPU time of this
// process goes to lastCpuMs (on a shared machine the wall time also holds the
// time other programs had the processor).
double lastCpuMs = 0;

double timeMs(int runs, const std::function<bool()> &f)
{
    std::vector<double> t, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t c0 = std::clock();
        if (!f())
            return -1;
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    lastCpuMs = median(cpu);
    return median(t);
}

// The counts and sums a report could not do without, read straight from the
// tables of one month: tickets by service (issued, served, no-show, priority,
// wait and service sums), complaints received, survey answers by element,
// suggestion-box slips.
bool bareAggregates(const Database &db, QDate month, qint64 &checksum)
{
    const OfficeTime zone(OfficeTimeZone::WIB);
    const QDate last = month.addMonths(1).addDays(-1);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql)) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
        while (q.next())
            checksum += q.value(1).toLongLong();
        q.finish();
        return true;
    };
    const QString from = month.toString(Qt::ISODate), to = last.toString(Qt::ISODate);
    const qint64 start = zone.dayStartUtcMs(month), end = zone.dayEndUtcMs(last);
    return run(QStringLiteral("SELECT service_id, count(*), sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END), "
                              "sum(CASE WHEN status = 'no_show' THEN 1 ELSE 0 END), "
                              "sum(CASE WHEN priority_reason_id IS NULL THEN 0 ELSE 1 END), "
                              "sum(first_called_at - issued_at), sum(finished_at - started_at) "
                              "FROM tickets WHERE service_day BETWEEN ? AND ? GROUP BY service_id"),
               {from, to})
        && run(QStringLiteral("SELECT 0, count(*) FROM complaints WHERE received_at >= ? AND received_at < ?"),
               {start, end})
        && run(QStringLiteral("SELECT a.element, sum(a.value), count(*) FROM survey_responses r "
                              "CROSS JOIN survey_answers a "
                              "WHERE a.response_id = r.id AND r.answered_at >= ? AND r.answered_at < ? GROUP BY a.element"),
               {start, end})
        && run(QStringLiteral("SELECT sl.kind, count(*) FROM suggestion_sessions s JOIN suggestion_slips sl "
                              "ON sl.session_id = s.id WHERE s.opened_on BETWEEN ? AND ? GROUP BY sl.kind"),
               {from, to});
}

struct Figures {
    qint64 tickets = 0;
    double model = 0, oneMonth = 0, bare = 0, bareThree = 0; // wall
    double modelCpu = 0, oneMonthCpu = 0, bareCpu = 0, bareThreeCpu = 0;
    double open = 0, openCpu = 0, unstored = 0, unstoredCpu = 0, first = 0;
};

bool measure(const QString &label, const QString &path, QDate month, int runs, Figures &f)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        return false;
    }
    DatabasePtr db = opened.value();
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM tickets"));
    q.next();
    f.tickets = q.value(0).toLongLong();
    q.finish();
    // The report is made on the first of the next month, 09.00 WIB.
    const ManualClock clock(QDateTime(month.addMonths(1), QTime(2, 0), Qt::UTC));
    MonthlyReportService service(db, clock);
    qint64 served = 0;
    // One run first to warm the page cache, as a dashboard opened twice would.
    if (!service.month(Actor::system(), month))
        return false;
    f.model = timeMs(runs, [&] {
        auto r = service.month(Actor::system(), month);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return false;
        }
        served = r->current.tickets.overall.served;
        return true;
    });
    f.modelCpu = lastCpuMs;
    // The month still running (the report made on its last day, 14.00 WIB):
    // the month itself computed, the month before and last year stored.
    const ManualClock openClock(QDateTime(month.addMonths(1).addDays(-1), QTime(7, 0), Qt::UTC));
    MonthlyReportService openService(db, openClock);
    if (!openService.month(Actor::system(), month))
        return false;
    f.open = timeMs(runs, [&] { return bool(openService.month(Actor::system(), month)); });
    f.openCpu = lastCpuMs;
    // Without the store of finished months: every month computed (as before migration 010).
    MonthlyReportService unstored(db, clock);
    unstored.setMonthStoreEnabled(false);
    f.unstored = timeMs(runs, [&] { return bool(unstored.month(Actor::system(), month)); });
    f.unstoredCpu = lastCpuMs;
    // The first report after the stored months were dropped (their data changed): computes and stores all three.
    f.first = timeMs(runs, [&] {
        QSqlQuery d(db->connection());
        return d.exec(QStringLiteral("DELETE FROM report_months")) && d.exec(QStringLiteral("DELETE FROM survey_months"))
            && bool(service.month(Actor::system(), month));
    });
    const QDate today = month.addMonths(1);
    f.oneMonth = timeMs(runs, [&] { return bool(service.figures(Actor::system(), month, today)); });
    f.oneMonthCpu = lastCpuMs;
    qint64 checksum = 0;
    f.bare = timeMs(runs, [&] { return bareAggregates(*db, month, checksum); });
    f.bareCpu = lastCpuMs;
    f.bareThree = timeMs(runs, [&] {
        return bareAggregates(*db, month, checksum) && bareAggregates(*db, month.addMonths(-1), checksum)
            && bareAggregates(*db, month.addYears(-1), checksum);
    });
    f.bareThreeCpu = lastCpuMs;
    // Where one month's time goes.
    const QDate last = month.addMonths(1).addDays(-1);
    const Actor sys = Actor::system();
    const double targets = timeMs(runs, [&] { return bool(standardServiceTargets(db)); });
    const double queue = timeMs(runs, [&] {
        auto t = standardServiceTargets(db);
        QueueStatisticsOptions o;
        o.target = t.value();
        return bool(QueueStatistics(db).compute(sys, month, last, o));
    });
    const double queueCpu = lastCpuMs;
    const double queueOwn = timeMs(runs, [&] { return bool(QueueStatistics(db).compute(sys, month, last)); });
    const double complaints = timeMs(runs, [&] { return bool(ComplaintReport(db, clock).month(sys, month)); });
    const double survey = timeMs(runs, [&] { return bool(SurveyService(db, clock).index(sys, month, last)); });
    const double quarter = timeMs(runs, [&] {
        return bool(SurveyService(db, clock).index(sys, SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, month)));
    });
    const double quarterCpu = lastCpuMs;
    const double quarterComputed = timeMs(runs, [&] {
        SurveyService survey(db, clock);
        survey.setMonthStoreEnabled(false);
        return bool(survey.index(sys, SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, month)));
    });
    const double quarterComputedCpu = lastCpuMs;
    const double standards = timeMs(runs, [&] {
        return bool(StandardCompliance(db).summary(sys, last)) && bool(ReviewSchedule(db).dueOrOverdue(sys, last));
    });
    // The dashboard's first step on the month's last day (the month still running): the tickets alone
    // (ticketFigures, since 2026-12-02) against the month's whole figures (what the first step read before).
    const double firstStep = timeMs(runs, [&] { return bool(openService.ticketFigures(sys, month, last)); });
    const double firstStepCpu = lastCpuMs;
    const double wholeStep = timeMs(runs, [&] { return bool(openService.figures(sys, month, last)); });
    const double wholeStepCpu = lastCpuMs;
    std::printf("  dashboard's first step, month running: tickets alone %.1f ms (CPU %.1f) | the month's whole figures %.1f ms (CPU %.1f) | %.2fx\n",
                firstStep, firstStepCpu, wholeStep, wholeStepCpu, firstStep > 0 ? wholeStep / firstStep : 0.0);
    std::printf("  a survey quarter (the month's, %s): from its months' stored tallies %.1f ms (CPU %.1f) | computed from "
                "every answer %.1f ms (CPU %.1f)\n",
                qPrintable(SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, month).code()), quarter, quarterCpu,
                quarterComputed, quarterComputedCpu);
    std::printf("  one month, by part: queue statistics %.1f ms (targets alone %.1f; with the services' own targets %.1f), complaints %.1f, survey month %.1f, "
                "survey quarter %.1f, standards %.1f; CPU: queue statistics %.1f, survey quarter %.1f\n", queue, targets, queueOwn, complaints, survey, quarter, standards, queueCpu, quarterCpu);
    std::printf("%s: %lld tickets; %s: %lld served\n", qPrintable(label), qlonglong(f.tickets),
                qPrintable(month.toString(QStringLiteral("yyyy-MM"))), qlonglong(served));
    std::printf("  whole model (3 months + trend) %.1f ms | one month's figures %.1f ms | "
                "bare SQL one month %.1f ms, three months %.1f ms\n",
                f.model, f.oneMonth, f.bare, f.bareThree);
    std::printf("  whole model, months stored %.1f ms (CPU %.1f) | month still open, the other two stored %.1f ms (CPU %.1f) | "
                "no store %.1f ms (CPU %.1f) | first report after the store was dropped %.1f ms\n",
                f.model, f.modelCpu, f.open, f.openCpu, f.unstored, f.unstoredCpu, f.first);
    std::printf("  CPU time: whole model %.1f ms | one month's figures %.1f ms | bare SQL one month %.1f ms, three months %.1f ms\n",
                f.modelCpu, f.oneMonthCpu, f.bareCpu, f.bareThreeCpu);
    return f.model >= 0 && f.oneMonth >= 0 && f.bare >= 0;
}

bool generate(const QString &path, int days, QDate until)
{
    auto opened = Database::open(path, DatabaseOptions {.createIfMissing = true});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    DemoOptions o;
    o.days = days;
    o.until = until;
    o.visitorsPerDay = 1000;
    QElapsedTimer t;
    t.start();
    auto made = generateDemo(opened.value(), o);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return false;
    }
    std::printf("generated %s: %d tickets on %d working days in %.0f s\n", qPrintable(path), made->tickets,
                made->workingDays, double(t.elapsed()) / 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption five(QStringLiteral("five"), QStringLiteral("5-year database"), QStringLiteral("FILE"));
    const QCommandLineOption one(QStringLiteral("one"), QStringLiteral("1-year database"), QStringLiteral("FILE"));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("month measured"),
                                         QStringLiteral("YYYY-MM"), QStringLiteral("2026-11"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per figure"), QStringLiteral("N"),
                                        QStringLiteral("7"));
    parser.addOptions({five, one, monthOption, runsOption});
    parser.process(app);
    const QDate month = reportMonthFromCode(parser.value(monthOption));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!month.isValid())
        return 1;
    QTemporaryDir dir;
    QString fivePath = parser.value(five), onePath = parser.value(one);
    const QDate until = month.addMonths(1).addDays(-1);
    if (fivePath.isEmpty()) {
        fivePath = dir.filePath(QStringLiteral("five.db"));
        if (!generate(fivePath, 1826, until))
            return 2;
    }
    if (onePath.isEmpty()) {
        onePath = dir.filePath(QStringLiteral("one.db"));
        if (!generate(onePath, 365, until))
            return 2;
    }
    Figures f5, f1;
    if (!measure(QStringLiteral("5 years"), fivePath, month, runs, f5) || !measure(QStringLiteral("1 year"), onePath, month, runs, f1))
        return 2;
    std::printf("targets: model on 5 years %.1f ms (<= 150: %s); 5 years / 1 year %.2fx (<= 1.2: %s); "
                "model / bare SQL of the same three months %.2fx, one month's figures / bare SQL of the month %.2fx "
                "(<= 2: %s)\n",
                f5.model, f5.model <= 150 ? "met" : "MISSED", f5.model / f1.model, f5.model / f1.model <= 1.2 ? "met" : "MISSED",
                f5.model / f5.bareThree, f5.oneMonth / f5.bare, f5.model / f5.bareThree <= 2 ? "met" : "MISSED");
    std::printf("targets in CPU time: model on 5 years %.1f ms; 5 years / 1 year %.2fx; model / bare SQL of the same "
                "three months %.2fx; one month / bare SQL of the month %.2fx\n",
                f5.modelCpu, f5.modelCpu / f1.modelCpu, f5.modelCpu / f5.bareThreeCpu, f5.oneMonthCpu / f5.bareCpu);
    std::printf("targets in CPU time, month still open: model on 5 years %.1f ms; 5 years / 1 year %.2fx; "
                "model / bare SQL of the same three months %.2fx\n",
                f5.openCpu, f5.openCpu / f1.openCpu, f5.openCpu / f5.bareThreeCpu);
    return 0;
}
