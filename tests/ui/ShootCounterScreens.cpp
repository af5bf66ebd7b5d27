// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the counter window (what --mode counter shows
// after signing in) and the main window's queue monitor, at 1366 x 768, on a
// copy of a (demo) database at a chosen office time. For docs/screenshots:
//   shoot_counter_screens DB 2026-12-02T10:20 OUTDIR [en|id]
// Run it under Xvfb (or offscreen); it writes counter.png, counter-undo.png,
// counter-survey.png (F12 after finishing), counter-main.png and monitor.png.
#include "core/auth/UserService.h"
#include "core/catalog/OfficeService.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "tests/ui/WaitFor.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/counter/CounterActions.h"
#include "ui/counter/CounterPage.h"
#include "ui/counter/CounterWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

bool save(QWidget &w, const QString &dir, const QString &name)
{
    loket::test::waitFor([] { return false; }, 600);
    const bool ok = w.grab().save(QDir(dir).filePath(name));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: shoot_counter_screens DB YYYY-MM-DDTHH:MM(office time) OUTDIR [en|id]\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(args.value(4, QStringLiteral("en")));
    const QString out = args.at(3);
    QDir().mkpath(out);
    const QString copy = QDir(out).filePath(QStringLiteral("screens.db"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile::remove(copy + suffix);
        if (QFile::exists(args.at(1) + suffix) && !QFile::copy(args.at(1) + suffix, copy + suffix))
            return 2;
    }
    auto opened = Database::open(copy);
    if (!opened)
        return 2;
    DatabasePtr db = opened.value();
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    QString officeName;
    if (auto office = OfficeService(db).get()) {
        zone = office->timeZone;
        officeName = office->name;
    }
    const QDateTime local = QDateTime::fromString(args.at(2), Qt::ISODate);
    ManualClock clock(OfficeTime(zone).utcOf(local.date(), local.time()));

    auto officer = UserService(db, clock).authenticate(QStringLiteral("petugas1"), QStringLiteral("petugas123"));
    auto supervisor = UserService(db, clock).authenticate(QStringLiteral("camat"), QStringLiteral("camat123"));
    if (!officer || !supervisor)
        return 3;
    {
        const Session session { db, officer.value(), &clock };
        CounterWindow window(session, officeName);
        window.resize(1366, 768);
        window.show();
        CounterPage *page = window.findChild<CounterPage *>();
        if (!page)
            return 4;
        save(window, out, QStringLiteral("counter.png"));
        // The officer marks the called citizen as not come: the offer to take it back.
        if (page->actions()->callNext->isEnabled())
            page->actions()->callNext->trigger();
        if (page->actions()->noShow->isEnabled())
            page->actions()->noShow->trigger();
        save(window, out, QStringLiteral("counter-undo.png"));
        // The next citizen served and finished, then F12 hands the ticket to the survey screen.
        for (QAction *a : {page->actions()->callNext, page->actions()->start, page->actions()->finish}) {
            if (a->isEnabled())
                a->trigger();
        }
        page->actions()->handToSurvey->trigger();
        save(window, out, QStringLiteral("counter-survey.png"));
    }
    {
        const Session session { db, officer.value(), &clock };
        MainWindow window(session, officeName);
        addPages(window, session);
        window.showPage(QStringLiteral("counter"));
        window.resize(1366, 768);
        window.show();
        save(window, out, QStringLiteral("counter-main.png"));
    }
    {
        const Session session { db, supervisor.value(), &clock };
        MainWindow window(session, officeName);
        addPages(window, session);
        window.showPage(QStringLiteral("monitor"));
        window.resize(1366, 768);
        window.show();
        save(window, out, QStringLiteral("monitor.png"));
    }
    db.reset();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy + suffix);
    return 0;
}
