// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/TicketPrintout.h"
#include "core/printing/EscPosDecoder.h"
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "ui/printing/PrinterSettingsTab.h"
#include "ui/printing/TicketPrinter.h"
#include "print/ticket/TicketPainter.h"
#include "print/ticket/TicketPdf.h"
#include "print/raw/RawPrinterPort.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

TicketLayout sampleTicket(PaperWidth paper = PaperWidth::Mm80)
{
    TicketLayout t;
    t.officeName = QStringLiteral("PEMERINTAH KOTA BANDUNG\nKecamatan Cibeunying Kaler");
    t.serviceName = QStringLiteral("Kartu Keluarga");
    t.number = QStringLiteral("B-007");
    t.issuedLocal = QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::OffsetFromUTC, 7 * 3600);
    t.peopleAhead = 3;
    t.estimatedWaitMinutes = 25;
    t.requirements = { QStringLiteral("Surat pengantar RT/RW"), QStringLiteral("Kartu Keluarga lama") };
    t.qrPayload = QStringLiteral("loket:tiket/2026-11-23/B-007");
    t.footer = QStringLiteral("Keep this ticket until your number is called.");
    t.paper = paper;
    return t;
}

quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Prints and waits for the result; returns {ok, message}.
std::pair<bool, QString> printAndWait(TicketPrinter &printer, const TicketLayout &layout, int timeoutMs = 5000)
{
    QSignalSpy finished(&printer, &TicketPrinter::finished);
    printer.print(layout);
    if (!finished.wait(timeoutMs))
        return { false, QStringLiteral("no result") };
    return { finished.first().at(0).toBool(), finished.first().at(1).toString() };
}

} // namespace

TEST_CASE("ESC/POS printed to a file decodes back to the ticket")
{
    QTemporaryDir dir;
    PrinterSettings s;
    s.kind = PrinterKind::EscPosDevice;
    s.device = dir.filePath(QStringLiteral("lp0.bin"));
    auto printer = TicketPrinter::create(s);
    const auto [ok, message] = printAndWait(*printer, sampleTicket());
    REQUIRE(ok);
    QFile file(s.device);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = EscPosDecoder::textLines(EscPosDecoder::decode(file.readAll()));
    CHECK(lines.contains(QStringLiteral("B-007")));
    CHECK(lines.contains(QStringLiteral("Kartu Keluarga")));
    CHECK(lines.contains(QStringLiteral("[ ] Surat pengantar RT/RW")));
}

TEST_CASE("ESC/POS reaches a network printer on its raw port")
{
    QTcpServer fakePrinter;
    REQUIRE(fakePrinter.listen(QHostAddress::LocalHost));
    QByteArray received;
    QObject::connect(&fakePrinter, &QTcpServer::newConnection, [&] {
        QTcpSocket *c = fakePrinter.nextPendingConnection();
        QObject::connect(c, &QTcpSocket::readyRead, [&, c] { received += c->readAll(); });
    });
    PrinterSettings s;
    s.kind = PrinterKind::EscPosNetwork;
    s.host = QStringLiteral("127.0.0.1:%1").arg(fakePrinter.serverPort());
    auto printer = TicketPrinter::create(s);
    const auto [ok, message] = printAndWait(*printer, sampleTicket());
    REQUIRE(ok);
    CHECK(waitFor([&] { return received.endsWith(QByteArray("\x1d\x56\x42\x00", 4)); }, 3000));
    CHECK(EscPosDecoder::textLines(EscPosDecoder::decode(received)).contains(QStringLiteral("B-007")));
}

TEST_CASE("a printer that is off is reported in words and never holds up the caller")
{
    SECTION("a refused connection")
    {
        PrinterSettings s;
        s.kind = PrinterKind::EscPosNetwork;
        s.host = QStringLiteral("127.0.0.1:%1").arg(closedPort());
        auto printer = TicketPrinter::create(s);
        const auto [ok, message] = printAndWait(*printer, sampleTicket());
        CHECK_FALSE(ok);
        CHECK(message.contains(QStringLiteral("cannot be reached")));
        CHECK(message.contains(s.host));
    }
    SECTION("a device that is not there")
    {
        PrinterSettings s;
        s.kind = PrinterKind::EscPosDevice;
        s.device = QStringLiteral("/dev/usb/lp-loket-test-missing");
        auto printer = TicketPrinter::create(s);
        const auto [ok, message] = printAndWait(*printer, sampleTicket());
        CHECK_FALSE(ok);
        CHECK(message.contains(QStringLiteral("not connected")));
    }
    SECTION("a printer that stops taking paper: the caller goes on at once, the answer comes within the timeout")
    {
        // A pipe whose reader never reads, already full: like a printer out of paper.
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("stuck-printer")));
        REQUIRE(::mkfifo(fifo.constData(), 0600) == 0);
        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
        const int filler = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
        REQUIRE(reader >= 0);
        REQUIRE(filler >= 0);
        const QByteArray block(4096, 'x');
        while (::write(filler, block.constData(), size_t(block.size())) > 0) { }
        PrinterSettings s;
        s.kind = PrinterKind::EscPosDevice;
        s.device = QFile::decodeName(fifo);
        auto printer = TicketPrinter::create(s);
        QSignalSpy finished(printer.get(), &TicketPrinter::finished);
        QElapsedTimer timer;
        timer.start();
        printer->print(sampleTicket());
        CHECK(timer.elapsed() < 200);
        REQUIRE(finished.wait(TicketPrinter::timeoutMs + 2500));
        CHECK(timer.elapsed() >= TicketPrinter::timeoutMs - 100);
        CHECK(timer.elapsed() < TicketPrinter::timeoutMs + 1500);
        CHECK_FALSE(finished.first().at(0).toBool());
        CHECK(finished.first().at(1).toString().contains(QStringLiteral("in time")));
        ::close(filler);
        ::close(reader);
    }
}

