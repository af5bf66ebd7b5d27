// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the complaint screens on a demo database, grabbed
// from the screen. Run under Xvfb at 1366x768 for docs/screenshots:
//   xvfb-run -s "-screen 0 1366x768x24" shoot_complaints DB OUTDIR [id|en]
// Signs in as tl1 (follow-up team, password LOKET_PASSWORD, default the demo's).
#include "core/auth/UserService.h"
#include "core/complaints/ComplaintService.h"
#include "core/storage/Database.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/complaints/ComplaintFileView.h"
#include "ui/complaints/ComplaintFormDialog.h"
#include "ui/complaints/ComplaintStepDialog.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace loket;
using namespace loket::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: shoot_complaints DB OUTDIR [id|en]\n");
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
    auto actor = UserService(database).authenticate(QStringLiteral("tl1"),
                                                    qEnvironmentVariable("LOKET_PASSWORD", QStringLiteral("tindak123")));
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 2;
    }
    const Session session {database, actor.value(), &SystemClock::instance()};
    MainWindow window(session, QStringLiteral("Kecamatan Sukamaju"));
    addPages(window, session);
    window.showPage(QStringLiteral("complaints"));
    // Without a window manager, maximised alone keeps the window small.
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    auto *page = qobject_cast<ComplaintsPage *>(window.page(QStringLiteral("complaints")));
    const QString out = args.at(2);
    auto shoot = [&](const QString &name) {
        const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(out + QLatin1Char('/') + name);
        std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    };
    // A confidential complaint with an identity, for the file.
    qint64 secret = 0;
    if (auto all = ComplaintService(database).list(session.actor, ComplaintFilter {.view = ComplaintFilter::View::All})) {
        for (const Complaint &c : all.value()) {
            if (c.intake.confidential && c.hasIdentity && c.status.state == ComplaintState::InFollowUp) {
                secret = c.id;
                break;
            }
        }
    }
    std::vector<std::pair<int, std::function<void()>>> steps {
        {1200, [&] { page->setView(ComplaintFilter::View::Open); }},
        {800, [&] { shoot(QStringLiteral("complaints-worklist.png")); }},
        {100, [&] { page->setView(ComplaintFilter::View::Overdue); }},
        {800, [&] { shoot(QStringLiteral("complaints-overdue.png")); }},
        {100, [&] {
             page->setView(ComplaintFilter::View::All);
             if (secret)
                 page->select(secret);
             page->file()->revealIdentity();
         }},
        {800, [&] { shoot(QStringLiteral("complaints-file.png")); }},
        {100, [&] {
             auto *form = new ComplaintFormDialog(session, &window);
             form->setAttribute(Qt::WA_DeleteOnClose);
             form->summaryEdit()->setText(QStringLiteral("Petugas loket 2 tidak ada selama satu jam"));
             form->show();
         }},
        {800, [&] { shoot(QStringLiteral("complaints-intake.png")); }},
        {100, [&] {
             for (QWidget *w : QApplication::topLevelWidgets()) {
                 if (qobject_cast<ComplaintFormDialog *>(w))
                     w->close();
             }
             auto open = ComplaintService(database).list(session.actor, ComplaintFilter {.view = ComplaintFilter::View::Open});
             std::optional<Complaint> target;
             if (open) {
                 for (const Complaint &c : open.value()) {
                     if (c.status.state == ComplaintState::InFollowUp || c.status.state == ComplaintState::Assigned) {
                         target = c;
                         break;
                     }
                 }
             }
             if (target) {
                 auto *d = new ComplaintStepDialog(session, *target, ComplaintStepDialog::Step::Respond, &window);
                 d->setAttribute(Qt::WA_DeleteOnClose);
                 d->show();
             }
         }},
        {800, [&] {
             shoot(QStringLiteral("complaints-respond.png"));
             app.exit(0);
         }},
    };
    int at = 0;
    for (auto &[delay, work] : steps) {
        at += delay;
        QTimer::singleShot(at, work);
    }
    return app.exec();
}
