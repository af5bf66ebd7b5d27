// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How long `loket --mode counter` takes to be ready on a year of history.
//
//   bench_counter_ready [--database FILE] [--runs 5]
//
// Makes a 365-day demo database when FILE does not exist, then, in a fresh
// child process per run (a cold start of the program, warm disk cache), times
// what the application does between start and the counter screen being
// usable: opening the database (the read-only check with quick_check, the
// write-lock probe, migrations), the start-up tasks (the daily backup — made
// only at the first start of the day, so timed separately — and closing past
// days), signing in (one Argon2id verification), and building, showing and
// filling the counter window with its first snapshot. Prints the median per
// step over the runs. Sign-in is the officer typing: not counted.
#include "core/auth/UserService.h"
#include "core/catalog/CalendarRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/queue/QueueService.h"
#include "core/backup/Backup.h"
#include "core/storage/Database.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/counter/CounterWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace loket;

namespace {

double ms(QElapsedTimer &t)
{
    const double v = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    return v;
}

int child(const QString &path, QApplication &app)
{
    QElapsedTimer total, step;
    total.start();
    step.start();
    ui::applyStyle(app);
    installLanguage(QStringLiteral("id"));
    auto db = Database::open(path);
    if (!db)
        return 2;
    const double open = ms(step);
    const Clock &clock = SystemClock::instance();
    auto zone = CalendarRepository(db.value()).officeTime();
    const QDate today = zone ? zone->localDate(clock.nowUtc()) : clock.nowUtc().date();
    auto backup = Backup::autoBackupIfDue(db.value(), clock, today);
    const double backupMs = ms(step);
    (void)QueueService(db.value(), clock).closeDay(Actor::system());
    const double closeDay = ms(step);
    auto actor = UserService(db.value()).authenticate(QStringLiteral("petugas1"), QStringLiteral("petugas123"));
    if (!actor)
        return 3;
    const double signIn = ms(step);
    ui::Session session{db.value(), actor.value(), &clock};
    ui::CounterWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double screen = ms(step);
    const double ready = double(total.nsecsElapsed()) / 1e6 - signIn - backupMs;
    std::printf("%.1f %.1f %.1f %.1f %.1f %.1f %d\n", open, backupMs, closeDay, signIn, screen, ready,
                backup && backup->made ? 1 : 0);
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[(v.size() - 1) / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("FILE"));
    QCommandLineOption runs(QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption childOption(QStringLiteral("child"), QString(), QStringLiteral("FILE"));
    parser.addOptions({database, runs, childOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return child(parser.value(childOption), app);

    QTemporaryDir tmp;
    const QString path = parser.isSet(database) ? parser.value(database) : tmp.filePath(QStringLiteral("year.db"));
    if (!QFile::exists(path)) {
        auto db = Database::open(path);
        DemoOptions o;
        o.days = 365;
        o.seed = 1;
        auto made = db ? generateDemo(db.value(), o) : Result<DemoSummary>(db.error());
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 2;
        }
        std::printf("demo database: %d tickets, %.1f MB\n", made->tickets, QFile(path).size() / 1e6);
    }
    std::vector<double> open, backup, closeDay, signIn, screen, ready, processWall;
    double firstBackup = 0;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        QProcess p;
        QElapsedTimer wall;
        wall.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        p.waitForFinished(-1);
        processWall.push_back(double(wall.nsecsElapsed()) / 1e6);
        const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
        if (f.size() != 7) {
            std::fprintf(stderr, "run %d failed: %s\n", i, p.readAllStandardError().constData());
            return 2;
        }
        open.push_back(f[0].toDouble());
        if (f[6] == "1")
            firstBackup = f[1].toDouble();
        else
            backup.push_back(f[1].toDouble());
        closeDay.push_back(f[2].toDouble());
        signIn.push_back(f[3].toDouble());
        screen.push_back(f[4].toDouble());
        ready.push_back(f[5].toDouble());
    }
    std::printf("open database %.0f ms, daily backup %.0f ms (first start of the day only; later starts %.1f ms), "
                "close past days %.1f ms, sign-in %.0f ms (not counted), counter window %.0f ms\n",
                median(open), firstBackup, median(backup), median(closeDay), median(signIn), median(screen));
    std::printf("ready (start to usable counter, without sign-in and the daily backup): median %.0f ms over %zu runs\n",
                median(ready), ready.size());
    std::printf("whole child process, exec to exit (loading Qt, all of the above incl. sign-in, tear-down): median %.0f "
                "ms\n",
                median(processWall));
    return 0;
}