TEST_CASE("a ticket as PDF is one roll page 80 mm wide")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ticket.pdf"));
    REQUIRE(TicketPdf::write(sampleTicket(), path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const TicketPainter painter(sampleTicket());
    const QPageSize page = TicketPdf::pageSize(painter);
    CHECK(page.size(QPageSize::Millimeter).width() == Approx(80.0));
    CHECK(page.size(QPageSize::Millimeter).height() > 60.0);
    CHECK(page.size(QPageSize::Millimeter).height() < 250.0);
    const TicketPainter narrow(sampleTicket(PaperWidth::Mm58));
    CHECK(TicketPdf::pageSize(narrow).size(QPageSize::Millimeter).width() == Approx(58.0));

    const Status refused = TicketPdf::write(sampleTicket(), dir.filePath(QStringLiteral("no/such/folder/t.pdf")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("the drawn ticket fits the print head and has a large number and a QR code")
{
    const TicketPainter painter(sampleTicket());
    QImage image(printableDots(PaperWidth::Mm80), painter.heightDots(), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        painter.paint(p, TicketPainter::dotsPerInch);
    }
    // Dark dots across most of a row in the upper part: the big number.
    int widestDarkRun = 0;
    for (int y = 0; y < image.height() / 2; ++y) {
        int first = -1, last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 100) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        if (first >= 0)
            widestDarkRun = qMax(widestDarkRun, last - first);
    }
    CHECK(widestDarkRun > image.width() / 2);
    // The QR code's finder pattern: a solid dark square in the lower part.
    int darkRows = 0;
    for (int y = image.height() / 2; y < image.height(); ++y) {
        if (qGray(image.pixel(image.width() / 2 - 40, y)) < 100)
            ++darkRows;
    }
    CHECK(darkRows > 10);
}

TEST_CASE("a ticket is printed again on request")
{
    QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    QTemporaryDir dir;
    PrinterSettings s;
    s.kind = PrinterKind::Pdf;
    s.pdfFolder = dir.path();
    auto printer = TicketPrinter::create(s);
    QSignalSpy finished(printer.get(), &TicketPrinter::finished);
    REQUIRE(printer->printTicket(f.t.db(), f.clock, t).ok());
    REQUIRE(finished.wait(5000));
    const QString file = dir.filePath(QStringLiteral("tiket-2026-11-23-A-001.pdf"));
    REQUIRE(QFile::exists(file));
    QFile::remove(file);
    REQUIRE(printer->printTicket(f.t.db(), f.clock, f.reload(t)).ok());
    REQUIRE(finished.wait(5000));
    CHECK(QFile::exists(file));
    CHECK(finished.at(1).at(2).toString() == QStringLiteral("A-001"));
}

TEST_CASE("the printer tab refuses an address that cannot work and saves one that can")
{
    QueueFixture f;
    PrinterSettingsTab tab(Session { f.t.db(), f.admin, &f.clock });
    auto *kind = tab.findChild<QComboBox *>();
    REQUIRE(kind != nullptr);
    kind->setCurrentIndex(kind->findData(QStringLiteral("escpos_network")));
    auto edits = tab.findChildren<QLineEdit *>();
    QLineEdit *host = nullptr;
    for (QLineEdit *e : edits) {
        if (e->placeholderText().contains(QStringLiteral("9100")))
            host = e;
    }
    REQUIRE(host != nullptr);
    host->setText(QStringLiteral("printer:0"));
    CHECK_FALSE(tab.save());
    CHECK(tab.message().contains(QStringLiteral("host:port")));
    host->setText(QStringLiteral("192.168.1.50"));
    REQUIRE(tab.save());
    const PrinterSettings stored = PrinterSettings::load(SettingsStore(f.t.db()));
    CHECK(stored.kind == PrinterKind::EscPosNetwork);
    CHECK(stored.host == QStringLiteral("192.168.1.50"));
}
