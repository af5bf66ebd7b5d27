// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk tap to ESC/POS bytes written (issue 3: < 300 ms).
//
//   bench_kiosk_to_escpos [--database FILE] [--taps 200]
//
// On a copy of a demo database (a 365-day one is made when none is given),
// times what the kiosk does after a tap on a service: issue the ticket
// (durable commit), fill the printed ticket (office, standard's requirements
// and fee, people ahead and estimated wait, QR payload), encode it as ESC/POS
// with the QR code in raster form (the slowest mode), and write the bytes to a
// file standing in for /dev/usb/lp0, flushed to the device. Prints median,
// p95 and max.
#include "core/demo/DemoGenerator.h"
#include "core/kiosk/TicketPrintout.h"
#include "core/printing/EscPosEncoder.h"
#include "core/queue/QueueService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace loket;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("FILE"));
    QCommandLineOption taps(QStringLiteral("taps"), QString(), QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({database, taps});
    parser.process(app);

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("kiosk.db"));
    if (parser.isSet(database)) {
        if (!QFile::copy(parser.value(database), path))
            return 2;
    }
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    DatabasePtr db = opened.value();
    if (!parser.isSet(database)) {
        DemoOptions o;
        o.days = 365;
        if (auto made = generateDemo(db, o); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 2;
        }
    }
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id FROM services WHERE code = 'KK'"));
    if (!q.next())
        return 2;
    const qint64 service = q.value(0).toLongLong();
    q.finish();

    QueueService queue(db);
    const TicketPrintout printout(db);
    EscPosOptions options;
    options.qrMode = QrPrintMode::Raster;
    const EscPosEncoder encoder(options);
    QFile device(tmp.filePath(QStringLiteral("lp0")));
    if (!device.open(QIODevice::WriteOnly))
        return 2;

    std::vector<double> ms;
    QElapsedTimer t;
    qint64 bytes = 0;
    for (int i = 0; i < parser.value(taps).toInt(); ++i) {
        t.start();
        auto ticket = queue.issue(QueueService::kioskActor(), service);
        auto layout = ticket ? printout.layout(ticket.value()) : Result<TicketLayout>(ticket.error());
        auto escpos = layout ? encoder.encode(layout.value()) : Result<QByteArray>(layout.error());
        if (!escpos) {
            std::fprintf(stderr, "%s\n", qPrintable(escpos.error().message));
            return 2;
        }
        device.write(escpos.value());
        device.flush();
        ::fsync(device.handle());
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        bytes = escpos->size();
    }
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double p) { return ms[std::max<size_t>(1, size_t(std::ceil(p / 100.0 * ms.size()))) - 1]; };
    std::printf("kiosk tap to ESC/POS bytes written (%lld bytes, raster QR): n=%zu median %.2f ms, p95 %.2f ms, "
                "max %.2f ms\n",
                bytes, ms.size(), rank(50), rank(95), ms.back());
    return 0;
}
