// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the main window signed in (as the sign-in dialog
// would), on the audit page with a filter, grabbed from the screen. Run under
// Xvfb at 1366x768 for docs/screenshots:
//   xvfb-run -s "-screen 0 1366x768x24" shoot_audit DB OUT.png [id|en] [USER] [ACTION]
// The password is LOKET_PASSWORD (default admin123, the demo's).
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "translations/Language.h"
#include "ui/audit/AuditPage.h"
#include "ui/common/Style.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QApplication>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_audit DB OUT.png [id|en] [USER] [ACTION]\n");
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
    auto actor = UserService(database).authenticate(QStringLiteral("admin"),
                                                    qEnvironmentVariable("LOKET_PASSWORD", QStringLiteral("admin123")));
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 2;
    }
    const Session session { database, actor.value(), &SystemClock::instance() };
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    window.showPage(QStringLiteral("audit"));
    // Without a window manager, maximised alone keeps the window at its own size.
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.showMaximized();
    auto *audit = qobject_cast<AuditPage *>(window.page(QStringLiteral("audit")));
    QTimer::singleShot(800, [&] {
        if (audit && (args.size() > 4))
            audit->setFilter(args.value(4), args.value(5));
    });
    QTimer::singleShot(2000, [&] {
        const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(args.at(2));
        std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(args.at(2)));
        app.exit(ok ? 0 : 3);
    });
    return app.exec();
}
