// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's tap-to-ticket path and the counter's call, timed.
//
//   queue_issue [--tickets N] [--dir FOLDER] [--database postgresql://…]
//
// Issues N tickets (default 500) one after the other through QueueService,
// each a durable commit (WAL, synchronous=FULL), and prints the median, p90
// and maximum. For comparison it times an empty write transaction (the
// commit's fsync alone), a call with its no-show, and the screens' snapshot.
// The database lives in a temporary folder inside FOLDER (default: the
// system's temporary folder): put it on the disk the office will use.
#include "core/auth/Actor.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace loket;

namespace {

struct Figures {
    double median = 0, p90 = 0, max = 0;
};

// Nearest-rank percentiles, in milliseconds.
Figures figures(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    auto rank = [&](int p) { return ns.at(std::max<size_t>(1, (p * ns.size() + 99) / 100) - 1) / 1e6; };
    return Figures { rank(50), rank(90), ns.back() / 1e6 };
}

void print(const char *what, const std::vector<qint64> &ns)
{
    const Figures f = figures(ns);
    std::printf(
        "%-34s n=%-5zu median %7.3f ms   p90 %7.3f ms   max %7.3f ms\n", what, ns.size(), f.median, f.p90, f.max);
}

bool timeEach(int n, std::vector<qint64> &out, const std::function<bool()> &step)
{
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        timer.start();
        if (!step())
            return false;
        out.push_back(timer.nsecsElapsed());
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(
        QStringLiteral("tickets"), QStringLiteral("Tickets to issue."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the temporary database."), QStringLiteral("FOLDER"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("An empty database on a server (postgresql://…) instead of a temporary file."),
        QStringLiteral("URL"));
    parser.addOptions({ ticketsOption, dirOption, databaseOption });
    parser.process(app);
    const int n = std::max(10, parser.value(ticketsOption).toInt());

    QTemporaryDir dir(
        parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/loket-bench-XXXXXX") : QString());
    auto opened = Database::open(
        parser.isSet(databaseOption) ? parser.value(databaseOption) : dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    QSqlQuery q(db->connection());
    const QStringList setup = {
        QStringLiteral("INSERT INTO office (id, name) VALUES (1, 'Kecamatan Bench')"),
        QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"),
        QStringLiteral("INSERT INTO counters (number, name) VALUES (1, 'Loket 1')"),
        QStringLiteral("INSERT INTO counter_services VALUES (1, 1)"),
    };
    for (const QString &sql : setup) {
        if (!q.exec(sql)) {
            std::fprintf(stderr, "%s\n", qPrintable(sql));
            return 2;
        }
    }
    QueueService queue(db);
    if (!CounterService(db).open(Actor::system(), 1)) {
        std::fprintf(stderr, "cannot open the counter\n");
        return 2;
    }
    const Actor kiosk = QueueService::kioskActor();
    std::printf("database: %s\n", qPrintable(db->path()));

    std::vector<qint64> warmup, commit, issue, call, snapshot;
    bool ok = timeEach(20, warmup, [&] { return queue.issue(kiosk, 1).ok(); });
    ok = ok && timeEach(n, commit, [&] {
        return db
            ->transaction([&]() -> Status {
                QSqlQuery w(db->connection());
                w.exec(QStringLiteral("INSERT INTO settings VALUES ('bench', 'x') "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
                return {};
            })
            .ok();
    });
    // The baseline the issue is held to: a bare insert of the same ticket row
    // and its commit, with the same pragmas, on the same file. Issue and
    // baseline alternate, so both meet the same disk and load.
    std::vector<qint64> bare;
    int bareSeq = 100000;
    QSqlQuery ins(db->connection());
    ins.prepare(QStringLiteral(
        "INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, channel, issued_at) "
        "VALUES (?, 1, ?, ?, 1, 'waiting', 'kiosk', ?)"));
    QElapsedTimer pair;
    for (int i = 0; ok && i < n; ++i) {
        pair.start();
        ok = queue.issue(kiosk, 1).ok();
        issue.push_back(pair.nsecsElapsed());
        pair.start();
        ok = ok && db->transaction([&]() -> Status {
                        ins.addBindValue(QStringLiteral("2000-01-01"));
                        ins.addBindValue(++bareSeq);
                        ins.addBindValue(QStringLiteral("A-%1").arg(bareSeq));
                        ins.addBindValue(QDateTime::currentMSecsSinceEpoch());
                        return ins.exec() ? Status {} : Status { makeError(ErrorCode::Io, ins.lastError().text()) };
                    }).ok();
        bare.push_back(pair.nsecsElapsed());
    }
    ok = ok && timeEach(std::min(n, 200), call, [&] {
        auto t = queue.callNext(Actor::system(), 1);
        return t.ok() && queue.noShow(Actor::system(), 1, t->id).ok();
    });
    ok = ok && timeEach(std::min(n, 200), snapshot, [&] { return queue.snapshot().ok(); });
    if (!ok) {
        std::fprintf(stderr, "a step failed\n");
        return 2;
    }
    print("empty write transaction (fsync)", commit);
    print("bare insert of a ticket row + commit", bare);
    print("issue a ticket (kiosk)", issue);
    std::printf("issue / bare insert (medians): %.2f×\n", figures(issue).median / figures(bare).median);
    print("call next + no-show (2 commits)", call);
    print("snapshot for the screens (read)", snapshot);
    return 0;
}
