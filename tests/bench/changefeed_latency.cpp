// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How long a commit in one process takes to reach another process's
// ChangeFeed: the path of a call from a counter to the display board.
//
//   changefeed_latency [--events N] [--interval MS] [--poll MS]
//
// Starts itself a second time as the writer, which commits one row holding
// its wall-clock time about every --interval ms (±50 %); this process watches with a
// ChangeFeed and, on each changed(), reads the new rows and records
// now − sent. Prints the median, p95 and maximum latency.
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteChangeFeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace loket;

namespace {

qint64 wallClockMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Nearest rank, as QueueStatistics defines it.
double percentile(const std::vector<double> &sorted, int p)
{
    const size_t rank = std::clamp<size_t>((size_t(p) * sorted.size() + 99) / 100, 1, sorted.size());
    return sorted[rank - 1];
}

int runWriter(const QString &path, int events, int intervalMs)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(db.error().message));
        return 2;
    }
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("INSERT INTO bench_events (sent_us) VALUES (?)"));
    QElapsedTimer clock;
    clock.start();
    std::vector<double> commitMs;
    double due = 0;
    for (int i = 0; i < events; ++i) {
        // Jitter of ±50 %, so commits fall at every phase of the watcher's poll
        // instead of locking to it (50 ms is twice the default poll).
        due += intervalMs * (0.5 + QRandomGenerator::global()->generateDouble());
        if (const qint64 wait = qint64(due) - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        const qint64 sent = wallClockMicros(); // before the commit: its cost counts as latency
        q.addBindValue(sent);
        if (!q.exec()) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(q.lastError().text()));
            return 2;
        }
        commitMs.push_back(double(wallClockMicros() - sent) / 1000.0);
    }
    std::sort(commitMs.begin(), commitMs.end());
    std::printf("writer: commit (INSERT, WAL, synchronous=FULL) ms: median %.1f  p95 %.1f\n", percentile(commitMs, 50),
        percentile(commitMs, 95));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("commits to measure"), QStringLiteral("N"), QStringLiteral("250"));
    QCommandLineOption intervalOption(
        QStringLiteral("interval"), QStringLiteral("ms between commits"), QStringLiteral("MS"), QStringLiteral("50"));
    QCommandLineOption pollOption(QStringLiteral("poll"), QStringLiteral("ChangeFeed poll interval"),
        QStringLiteral("MS"), QString::number(SqliteChangeFeed::kDefaultIntervalMs));
    QCommandLineOption writerOption(
        QStringLiteral("writer"), QStringLiteral("internal: run as the writer"), QStringLiteral("FILE"));
    QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("A database on a server (postgresql://…) instead of a temporary file: LISTEN/NOTIFY"),
        QStringLiteral("URL"));
    parser.addOptions({ eventsOption, intervalOption, pollOption, writerOption, databaseOption });
    parser.process(app);
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int intervalMs = std::max(1, parser.value(intervalOption).toInt());
    const int pollMs = std::max(1, parser.value(pollOption).toInt());
    if (parser.isSet(writerOption))
        return runWriter(parser.value(writerOption), events, intervalMs);

    QTemporaryDir dir;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : dir.filePath(QStringLiteral("bench.db"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    QSqlQuery setup(db->connection());
    setup.exec(QStringLiteral("DROP TABLE IF EXISTS bench_events"));
    if (Status made = db->execSchema(
            QStringLiteral("CREATE TABLE bench_events (id INTEGER PRIMARY KEY, sent_us INTEGER NOT NULL)"),
            QStringLiteral("setup"));
        !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().detail));
        return 2;
    }

    // The engine's own feed: polling a file every --poll ms, or LISTEN on a server.
    std::unique_ptr<ChangeFeed> owned = db->isServer() ? ChangeFeed::create(*db)
                                                       : std::make_unique<SqliteChangeFeed>(path, pollMs);
    ChangeFeed &feed = *owned;
    std::vector<double> latenciesMs;
    qint64 lastId = 0;
    int signals = 0;
    QSqlQuery read(db->connection());
    read.prepare(QStringLiteral("SELECT id, sent_us FROM bench_events WHERE id > ? ORDER BY id"));
    QObject::connect(&feed, &ChangeFeed::changed, &app, [&] {
        ++signals;
        read.addBindValue(lastId);
        if (!read.exec())
            return;
        std::vector<qint64> sent;
        while (read.next()) {
            lastId = read.value(0).toLongLong();
            sent.push_back(read.value(1).toLongLong());
        }
        read.finish();
        const qint64 now = wallClockMicros(); // after the read: the board has the data in hand
        for (qint64 s : sent)
            latenciesMs.push_back(double(now - s) / 1000.0);
        if (int(latenciesMs.size()) >= events)
            app.quit();
    });
    if (Status s = feed.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--writer"), path, QStringLiteral("--events"), QString::number(events),
            QStringLiteral("--interval"), QString::number(intervalMs) });
    // Should the writer die, stop waiting for events that will never come.
    QObject::connect(
        &writer, &QProcess::finished, &app, [&] { QTimer::singleShot(2000, &app, &QCoreApplication::quit); });
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    app.exec();
    const double cpuShare = (cpuSeconds() - cpuBefore) / (double(wall.elapsed()) / 1000.0);
    writer.waitForFinished(5000);
    feed.stop();

    if (latenciesMs.empty()) {
        std::fprintf(stderr, "no event arrived\n");
        return 2;
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    std::printf(
        "changefeed_latency: %s, %zu of %d events, a commit about every %d ms, %s, %d changed() signals\n",
        db->isServer() ? "server (LISTEN/NOTIFY)" : "file", latenciesMs.size(), events, intervalMs,
        db->isServer() ? "notified" : qPrintable(QStringLiteral("poll every %1 ms").arg(pollMs)), signals);
    std::printf("latency ms: min %.1f  median %.1f  p95 %.1f  max %.1f\n", latenciesMs.front(),
        percentile(latenciesMs, 50), percentile(latenciesMs, 95), latenciesMs.back());
    std::printf("watching process CPU: %.2f %% of one core\n", cpuShare * 100.0);
    const double target = db->isServer() ? 50.0 : 100.0;
    const bool ok = int(latenciesMs.size()) == events && percentile(latenciesMs, 95) < target;
    std::printf("target p95 < %.0f ms: %s\n", target, ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}
