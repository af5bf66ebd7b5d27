// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the main window signed in as the demo's admin, on
// Settings › Backups (with the warning when the database is readable by
// others), then the restore confirmation for the newest backup in the list,
// grabbed from the screen. Run under Xvfb at 1366x768 for docs/screenshots:
//   xvfb-run -s "-screen 0 1366x768x24" shoot_backups DB TAB.png CONFIRM.png [id|en]
// The password is LOKET_PASSWORD (default admin123, the demo's).
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/settings/BackupsTab.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

bool grab(const QString &file)
{
    const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: shoot_backups DB TAB.png CONFIRM.png [id|en]\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(args.value(4, QStringLiteral("id")));
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    DatabasePtr database = db.value();
    auto actor = UserService(database).authenticate(QStringLiteral("admin"),
                                                    qEnvironmentVariable("LOKET_PASSWORD", QStringLiteral("admin123")));
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 2;
    }
    const Session session { database, actor.value(), &SystemClock::instance() };
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    window.showPage(QStringLiteral("settings"));
    // Without a window manager, maximised alone keeps the window at its own size.
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.showMaximized();
    auto *settings = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    BackupsTab *backups = settings ? settings->findChild<BackupsTab *>() : nullptr;
    if (!backups) {
        std::fprintf(stderr, "no backups tab\n");
        return 2;
    }
    settings->tabs()->setCurrentWidget(backups);
    int code = 0;
    QTimer::singleShot(1500, [&] {
        if (!grab(args.at(2)))
            code = 3;
        auto *table = backups->findChild<QTableWidget *>();
        if (!table || table->rowCount() == 0) {
            std::fprintf(stderr, "no backup in the list\n");
            app.exit(2);
            return;
        }
        table->selectRow(0);
        // The confirmation is modal: grab it while it is shown, then cancel it.
        QTimer::singleShot(1200, [&] {
            if (!grab(args.at(3)))
                code = 3;
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->reject();
            QTimer::singleShot(200, [&] { app.exit(code); });
        });
        for (QPushButton *b : backups->findChildren<QPushButton *>()) {
            if (b->text() == BackupsTab::tr("Restore selected…")) {
                b->click();
                break;
            }
        }
    });
    return app.exec();
}
