// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the built "loketctl ticket print", as a counter's reprint script would.
#include "core/printing/EscPosDecoder.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/support/Loketctl.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;

namespace {

using Run = test::CliRun;

// loketctl on the fixture's clock, so "today's B-001" is the fixture's day.
Run loketctl(const QueueFixture &f, const QStringList &args)
{
    return test::runLoketctl({ .database = f.t.path(), .args = args, .moment = f.clock.nowUtc() });
}

} // namespace

TEST_CASE("loketctl ticket print writes the ticket as ESC/POS that reads back, without a user")
{
    QueueFixture f;
    const Ticket t = f.issue(f.kk);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ticket.bin"));
    const Run run = loketctl(f,
        { QStringLiteral("ticket"), QStringLiteral("print"), QString::number(t.id), QStringLiteral("--escpos"), out,
            QStringLiteral("--paper"), QStringLiteral("58") });
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = EscPosDecoder::textLines(EscPosDecoder::decode(file.readAll()));
    CHECK(lines.contains(QStringLiteral("B-001")));
    CHECK(lines.contains(QStringLiteral("Kecamatan Cibeunying Kaler")));
}

TEST_CASE("loketctl ticket print reports a printer that cannot be reached with exit code 2")
{
    QueueFixture f;
    const Ticket t = f.issue(f.ktp);
    quint16 port = 0;
    {
        QTcpServer server;
        REQUIRE(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    const Run run = loketctl(f,
        { QStringLiteral("ticket"), QStringLiteral("print"), QString::number(t.id), QStringLiteral("--escpos"),
            target });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(target));

    const Run usage = loketctl(f,
        { QStringLiteral("ticket"), QStringLiteral("print"), QString::number(t.id), QStringLiteral("--paper"),
            QStringLiteral("57") });
    CHECK(usage.exitCode == 1);
}

TEST_CASE("loketctl ticket print --pdf writes the ticket as a PDF on a roll-width page")
{
    QueueFixture f;
    const Ticket t = f.issue(f.kk);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ticket.pdf"));
    const Run run = loketctl(f,
        { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("print"), t.number,
            QStringLiteral("--pdf"), out });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\"ticket\": \"B-001\"")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 5000); // fonts and the QR code are drawn, not only a page
    // 80 mm wide: the MediaBox's width in points (80 / 25.4 * 72 ≈ 227).
    CHECK(pdf.contains("/MediaBox [0 0 227"));

    const Run missing = loketctl(f,
        { QStringLiteral("ticket"), QStringLiteral("print"), t.number, QStringLiteral("--pdf"),
            dir.filePath(QStringLiteral("no/such/folder/t.pdf")) });
    CHECK(missing.exitCode == 2);
}
