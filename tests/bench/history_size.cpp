// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Costs that follow the day, not the history: the same operations on a demo
// office with one month of history (the shortest that holds the whole month
// the statistics are asked for) and with 5 years of it, in one run.
//
//   bench_history_size [--years N] [--runs N]
//
// Prints, for each operation, the median of N runs on each database and the
// ratio (target: within 1.2x). Operations: opening the database (the steady
// state, and the first open of the day with its whole-file check), a call at
// a counter, the board's snapshot, and a month's statistics with the targets
// from the standards in force.
#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueReader.h"
#include "core/queue/QueueService.h"
#include "core/standards/StandardTargets.h"
#include "core/stats/QueueStatistics.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace loket;

namespace {

// Wednesday 25 November 2026, 10.00 WIB: the office is busy.
const QDateTime kNow(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

double medianMs(int runs, const std::function<bool()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Figures {
    qint64 tickets = 0;
    qint64 events = 0;
    double sizeMb = 0;
    double open = 0, firstOpen = 0, call = 0, snapshot = 0, month = 0;
};

void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(2);
}

Figures measure(const QString &path, int days, int runs)
{
    Figures f;
    {
        auto db = Database::open(path);
        if (!db)
            fail(QStringLiteral("create"), db.error());
        DemoOptions demo;
        demo.days = days;
        demo.seed = 7;
        demo.until = kNow.date();
        demo.nowUtcMs = kNow.toMSecsSinceEpoch();
        auto made = generateDemo(db.value(), demo);
        if (!made)
            fail(QStringLiteral("demo"), made.error());
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM tickets"));
        q.next();
        f.tickets = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT count(*) FROM ticket_events"));
        q.next();
        f.events = q.value(0).toLongLong();
    }
    f.sizeMb = double(QFileInfo(path).size()) / 1e6;

    f.open = medianMs(runs, [&] { return Database::open(path).ok(); });
    f.firstOpen = medianMs(std::max(3, runs / 3), [&] {
        DatabaseOptions o;
        o.fullCheck = DatabaseOptions::FullCheck::Always;
        return Database::open(path, o).ok();
    });

    auto opened = Database::open(path);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    DatabasePtr db = opened.value();
    ManualClock clock(kNow);
    const Actor system = Actor::system();
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT c.id, min(cs.service_id) FROM counters c JOIN counter_services cs "
                          "ON cs.counter_id = c.id GROUP BY c.id ORDER BY c.number LIMIT 1"));
    q.next();
    const qint64 counter = q.value(0).toLongLong();
    const qint64 service = q.value(1).toLongLong();
    q.finish();
    CounterService counters(db, clock);
    (void)counters.open(system, counter);
    QueueService queue(db, clock);
    QueueReader reader(db, clock);

    // Free the counter, then call: each run calls the ticket issued just before.
    auto release = [&] {
        if (auto current = reader.currentTicket(counter); current && current->has_value()) {
            const qint64 id = (*current)->id;
            if (!queue.noShow(system, counter, id) && !queue.finish(system, counter, id))
                fail(QStringLiteral("release"), Error { ErrorCode::Io, QStringLiteral("cannot free the counter") });
        }
    };
    std::vector<double> calls;
    for (int i = 0; i < runs; ++i) {
        release();
        clock.advanceSecs(30);
        if (!queue.issue(QueueService::kioskActor(), service))
            fail(QStringLiteral("issue"), Error { ErrorCode::Io, QStringLiteral("cannot issue") });
        QElapsedTimer t;
        t.start();
        auto called = queue.callNext(system, counter);
        calls.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!called)
            fail(QStringLiteral("call"), called.error());
    }
    std::sort(calls.begin(), calls.end());
    f.call = calls[calls.size() / 2];

    QueueSnapshotOptions board;
    board.recentCalls = 5;
    board.estimates = true;
    f.snapshot = medianMs(runs, [&] { return reader.snapshot(board).ok(); });
    QueueSnapshotOptions atCounter;
    atCounter.counterId = counter;
    f.snapshot = std::max(f.snapshot, medianMs(runs, [&] { return reader.snapshot(atCounter).ok(); }));

    f.month = medianMs(runs, [&] {
        auto targets = standardServiceTargets(db);
        if (!targets)
            return false;
        QueueStatisticsOptions o;
        o.target = targets.value();
        return QueueStatistics(db).compute(system, QDate(2026, 11, 1), QDate(2026, 11, 30), o).ok();
    });
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("years of history in the large database"),
        QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs of each operation"), QStringLiteral("N"),
        QStringLiteral("21"));
    parser.addOption(yearsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int years = std::max(1, parser.value(yearsOption).toInt());
    const int runs = std::max(3, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QElapsedTimer built;
    built.start();
    const Figures small = measure(dir.filePath(QStringLiteral("month.db")), 30, runs);
    const Figures large = measure(dir.filePath(QStringLiteral("years.db")), years * 365, runs);
    std::printf("history_size: 1 month (%lld tickets, %lld events, %.1f MB) vs %d years (%lld tickets, %lld events, "
                "%.1f MB); %d runs each, medians; %.0f s in all\n",
        qlonglong(small.tickets), qlonglong(small.events), small.sizeMb, years, qlonglong(large.tickets),
        qlonglong(large.events), large.sizeMb, runs, double(built.elapsed()) / 1000.0);
    std::printf("%-42s %10s %10s %7s\n", "operation", "month ms", "years ms", "ratio");
    auto row = [](const char *name, double a, double b) {
        std::printf("%-42s %10.3f %10.3f %6.2fx\n", name, a, b, a > 0 ? b / a : 0.0);
    };
    row("open (steady: cheap checks)", small.open, large.open);
    row("open (first of the day: + quick_check)", small.firstOpen, large.firstOpen);
    row("call next at a counter", small.call, large.call);
    row("snapshot (board, counter; the slower)", small.snapshot, large.snapshot);
    row("month's statistics (standards' targets)", small.month, large.month);
    return 0;
}
