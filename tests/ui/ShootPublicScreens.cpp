// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: screenshots of the kiosk and the display board
// on a copy of a (demo) database at a chosen office time, and the kiosk's
// ticket as PDF. For docs/screenshots:
//   QT_QPA_PLATFORM=offscreen shoot_public_screens DB 2026-11-23T10:20 OUTDIR [en|id]
#include "core/catalog/OfficeService.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/queue/QueueService.h"
#include "core/storage/SettingsStore.h"
#include "tests/ui/WaitFor.h"
#include "translations/Language.h"
#include "ui/board/BoardSettingsTab.h"
#include "ui/board/BoardWindow.h"
#include "ui/common/Style.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/printing/PrinterSettingsTab.h"
#include "ui/printing/TicketPrinter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

bool save(QWidget &w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
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
        std::fprintf(stderr, "usage: shoot_public_screens DB YYYY-MM-DDTHH:MM(office time) OUTDIR [en|id]\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(args.value(4, QStringLiteral("en")));
    const QString out = args.at(3);
    QDir().mkpath(out);
    // With the write-ahead log: recent changes may not be in the main file yet.
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
    if (auto office = OfficeService(db).get())
        zone = office->timeZone;
    const QDateTime local = QDateTime::fromString(args.at(2), Qt::ISODate);
    ManualClock clock(OfficeTime(zone).utcOf(local.date(), local.time()));

    PrinterSettings pdf;
    pdf.kind = PrinterKind::Pdf;
    pdf.pdfFolder = out;
    if (!pdf.save(Actor::system(), db, clock).ok())
        return 3;
    SettingsStore(db).setValue(QLatin1String(SettingKey::BoardVoice), false).ok() || std::fprintf(stderr, "voice\n");

    {
        KioskWindow kiosk(db, clock);
        kiosk.resize(1366, 768);
        kiosk.show();
        save(kiosk, out, QStringLiteral("kiosk-idle.png"));
        QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(40, 40));
        save(kiosk, out, QStringLiteral("kiosk-services.png"));
        KioskButton *first = kiosk.servicePage()->findChild<KioskButton *>();
        if (!first)
            return 4;
        QTest::mouseClick(first, Qt::LeftButton);
        save(kiosk, out, QStringLiteral("kiosk-priority.png"));
        QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);
        QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);
        printed.wait(5000);
        save(kiosk, out, QStringLiteral("kiosk-ticket.png"));
    }

    {
        BoardWindow board(db, clock);
        board.resize(1366, 768);
        board.show();
        // A few calls while the board watches, a little apart, the last at counter 1.
        // Loket itself may act at any counter.
        QueueService queue(db, clock);
        for (const int counter : { 3, 4, 2, 4, 1 }) {
            clock.advanceSecs(45);
            if (auto current = queue.reader().currentTicket(counter); current && current.value())
                (void)queue.finish(Actor::system(), counter, current.value()->id);
            (void)queue.callNext(Actor::system(), counter);
        }
        board.refresh();
        loket::test::waitFor([] { return false; }, 6000); // the flash and the chime end
        save(board, out, QStringLiteral("board.png"));
    }
    {
        // The two settings tabs, as an administrator sees them.
        const Session admin { db, Actor::system(), &clock };
        PrinterSettingsTab printer(admin);
        printer.resize(900, 560);
        printer.show();
        save(printer, out, QStringLiteral("settings-printer.png"));
        BoardSettingsTab board(admin);
        board.resize(900, 560);
        board.show();
        save(board, out, QStringLiteral("settings-board.png"));
    }
    db.reset();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy + suffix);
    return 0;
}
