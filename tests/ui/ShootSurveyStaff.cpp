// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the survey's paper entry (a form half typed,
// two saved) and the results of the current period, on a demo database with
// survey responses. Run under Xvfb at 1366x768 for docs/screenshots:
//   loketctl --database DB demo --days 400
//   xvfb-run -s "-screen 0 1366x768x24" shoot_survey_staff DB OUTDIR [id|en]
// Signs in as camat (supervisor, password LOKET_PASSWORD, default the demo's).
// The forms typed are saved in DB.
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyService.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/survey/SurveyEntryPage.h"
#include "ui/survey/SurveyCommentsPanel.h"
#include "ui/survey/SurveyResultsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace loket;
using namespace loket::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_survey_staff DB OUTDIR [id|en]\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(args.value(3, QStringLiteral("id")));
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    DatabasePtr database = db.value();
    const QString password = qEnvironmentVariable("LOKET_PASSWORD");
    auto boss = UserService(database).authenticate(QStringLiteral("camat"),
                                                   password.isEmpty() ? QStringLiteral("camat123") : password);
    if (!boss) {
        std::fprintf(stderr, "%s\n", qPrintable(boss.error().message));
        return 2;
    }
    {
        SurveyService survey(database);
        QElapsedTimer t;
        t.start();
        auto r = survey.index(boss.value(), survey.currentPeriod());
        std::fprintf(stderr, "index of %s: %lld ms, %lld respondents\n", qPrintable(survey.currentPeriod().code()),
                     t.elapsed(), r ? r->office.ikm.respondents : -1);
        t.restart();
        auto y = survey.index(boss.value(), survey.currentPeriod().yearPeriod());
        std::fprintf(stderr, "index of the year: %lld ms, %lld respondents\n", t.elapsed(),
                     y ? y->office.ikm.respondents : -1);
    }

    const Session session {database, boss.value(), &SystemClock::instance()};
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    const QString out = args.at(2);
    auto shoot = [&](const QString &name) {
        const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(out + QLatin1Char('/') + name);
        std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    };
    auto type = [](const QString &keys) {
        for (QChar c : keys)
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
    };
    QElapsedTimer loading;
    // How long the window ever waits between two ticks of a 10 ms timer: the page must not freeze it while it reads.
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (tick.isValid())
            longestGap = std::max(longestGap, tick.elapsed());
        tick.restart();
    });
    std::vector<std::pair<int, std::function<void()>>> steps {
        {300, [&] { window.showPage(QStringLiteral("survey-entry")); }},
        {400, [&] {
             window.activateWindow();
             // Without a window manager nothing activates the window: as a click on it would.
             QT_WARNING_PUSH
             QT_WARNING_DISABLE_DEPRECATED
             QApplication::setActiveWindow(&window);
             QT_WARNING_POP
             if (auto *entry = qobject_cast<SurveyEntryPage *>(window.page(QStringLiteral("survey-entry"))))
                 entry->field(SurveyEntryPage::Answer1)->setFocus();
             if (!QApplication::focusWidget())
                 return;
             type(QStringLiteral("4343443") + QStringLiteral("32") + QStringLiteral("p27") + QStringLiteral("44"));
             QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
             type(QStringLiteral("3333343") + QStringLiteral("4 ") + QStringLiteral("l52") + QStringLiteral("31"));
             QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
             // The third form, typed up to the education: shown back before Enter.
             type(QStringLiteral("4434344") + QStringLiteral("33") + QStringLiteral("l41") + QStringLiteral("5"));
         }},
        {800, [&] { shoot(QStringLiteral("survey-entry.png")); }},
        {100, [&] {
             loading.start();
             longestGap = 0;
             tick.invalidate();
             ticker.start();
             window.showPage(QStringLiteral("survey-results"));
             auto *results = qobject_cast<SurveyResultsPage *>(window.page(QStringLiteral("survey-results")));
             std::fprintf(stderr, "results page shown, loading: %s\n", results && results->isLoading() ? "yes" : "no");
             if (results)
                 QObject::connect(results, &SurveyResultsPage::loaded, results, [&] {
                     std::fprintf(stderr, "results loaded in %lld ms (the index, 8 periods of trend, the plan); "
                                          "longest wait of the window meanwhile: %lld ms\n",
                                  loading.elapsed(), longestGap);
                     longestGap = 0;
                 });
         }},
        {2500, [&] { shoot(QStringLiteral("survey-results.png")); }},
        // The quarter before, with its follow-up plan.
        {100, [&] {
             if (auto *results = qobject_cast<SurveyResultsPage *>(window.page(QStringLiteral("survey-results")))) {
                 loading.restart();
                 longestGap = 0; // the screenshot just taken held the window, not the page
                 tick.invalidate();
                 results->previous();
                 results->lists()->setCurrentWidget(results->planPanel());
             }
         }},
        {2000, [&] { shoot(QStringLiteral("survey-results-plan.png")); }},
        {100, [&] {
             if (auto *results = qobject_cast<SurveyResultsPage *>(window.page(QStringLiteral("survey-results"))))
                 results->lists()->setCurrentWidget(results->commentsPanel());
         }},
        {800, [&] { shoot(QStringLiteral("survey-results-comments.png")); }},
        {100, [&] { app.quit(); }},
    };
    int delay = 0;
    for (auto &[wait, step] : steps) {
        delay += wait;
        QTimer::singleShot(delay, &app, step);
    }
    return app.exec();
}
