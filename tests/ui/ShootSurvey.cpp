// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the survey screen's pages on a copy of a (demo)
// database, for docs/screenshots. Run it under Xvfb (or offscreen):
//   xvfb-run -a -s "-screen 0 1366x768x24" shoot_survey DB OUTDIR
// It hands the demo's last served ticket to the screen a minute after it was
// finished, and writes survey-idle, survey-question, survey-question-english,
// survey-profile, survey-thanks and survey-problem (.png).
#include "core/survey/SurveyHandoff.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/survey/SurveyScreen.h"
#include "ui/survey/SurveyScreenPages.h"
#include "ui/survey/SurveyScreenProfile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

bool save(QWidget &w, const QString &dir, const QString &name)
{
    for (int i = 0; i < 6; ++i) {
        QApplication::processEvents();
        QTest::qWait(50);
    }
    const bool ok = w.grab().save(QDir(dir).filePath(name));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    return ok;
}

bool waitPage(SurveyScreen &s, SurveyScreen::Page p)
{
    for (int i = 0; i < 100 && s.page() != p; ++i)
        QTest::qWait(50);
    return s.page() == p;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_survey DB OUTDIR\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(QStringLiteral("id"));
    const QString out = args.at(2);
    QDir().mkpath(out);
    const QString copy = QDir(out).filePath(QStringLiteral("survey-screens.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(args.at(1) + suffix) && !QFile::copy(args.at(1) + suffix, copy + suffix))
            return 2;
    }
    auto opened = Database::open(copy);
    if (!opened)
        return 2;
    DatabasePtr db = opened.value();
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT t.id, t.counter_id, t.finished_at, c.number FROM tickets t "
                               "JOIN counters c ON c.id = t.counter_id WHERE t.status = 'done' AND NOT EXISTS "
                               "(SELECT 1 FROM survey_responses r WHERE r.ticket_id = t.id) "
                               "ORDER BY t.finished_at DESC LIMIT 1"))
        || !q.next()) {
        std::fprintf(stderr, "no served ticket in the database\n");
        return 3;
    }
    const qint64 ticketId = q.value(0).toLongLong();
    const qint64 counterId = q.value(1).toLongLong();
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC).addSecs(60));
    const int counterNumber = q.value(3).toInt();
    q.finish();

    SurveyScreen screen(db, clock, {counterNumber});
    screen.resize(1366, 768);
    screen.show();
    QTest::qWait(400);
    save(screen, out, QStringLiteral("survey-idle.png"));

    auto handed = SurveyHandoffService(db, clock).handOver(Actor::system(), counterId, ticketId);
    if (!handed) {
        std::fprintf(stderr, "%s\n", qPrintable(handed.error().message));
        return 4;
    }
    screen.checkPending();
    if (!waitPage(screen, SurveyScreen::Page::Question))
        return 5;
    QTest::keyClick(&screen, Qt::Key_4);
    QTest::keyClick(&screen, Qt::Key_3);
    QTest::keyClick(&screen, Qt::Key_S);
    QTest::keyClick(&screen, Qt::Key_3);
    QTest::keyClick(&screen, Qt::Key_Backspace); // back to U4, answered 3: its choice shows
    save(screen, out, QStringLiteral("survey-question.png"));
    QTest::mouseClick(screen.languageButton(), Qt::LeftButton);
    for (Qt::Key k : {Qt::Key_3, Qt::Key_4, Qt::Key_4, Qt::Key_4}) // U4 … U7: U9 is next
        QTest::keyClick(&screen, k);
    save(screen, out, QStringLiteral("survey-question-english.png"));
    QTest::mouseClick(screen.languageButton(), Qt::LeftButton);
    QTest::keyClick(&screen, Qt::Key_3); // U9
    QTest::keyClick(&screen, Qt::Key_2); // U8: the profile is next
    if (!waitPage(screen, SurveyScreen::Page::Profile))
        return 5;
    SurveyProfilePage *profile = screen.profilePage();
    QTest::mouseClick(profile->genderButton(QStringLiteral("P")), Qt::LeftButton);
    QTest::keyClick(&screen, Qt::Key_3);
    QTest::keyClick(&screen, Qt::Key_4);
    if (QPushButton *b = profile->educationButton(QStringLiteral("SMA")))
        QTest::mouseClick(b, Qt::LeftButton);
    if (QPushButton *b = profile->occupationButton(QStringLiteral("WIRAUSAHA")))
        QTest::mouseClick(b, Qt::LeftButton);
    save(screen, out, QStringLiteral("survey-profile.png"));
    QSignalSpy finished(&screen, &SurveyScreen::finished);
    screen.setThanksSeconds(60);
    QTest::mouseClick(profile->sendButton(), Qt::LeftButton);
    finished.wait(5000);
    save(screen, out, QStringLiteral("survey-thanks.png"));
    {
        // Paired with a counter that does not exist: the problem in words, the detail for staff.
        SurveyScreen wrong(db, clock, {99});
        wrong.resize(1366, 768);
        wrong.show();
        QTest::qWait(800);
        save(wrong, out, QStringLiteral("survey-problem.png"));
    }
    return finished.isEmpty() || !finished.at(0).at(0).toBool() ? 6 : 0;
}
