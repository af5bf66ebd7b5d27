// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Counters in separate processes calling at once on one database file.
//
//   bench_counter_processes [--processes 8] [--calls 500] [--dir FOLDER]
//
// Makes a database with one service and P counters, issues P × N tickets,
// then starts P copies of itself ("--worker"), each a long-running counter
// like `loket --mode counter`: it opens the database once, signs in once,
// and calls, starts and finishes tickets until none waits. The parent checks
// that every ticket was called exactly once and that no worker met an error
// other than "nothing waiting", and prints the throughput and the latency of
// a call (median, p95) across all workers.
#include "core/auth/UserService.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace loket;

namespace {

const QString kPassword = QStringLiteral("bench-password-1");

int worker(const QString &path, int counterNumber)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        return 2;
    }
    auto actor = UserService(db.value()).authenticate(QStringLiteral("petugas%1").arg(counterNumber), kPassword);
    if (!actor) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(actor.error().message));
        return 2;
    }
    CounterService counters(db.value());
    auto counter = counters.counterByNumber(counterNumber);
    if (!counter) {
        std::fprintf(stderr, "counter: %s\n", qPrintable(counter.error().message));
        return 2;
    }
    QueueService queue(db.value());
    QElapsedTimer t;
    for (;;) {
        t.start();
        auto called = queue.callNext(actor.value(), counter->id);
        const qint64 callNs = t.nsecsElapsed();
        if (!called) {
            if (called.error().code == ErrorCode::Nothing)
                return 0;
            std::fprintf(stderr, "call: %s\n", qPrintable(called.error().message));
            return 2;
        }
        auto started = queue.start(actor.value(), counter->id, called->id);
        auto finished = started ? queue.finish(actor.value(), counter->id, called->id) : started;
        if (!finished) {
            std::fprintf(stderr, "serve %lld: %s\n", called->id, qPrintable(finished.error().message));
            return 2;
        }
        std::printf("%lld %lld\n", called->id, callNs);
    }
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return double(v[std::max<size_t>(rank, 1) - 1]) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption processes(QStringLiteral("processes"), QString(), QStringLiteral("P"), QStringLiteral("8"));
    QCommandLineOption calls(QStringLiteral("calls"), QString(), QStringLiteral("N"), QStringLiteral("500"));
    QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"), QDir::tempPath());
    QCommandLineOption workerOption(QStringLiteral("worker"), QString(), QStringLiteral("DB"));
    QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    parser.addOptions({processes, calls, dir, workerOption, counterOption});
    parser.process(app);
    if (parser.isSet(workerOption))
        return worker(parser.value(workerOption), parser.value(counterOption).toInt());

    const int P = parser.value(processes).toInt();
    const int N = parser.value(calls).toInt();
    QTemporaryDir tmp(parser.value(dir) + QStringLiteral("/loket-bench-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("bench.db"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    UserService users(db);
    auto admin = users.createFirstAdmin({QStringLiteral("admin"), QStringLiteral("Admin"), QString(), Role::Admin,
                                         kPassword});
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
    const qint64 ktp = q.lastInsertId().toLongLong();
    CounterService counters(db);
    for (int w = 1; w <= P; ++w) {
        auto officer = users.addUser(admin->actor(), {QStringLiteral("petugas%1").arg(w),
                                                      QStringLiteral("Petugas %1").arg(w), QString(), Role::Officer,
                                                      kPassword});
        q.prepare(QStringLiteral("INSERT INTO counters (number, name) VALUES (?, ?)"));
        q.addBindValue(w);
        q.addBindValue(QStringLiteral("Loket %1").arg(w));
        q.exec();
        const qint64 counter = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO counter_services VALUES (?, ?)"));
        q.addBindValue(counter);
        q.addBindValue(ktp);
        q.exec();
        if (auto opened = counters.open(officer->actor(), counter); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 2;
        }
    }
    QueueService queue(db);
    for (int i = 0; i < P * N; ++i)
        (void)queue.issue(QueueService::kioskActor(), ktp);

    QElapsedTimer wall;
    wall.start();
    std::vector<QProcess *> children;
    for (int w = 1; w <= P; ++w) {
        auto *p = new QProcess;
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--worker"), path, QStringLiteral("--counter"), QString::number(w)});
        children.push_back(p);
    }
    std::vector<qint64> latencies;
    QHash<qint64, int> timesCalled;
    int failures = 0;
    for (QProcess *p : children) {
        p->waitForFinished(-1);
        if (p->exitCode() != 0) {
            ++failures;
            std::fprintf(stderr, "worker failed: %s\n", p->readAllStandardError().constData());
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 2)
                continue;
            timesCalled[f[0].toLongLong()] += 1;
            latencies.push_back(f[1].toLongLong());
        }
        delete p;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    int twice = 0;
    for (int n : std::as_const(timesCalled))
        twice += n > 1 ? 1 : 0;
    std::printf("processes %d, tickets %d, called %lld distinct, called twice %d, missed %lld, failed workers %d\n", P,
                P * N, qlonglong(timesCalled.size()), twice, qlonglong(P * N - timesCalled.size()), failures);
    std::printf("wall %.2f s, throughput %.1f tickets/s (call+start+finish each), call latency median %.2f ms, "
                "p95 %.2f ms\n",
                seconds, double(latencies.size()) / seconds, percentile(latencies, 50), percentile(latencies, 95));
    return (twice == 0 && timesCalled.size() == P * N && failures == 0) ? 0 : 1;
}
