// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the supervisor's start page (the monthly
// dashboard) and its evaluation self-check, in the main window on a demo
// database, and the time from opening the page to its first charts.
// Run under Xvfb at 1366x768 for docs/screenshots:
//   loketctl --database DB demo --days 400 --at 2026-12-02T10:00
//   xvfb-run -s "-screen 0 1366x768x24" shoot_dashboard DB OUTDIR [id|en] [YYYY-MM-DDTHH:MM (WIB)]
// Signs in as camat (supervisor, password LOKET_PASSWORD, default the demo's).
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DashboardRecords.h"
#include "ui/dashboard/DashboardReportMenu.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

void grab(QWidget &window, const QString &file)
{
    QApplication::processEvents();
    window.grab().save(file);
    std::fprintf(stderr, "saved %s\n", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_dashboard DB OUTDIR [id|en] [YYYY-MM-DDTHH:MM]\n");
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
    const QDateTime at = args.size() > 4 ? QDateTime::fromString(args.at(4), Qt::ISODate)
                                         : QDateTime(QDate(2026, 12, 2), QTime(10, 0));
    ManualClock clock(QDateTime(at.date(), at.time(), Qt::UTC).addSecs(-7 * 3600));
    const Session session {database, boss.value(), &clock};
    const QString out = args.at(2);
    QDir().mkpath(out);

    QElapsedTimer opened;
    opened.start();
    MainWindow window(session, QStringLiteral("Kecamatan"));
    addPages(window, session);
    auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    if (!page)
        return 3;
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    QElapsedTimer sinceShown;
    sinceShown.start();
    window.showMaximized();
    QObject::connect(page, &DashboardPage::firstFiguresShown, &app, [&] {
        // Painted, not only filled: the repaint is synchronous.
        window.repaint();
        std::fprintf(stderr, "first charts: filled %lld ms after the page was shown, painted %lld ms (%lld ms after the window was made)\n",
                     page->firstChartMs(), sinceShown.elapsed(), opened.elapsed());
    });
    // The month before the current one: a whole month.
    bool wentBack = false;
    QObject::connect(page, &DashboardPage::loaded, &app, [&] {
        std::fprintf(stderr, "whole report: %lld ms\n", opened.elapsed());
        if (!wentBack) {
            wentBack = true;
            page->previous();
            return;
        }
        QTimer::singleShot(300, &app, [&] {
            grab(window, out + QStringLiteral("/dashboard.png"));
            if (auto *scroll = page->findChild<QScrollArea *>())
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            grab(window, out + QStringLiteral("/dashboard-bottom.png"));
            page->tabs()->setCurrentIndex(1);
            QTimer::singleShot(800, &app, [&] {
                grab(window, out + QStringLiteral("/dashboard-evaluation.png"));
                page->tabs()->setCurrentIndex(0);
                page->showServiceTickets(page->figures().tickets.services.value(0).code);
            });
        });
    });
    int shown = 0;
    QObject::connect(page, &DashboardPage::recordsShown, &app, [&] {
        QTimer::singleShot(300, &app, [&] {
            if (++shown == 1) {
                QWidget *dialog = reinterpret_cast<QWidget *>(page->recordsDialog());
                dialog->grab().save(out + QStringLiteral("/dashboard-records.png"));
                std::fprintf(stderr, "saved %s\n", qPrintable(out + QStringLiteral("/dashboard-records.png")));
                dialog->close();
                // The complaints of the month's largest state.
                ReportCount most;
                for (const ReportCount &c : page->figures().complaints.byState)
                    if (c.count > most.count)
                        most = c;
                page->showComplaints(most.code, {}, most.label);
                return;
            }
            QWidget *dialog = reinterpret_cast<QWidget *>(page->complaintsDialog());
            dialog->grab().save(out + QStringLiteral("/dashboard-complaints.png"));
            std::fprintf(stderr, "saved %s\n", qPrintable(out + QStringLiteral("/dashboard-complaints.png")));
            dialog->close();
            QObject::connect(page->evaluationMenu(), &ReportMenu::finished, &app, [&](bool ok, const QString &message) {
                std::fprintf(stderr, "self-check PDF: %s %s\n", ok ? "ok" : "failed", qPrintable(message));
                app.quit();
            });
            page->evaluationMenu()->make(ReportMenu::Kind::Pdf, out + QStringLiteral("/evaluation.pdf"));
        });
    });
    QTimer::singleShot(60000, &app, [&] { app.exit(4); });
    return app.exec();
}
