// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the display board and the kiosk on a server's
// database while the server is restarted under them (scripts/pg-cluster),
// with screenshots before, during and after.
//   shoot_server_outage URL CLUSTER-DIR OUTDIR 2026-11-23T10:20
#include "core/catalog/OfficeService.h"
#include "core/queue/QueueService.h"
#include "core/storage/SettingsStore.h"
#include "translations/Language.h"
#include "ui/board/BoardWindow.h"
#include "ui/common/ConnectionBanner.h"
#include "ui/common/Style.h"
#include "ui/counter/CounterWindow.h"
#include "core/auth/UserService.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

void save(QWidget &w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
    std::printf("%s\n", qPrintable(name));
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: shoot_server_outage URL CLUSTER-DIR OUTDIR YYYY-MM-DDTHH:MM\n");
        return 1;
    }
    installLanguage(QStringLiteral("id"));
    applyStyle(app);
    const QString out = args.at(3);
    QDir().mkpath(out);
    auto opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    OfficeTimeZone zone = OfficeTimeZone::WIB;
    if (auto office = OfficeService(db).get())
        zone = office->timeZone;
    const QDateTime local = QDateTime::fromString(args.at(4), Qt::ISODate);
    ManualClock clock(OfficeTime(zone).utcOf(local.date(), local.time()));
    (void)SettingsStore(db).setValue(QLatin1String(SettingKey::BoardVoice), false);

    BoardWindow board(db, clock);
    board.resize(1366, 768);
    board.show();
    KioskWindow kiosk(db, clock);
    kiosk.resize(1366, 768);
    kiosk.show();
    // A counter PC, as petugas1 signed in there sees it.
    std::unique_ptr<CounterWindow> counter;
    if (auto officer = UserService(db, clock).authenticate(QStringLiteral("petugas1"), QStringLiteral("petugas123"))) {
        counter = std::make_unique<CounterWindow>(Session { db, officer.value(), &clock }, QStringLiteral("Kantor"));
        counter->resize(1366, 768);
        counter->show();
    }
    QTest::qWait(800);
    save(board, out, QStringLiteral("board-before.png"));

    QProcess restart;
    restart.start(QStringLiteral(LOKET_SOURCE_DIR "/scripts/pg-cluster"), {QStringLiteral("restart"), args.at(2), QStringLiteral("8")});
    auto *banner = board.findChild<ConnectionBanner *>();
    const bool seen = waitFor([&] { return banner && banner->isVisible(); }, 8000);
    std::printf("banner seen: %s\n", seen ? "yes" : "no");
    save(board, out, QStringLiteral("board-outage.png"));
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(40, 40));
    if (KioskButton *first = kiosk.servicePage()->findChild<KioskButton *>()) {
        QTest::mouseClick(first, Qt::LeftButton);
        QTest::qWait(100);
        if (kiosk.page() == KioskWindow::Page::Priority)
            QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);
        QTest::qWait(300);
    }
    save(kiosk, out, QStringLiteral("kiosk-outage.png"));
    if (counter) {
        QTest::keyClick(counter.get(), Qt::Key_F1);
        save(*counter, out, QStringLiteral("counter-outage.png"));
    }
    restart.waitForFinished(60000);
    const bool back = waitFor([&] { return banner && !banner->isVisible(); }, 10000);
    std::printf("banner gone: %s\n", back ? "yes" : "no");
    // A call right after the server is back, at counter 1 (Loket itself may act there).
    QueueService queue(db, clock);
    clock.advanceSecs(30);
    auto called = queue.callNext(Actor::system(), 1);
    std::printf("call after the outage: %s\n", called ? qPrintable(called->number) : qPrintable(called.error().message));
    QTest::qWait(800);
    save(board, out, QStringLiteral("board-after.png"));
    save(kiosk, out, QStringLiteral("kiosk-after.png"));
    if (counter)
        save(*counter, out, QStringLiteral("counter-after.png"));
    return 0;
}
