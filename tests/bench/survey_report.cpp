// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SKM report of a year: what a supervisor waits for after "Print report".
//
//   survey_report [--responses N] [--runs R]
//
// Fills a temporary database as bench_survey does (default 50,000 responses
// in 2026, 100,000 tickets served), then times, R times each (default 9):
//   - SurveyReport::read for the year without the per-response rows (what
//     the PDF needs: the index, the trend over six quarters, the profile
//     counts, the answer counts, the plan);
//   - SurveyReport::read with the rows (what the workbook needs);
//   - SurveyService::index for the year alone, the baseline;
// and once each, the PDF and the XLSX written from the data.
// Prints medians and the fastest runs.
#include "core/auth/Actor.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyReport.h"
#include "print/survey/SurveyReportPdf.h"
#include "print/survey/SurveyReportXlsx.h"
#include "tests/bench/SurveyFill.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QGuiApplication>
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

double fastest(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF's fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption responsesOption(QStringLiteral("responses"), QStringLiteral("responses in the year"),
                                       QStringLiteral("N"), QStringLiteral("50000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs of each"), QStringLiteral("R"),
                                  QStringLiteral("9"));
    parser.addOption(responsesOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int responses = std::max(1, parser.value(responsesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("survey.db")));
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
    std::printf("survey_report: %d responses in 2026, 100000 served tickets (filled in %.1f s)\n", responses,
                double(timer.elapsed()) / 1000.0);

    const SurveyReport report(db);
    const SurveyService survey(db);
    const Actor system = Actor::system();
    const QDate from(2026, 1, 1), to(2026, 12, 31);
    std::vector<double> bare, withoutRows, withRows;
    SurveyReportData data;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto index = survey.index(system, from, to);
        bare.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!index) {
            std::fprintf(stderr, "%s\n", qPrintable(index.error().message));
            return 2;
        }
        SurveyReport::Options options;
        options.withRows = false;
        timer.restart();
        auto light = report.read(system, from, to, options);
        withoutRows.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        auto full = report.read(system, from, to);
        withRows.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!light || !full) {
            std::fprintf(stderr, "%s\n", qPrintable((light ? full.error() : light.error()).message));
            return 2;
        }
        data = full.value();
    }
    std::printf("IKM of the year %s, %lld rows, trend of %lld quarters\n",
                qPrintable(centiText(data.index.office.ikm.convertedCenti.value_or(0))), qlonglong(data.rows.size()),
                qlonglong(data.trend.size()));
    std::printf("SurveyService::index (baseline)      median %.0f ms, fastest %.0f ms of %d runs\n", median(bare),
                fastest(bare), runs);
    std::printf("SurveyReport::read without rows (PDF) median %.0f ms, fastest %.0f ms\n", median(withoutRows),
                fastest(withoutRows));
    std::printf("SurveyReport::read with rows (XLSX)  median %.0f ms, fastest %.0f ms\n", median(withRows),
                fastest(withRows));

    timer.restart();
    auto pages = SurveyReportPdf::write(dir.filePath(QStringLiteral("skm.pdf")), data);
    const double pdfMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Status xlsx = SurveyReportXlsx::write(dir.filePath(QStringLiteral("skm.xlsx")), data);
    const double xlsxMs = double(timer.nsecsElapsed()) / 1e6;
    if (!pages || !xlsx) {
        std::fprintf(stderr, "writing failed\n");
        return 2;
    }
    std::printf("PDF written in %.0f ms (%d pages), XLSX in %.0f ms (%.1f MB)\n", pdfMs, pages.value(), xlsxMs,
                double(QFileInfo(dir.filePath(QStringLiteral("skm.xlsx"))).size()) / 1e6);
    return 0;
}
