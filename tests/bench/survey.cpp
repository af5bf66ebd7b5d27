// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction index (IKM) of a year.
//
//   survey [--responses N] [--runs R] [--database FILE]
//
// Fills a temporary database with N responses (default 50,000) spread over
// the working hours of 2026, 6 services, each answering the nine elements
// (about 3 % of answers left out), and 100,000 tickets served in the year
// (the sample's population). Then times, R times each (default 15), in the
// same run:
//   - SurveyService::index for the year (office, per service, per element,
//     the sample): what a user waits for;
//   - SurveyService::index for the second quarter (a quarter costs its own answers);
//   - the bare SQL it rests on, SELECT element, SUM, COUNT … GROUP BY over the
//     year's responses, as the baseline.
// Prints the median and the fastest run of each, and their ratio.
#include "core/auth/Actor.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyService.h"
#include "tests/bench/SurveyFill.h"

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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption responsesOption(QStringLiteral("responses"), QStringLiteral("responses in the year"),
                                       QStringLiteral("N"), QStringLiteral("50000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs of each"), QStringLiteral("R"),
                                  QStringLiteral("15"));
    QCommandLineOption databaseOption(QStringLiteral("database"),
                                      QStringLiteral("write the database here (a new file) and keep it"),
                                      QStringLiteral("FILE"));
    parser.addOption(responsesOption);
    parser.addOption(runsOption);
    parser.addOption(databaseOption);
    parser.process(app);
    const int responses = std::max(1, parser.value(responsesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : dir.filePath(QStringLiteral("survey.db"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    QElapsedTimer timer;
    timer.start();
    if (Status s = bench::fill(*db, responses); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral("SELECT count(*) FROM survey_answers"));
    count.next();
    std::printf("survey: %d responses (%lld answers), 100000 served tickets in 2026 (filled in %.1f s)\n", responses,
                count.value(0).toLongLong(), double(timer.elapsed()) / 1000.0);
    count.finish();

    // How SQLite runs the index's aggregate (printed with the figures).
    {
        QSqlQuery plan(db->connection());
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.service_id, a.element, sum(a.value), count(*) "
                                 "FROM survey_responses r CROSS JOIN survey_answers a ON a.response_id = r.id "
                                 "WHERE r.answered_at >= 0 AND r.answered_at < 1 GROUP BY r.service_id, a.element"));
        while (plan.next())
            std::printf("  plan: %s\n", qPrintable(plan.value(3).toString()));
    }

    const SurveyService survey(db);
    const Actor system = Actor::system();
    const SurveyPeriod year {SurveyPeriod::Kind::Year, 2026, 1};
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(-7 * 3600).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).addSecs(-7 * 3600).toMSecsSinceEpoch();

    std::vector<double> service, bare, quarter;
    int convertedCenti = 0;
    qint64 respondents = 0, population = 0, bareCount = 0;
    for (int run = 0; run < runs; ++run) {
        // Alternate, so both see the same cache and load.
        timer.restart();
        auto report = survey.index(system, year);
        service.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
            return 2;
        }
        convertedCenti = report->office.ikm.convertedCenti.value_or(0);
        respondents = report->office.ikm.respondents;
        population = report->office.sample.population;

        timer.restart();
        auto q2 = survey.index(system, SurveyPeriod {SurveyPeriod::Kind::Quarter, 2026, 2});
        quarter.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!q2) {
            std::fprintf(stderr, "%s\n", qPrintable(q2.error().message));
            return 2;
        }

        timer.restart();
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT a.element, sum(a.value), count(*) FROM survey_responses r "
                                 "JOIN survey_answers a ON a.response_id = r.id "
                                 "WHERE r.answered_at >= ? AND r.answered_at < ? GROUP BY a.element"));
        q.addBindValue(start);
        q.addBindValue(end);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 2;
        }
        bareCount = 0;
        while (q.next())
            bareCount += q.value(2).toLongLong();
        bare.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double ms = median(service), baseline = median(bare);
    std::printf("index of the year: %s (%s), %lld respondents, N %lld\n", qPrintable(centiText(convertedCenti)),
                qPrintable(ikmGradeLetter(ikmGradeOf(convertedCenti))), respondents, population);
    std::printf("SurveyService::index  median %.1f ms, fastest %.1f ms of %d runs\n", ms,
                *std::min_element(service.begin(), service.end()), runs);
    std::printf("SurveyService::index of Q2 2026  median %.1f ms, fastest %.1f ms\n", median(quarter),
                *std::min_element(quarter.begin(), quarter.end()));
    std::printf("bare SUM/COUNT GROUP BY element  median %.1f ms, fastest %.1f ms (%lld answers)\n", baseline,
                *std::min_element(bare.begin(), bare.end()), bareCount);
    std::printf("ratio index / bare: %.2f\n", baseline > 0 ? ms / baseline : 0.0);
    return 0;
}
