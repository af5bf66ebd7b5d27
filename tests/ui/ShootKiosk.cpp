// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Developer aid, not a test: the kiosk's states on a copy of a (demo)
// database at a chosen office time, for docs/screenshots. Run it under Xvfb
// (or offscreen):
//   xvfb-run -a -s "-screen 0 1366x768x24" shoot_kiosk DB 2026-12-02T09:40 OUTDIR
// writes kiosk-idle, kiosk-services, kiosk-english, kiosk-priority-ticket,
// kiosk-printer-error, kiosk-closed, settings-printer and settings-services (.png).
#include "core/catalog/OfficeService.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/storage/SettingsStore.h"
#include "translations/Language.h"
#include "ui/common/Style.h"
#include "ui/kiosk/KioskButton.h"
#include "ui/kiosk/KioskIdlePage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskServicePage.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/printing/PrinterSettingsTab.h"
#include "ui/printing/TicketPrinter.h"
#include "ui/settings/ServicesTab.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace loket;
using namespace loket::ui;

namespace {

bool save(QWidget &w, const QString &dir, const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(50);
    }
    const bool ok = w.grab().save(QDir(dir).filePath(name));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    return ok;
}

void touchIdle(KioskWindow &kiosk)
{
    QTest::mouseClick(kiosk.idlePage(), Qt::LeftButton, Qt::KeyboardModifiers(), QPoint(40, 300));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: shoot_kiosk DB YYYY-MM-DDTHH:MM(office time) OUTDIR\n");
        return 1;
    }
    applyStyle(app);
    installLanguage(QStringLiteral("id"));
    const QString out = args.at(3);
    QDir().mkpath(out);
    const QString copy = QDir(out).filePath(QStringLiteral("kiosk-screens.db"));
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
    pdf.qrUrlTemplate = QStringLiteral("https://kec-sukamaju.go.id/antrian?no={nomor}&hari={tanggal}&layanan={layanan}");
    if (!pdf.save(Actor::system(), db, clock).ok())
        return 3;

    {
        KioskWindow kiosk(db, clock);
        kiosk.resize(1366, 768);
        kiosk.show();
        save(kiosk, out, QStringLiteral("kiosk-idle.png"));
        touchIdle(kiosk);
        save(kiosk, out, QStringLiteral("kiosk-services.png"));
        QTest::mouseClick(kiosk.languageButton(), Qt::LeftButton);
        save(kiosk, out, QStringLiteral("kiosk-english.png"));
        kiosk.showIdle(); // back to Indonesian

        touchIdle(kiosk);
        KioskButton *first = kiosk.servicePage()->findChild<KioskButton *>();
        if (!first)
            return 4;
        QTest::mouseClick(first, Qt::LeftButton);
        KioskButton *lansia = kiosk.priorityPage()->buttonFor(QStringLiteral("lansia"));
        if (!lansia)
            return 4;
        QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);
        QTest::mouseClick(lansia, Qt::LeftButton);
        printed.wait(5000);
        save(kiosk, out, QStringLiteral("kiosk-priority-ticket.png"));
        kiosk.showIdle();
    }
    {
        // The printer's USB cable is out.
        PrinterSettings missing = pdf;
        missing.kind = PrinterKind::EscPosDevice;
        missing.device = QStringLiteral("/dev/usb/lp0");
        if (!missing.save(Actor::system(), db, clock).ok())
            return 3;
        KioskWindow kiosk(db, clock);
        kiosk.resize(1366, 768);
        kiosk.show();
        QSignalSpy ready(kiosk.printer(), &TicketPrinter::readinessChecked);
        ready.wait(3000);
        touchIdle(kiosk);
        KioskButton *first = kiosk.servicePage()->findChild<KioskButton *>();
        if (!first)
            return 4;
        QTest::mouseClick(first, Qt::LeftButton);
        QSignalSpy printed(kiosk.printer(), &TicketPrinter::finished);
        QTest::mouseClick(kiosk.priorityPage()->regularButton(), Qt::LeftButton);
        printed.wait(5000);
        save(kiosk, out, QStringLiteral("kiosk-printer-error.png"));
        kiosk.showIdle();

        // 23.30 the same day.
        clock.set(OfficeTime(zone).utcOf(local.date(), QTime(23, 30)));
        if (!pdf.save(Actor::system(), db, clock).ok())
            return 3;
        kiosk.checkHours();
        save(kiosk, out, QStringLiteral("kiosk-closed.png"));
    }
    {
        PrinterSettings missing = pdf;
        missing.kind = PrinterKind::EscPosDevice;
        missing.device = QStringLiteral("/dev/usb/lp0");
        (void)missing.save(Actor::system(), db, clock);
        const Session admin { db, Actor::system(), &clock };
        PrinterSettingsTab printer(admin);
        printer.resize(1100, 700);
        printer.show();
        save(printer, out, QStringLiteral("settings-printer.png"));
        ServicesTab services(admin);
        services.resize(1300, 560);
        services.show();
        save(services, out, QStringLiteral("settings-services.png"));
    }
    db.reset();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy + suffix);
    return 0;
}
