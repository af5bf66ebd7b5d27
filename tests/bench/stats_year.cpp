// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueStatistics over a year of a busy office.
//
//   stats_year [--per-day N]
//
// Fills a temporary database with 250 working days of 2026 × N tickets
// (default 400: ~100,000 tickets) with random but plausible times, then
// computes the statistics for the whole year three times and prints the time.
#include "core/auth/Actor.h"
#include "core/stats/QueueStatistics.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace loket;

namespace {

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

Status fill(const Database &db, int perDay, int &tickets)
{
    QSqlQuery q(db.connection());
    const QStringList setup = {
        QStringLiteral("INSERT INTO office (id, name) VALUES (1, 'Disdukcapil Contoh')"),
        QStringLiteral("INSERT INTO services (id, code, prefix, name, target_minutes, sort_order) VALUES "
                       "(1,'ktp','A','KTP-el',10,1),(2,'kk','B','Kartu Keluarga',15,2),(3,'kia','C','KIA',10,3),"
                       "(4,'pindah','D','Surat pindah',20,4),(5,'akta','E','Akta kelahiran',15,5),"
                       "(6,'legal','F','Legalisasi',5,6)"),
        QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1,1,'Loket 1'),(2,2,'Loket 2'),"
                       "(3,3,'Loket 3'),(4,4,'Loket 4'),(5,5,'Loket 5')"),
        QStringLiteral("INSERT INTO users (id, username, full_name, role, password_hash, created_at) VALUES "
                       "(1,'a','Ani','officer','x',0),(2,'b','Budi','officer','x',0),(3,'c','Citra','officer','x',0),"
                       "(4,'d','Dedi','officer','x',0),(5,'e','Eka','officer','x',0)"),
    };
    for (const QString &s : setup) {
        if (!exec(q, s))
            return makeError(ErrorCode::Io, QStringLiteral("setup failed"));
    }
    return db.transaction([&]() -> Status {
        QSqlQuery ins(db.connection());
        ins.prepare(QStringLiteral(
            "INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, priority_reason_id, "
            "issued_at, first_called_at, last_called_at, call_count, started_at, finished_at, counter_id, officer_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        auto *rng = QRandomGenerator::global();
        QDate day(2026, 1, 2);
        int days = 0;
        while (days < 250) {
            if (day.dayOfWeek() <= 5) {
                ++days;
                std::vector<int> seq(7, 0);
                // 07.30 WIB = 00.30 UTC
                const qint64 open = QDateTime(day, QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
                for (int i = 0; i < perDay; ++i) {
                    const int service = 1 + int(rng->bounded(6));
                    const qint64 issued = open + qint64(rng->bounded(7 * 3600)) * 1000;
                    const quint32 fate = rng->bounded(100);
                    const int counter = 1 + int(rng->bounded(5));
                    QVariant called, started, finished, counterId, officerId;
                    QString status = QStringLiteral("done");
                    if (fate < 1) {
                        status = QStringLiteral("cancelled");
                    } else if (fate < 2) {
                        status = QStringLiteral("expired");
                    } else {
                        called = issued + qint64(rng->bounded(60 * 60)) * 1000;
                        counterId = counter;
                        officerId = counter;
                        if (fate < 5) {
                            status = QStringLiteral("no_show");
                        } else {
                            started = called.toLongLong() + qint64(rng->bounded(120)) * 1000;
                            finished = started.toLongLong() + qint64(120 + rng->bounded(20 * 60)) * 1000;
                        }
                    }
                    const int n = ++seq[size_t(service)];
                    ins.addBindValue(day.toString(Qt::ISODate));
                    ins.addBindValue(service);
                    ins.addBindValue(n);
                    ins.addBindValue(
                        QStringLiteral("%1-%2").arg(QChar(u'A' + service - 1)).arg(n, 3, 10, QLatin1Char('0')));
                    ins.addBindValue(service);
                    ins.addBindValue(status);
                    ins.addBindValue(rng->bounded(100) < 8 ? QVariant(1 + int(rng->bounded(4))) : QVariant());
                    ins.addBindValue(issued);
                    ins.addBindValue(called);
                    ins.addBindValue(called);
                    ins.addBindValue(called.isNull() ? 0 : 1);
                    ins.addBindValue(started);
                    ins.addBindValue(finished);
                    ins.addBindValue(counterId);
                    ins.addBindValue(officerId);
                    if (!ins.exec())
                        return db.sqlError(ins.lastError(), QStringLiteral("filling"));
                    ++tickets;
                }
            }
            day = day.addDays(1);
        }
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption perDayOption(QStringLiteral("per-day"), QStringLiteral("tickets per working day"),
        QStringLiteral("N"), QStringLiteral("400"));
    parser.addOption(perDayOption);
    parser.process(app);

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("year.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    int tickets = 0;
    QElapsedTimer timer;
    timer.start();
    if (Status s = fill(*db, std::max(1, parser.value(perDayOption).toInt()), tickets); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    std::printf("stats_year: %d tickets on 250 working days of 2026 (filled in %.1f s)\n", tickets,
        double(timer.elapsed()) / 1000.0);

    QueueStatistics stats(db);
    std::vector<double> runs;
    QueueStatisticsReport report;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        auto r = stats.compute(Actor::system(), QDate(2026, 1, 1), QDate(2026, 12, 31));
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 2;
        }
        report = r.value();
    }
    std::sort(runs.begin(), runs.end());
    std::printf(
        "compute(2026-01-01 .. 2026-12-31): fastest %.0f ms, median %.0f ms of 3 runs\n", runs.front(), runs[1]);
    std::printf("groups: %lld services, %lld counters, %lld officers, %lld days, %lld hours; served %d, "
                "median wait %.1f min\n",
        qlonglong(report.byService.size()), qlonglong(report.byCounter.size()), qlonglong(report.byOfficer.size()),
        qlonglong(report.byDay.size()), qlonglong(report.byHour.size()), report.overall.served,
        double(report.overall.wait.medianMs) / 60000.0);
    return 0;
}
