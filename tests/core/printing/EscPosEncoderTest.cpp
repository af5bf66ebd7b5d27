// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/EscPosEncoder.h"
#include "core/printing/EscPosDecoder.h"
#include "core/printing/QrMatrix.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace loket;
using Kind = EscPosCommand::Kind;

namespace {

TicketLayout sampleTicket(PaperWidth paper)
{
    TicketLayout t;
    t.officeName = QStringLiteral("Kantor Kecamatan Cibeunying Kaler");
    t.serviceName = QStringLiteral("KTP-el (perekaman)");
    t.number = QStringLiteral("A-001");
    t.issuedLocal = QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::OffsetFromUTC, 7 * 3600);
    t.peopleAhead = 4;
    t.estimatedWaitMinutes = 20;
    t.requirements = { QStringLiteral("Fotokopi Kartu Keluarga"),
        QStringLiteral("Surat pengantar dari kelurahan yang ditandatangani lurah dan dibubuhi cap "
                       "resmi kelurahan setempat"),
        QStringLiteral("Pas foto berwarna") };
    t.qrPayload = QStringLiteral("loket:tiket/2026-11-23/A-001");
    t.footer = QStringLiteral("Terima kasih. Layanan ini gratis (Rp 0).");
    t.paper = paper;
    return t;
}

QByteArray encode(const TicketLayout &t, EscPosOptions options = {})
{
    auto bytes = EscPosEncoder(options).encode(t);
    if (!bytes)
        FAIL(bytes.error().message.toStdString());
    return bytes.value();
}

QList<EscPosCommand> ofKind(const QList<EscPosCommand> &all, Kind kind)
{
    QList<EscPosCommand> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const auto &c) { return c.kind == kind; });
    return out;
}

// The size and alignment in force where the given text is printed.
struct TextAt {
    int width = 1, height = 1, align = 0;
    bool found = false;
};
TextAt findText(const QList<EscPosCommand> &all, const QByteArray &text)
{
    TextAt state;
    for (const EscPosCommand &c : all) {
        if (c.kind == Kind::Size) {
            state.width = c.a;
            state.height = c.b;
        } else if (c.kind == Kind::Align) {
            state.align = c.a;
        } else if (c.kind == Kind::Text && c.data == text) {
            state.found = true;
            return state;
        }
    }
    return state;
}

// Printed lines at normal size (the big number is printed at another size).
QStringList normalSizeLines(const QList<EscPosCommand> &all)
{
    QList<EscPosCommand> normal;
    int width = 1;
    for (const EscPosCommand &c : all) {
        if (c.kind == Kind::Size)
            width = c.a;
        else if (width == 1 || c.kind == Kind::LineFeed)
            normal << c;
    }
    return EscPosDecoder::textLines(normal);
}

} // namespace

TEST_CASE("a ticket starts with init and ends with feed and cut")
{
    const QByteArray bytes = encode(sampleTicket(PaperWidth::Mm80));
    CHECK(bytes.startsWith(QByteArray("\x1b@", 2)));
    CHECK(bytes.endsWith(QByteArray("\x1b\x64\x03\x1dV\x42\x00", 7)));
    const auto commands = EscPosDecoder::decode(bytes);
    REQUIRE_FALSE(commands.isEmpty());
    CHECK(commands.first().kind == Kind::Init);
    CHECK(commands.last().kind == Kind::Cut);
    CHECK(commands.last().a == 66);
    CHECK(ofKind(commands, Kind::Unknown).isEmpty());

    EscPosOptions full;
    full.fullCut = true;
    CHECK(EscPosDecoder::decode(encode(sampleTicket(PaperWidth::Mm58), full)).last().a == 65);
}

TEST_CASE("the ticket number is printed big and centred")
{
    const auto commands = EscPosDecoder::decode(encode(sampleTicket(PaperWidth::Mm80)));
    const TextAt number = findText(commands, "A-001");
    REQUIRE(number.found);
    CHECK(number.width == 4);
    CHECK(number.height == 4);
    CHECK(number.align == 1);

    const TextAt office = findText(commands, "Kantor Kecamatan Cibeunying Kaler");
    REQUIRE(office.found);
    CHECK(office.align == 1);
    CHECK(office.width == 1);
}

TEST_CASE("a long ticket number is made smaller so it stays on one line")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm58);
    t.number = QStringLiteral("KTPEL-0001"); // 10 characters: 4x would need 40 of 32 columns
    TextAt at = findText(EscPosDecoder::decode(encode(t)), "KTPEL-0001");
    REQUIRE(at.found);
    CHECK(at.width == 3);

    t.paper = PaperWidth::Mm80; // 40 of 48 columns fit
    at = findText(EscPosDecoder::decode(encode(t)), "KTPEL-0001");
    REQUIRE(at.found);
    CHECK(at.width == 4);
}

TEST_CASE("a ticket without a number is refused")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm80);
    t.number = QStringLiteral("  ");
    auto bytes = EscPosEncoder().encode(t);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the native QR code carries the payload with correct length bytes")
{
    const TicketLayout t = sampleTicket(PaperWidth::Mm80);
    const QByteArray bytes = encode(t);
    const auto commands = EscPosDecoder::decode(bytes);

    const auto model = ofKind(commands, Kind::QrModel);
    const auto size = ofKind(commands, Kind::QrModuleSize);
    const auto level = ofKind(commands, Kind::QrErrorLevel);
    const auto store = ofKind(commands, Kind::QrStore);
    REQUIRE(model.size() == 1);
    REQUIRE(size.size() == 1);
    REQUIRE(level.size() == 1);
    REQUIRE(store.size() == 1);
    CHECK(ofKind(commands, Kind::QrPrint).size() == 1);
    CHECK(model.first().a == 2);
    CHECK(size.first().a == 6);
    CHECK(level.first().a == 49); // M
    const QByteArray payload = t.qrPayload.toUtf8();
    CHECK(store.first().data == payload);
    CHECK(store.first().a == payload.size() + 3);

    // The raw bytes: GS ( k pL pH 49 80 48 payload
    const int k = int(payload.size()) + 3;
    QByteArray expected("\x1d(k", 3);
    expected.append(char(k & 0xFF)).append(char(k >> 8)).append("\x31\x50\x30", 3).append(payload);
    CHECK(bytes.contains(expected));
    // Stored before it is printed.
    CHECK(bytes.indexOf(expected) < bytes.indexOf(QByteArray("\x1d(k\x03\x00\x31\x51\x30", 8)));
}

TEST_CASE("a QR payload over 255 bytes uses the high length byte")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm80);
    t.qrPayload = QStringLiteral("https://loket.example.go.id/status?t=") + QString(300, QLatin1Char('x'));
    const QByteArray payload = t.qrPayload.toUtf8();
    const int k = int(payload.size()) + 3;
    REQUIRE(k > 255);
    const QByteArray bytes = encode(t);
    QByteArray header("\x1d(k", 3);
    header.append(char(k & 0xFF)).append(char(k >> 8)).append("\x31\x50\x30", 3);
    CHECK(bytes.contains(QByteArray(header + payload)));
    const auto store = ofKind(EscPosDecoder::decode(bytes), Kind::QrStore);
    REQUIRE(store.size() == 1);
    CHECK(store.first().data == payload);
}

TEST_CASE("the raster QR is a bitmap of the QR matrix with a quiet zone")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm80);
    EscPosOptions options;
    options.qrMode = QrPrintMode::Raster;
    options.qrModuleSize = 5;
    const auto commands = EscPosDecoder::decode(encode(t, options));
    CHECK(ofKind(commands, Kind::QrStore).isEmpty());
    const auto raster = ofKind(commands, Kind::Raster);
    REQUIRE(raster.size() == 1);
    const EscPosCommand &r = raster.first();

    auto matrix = QrMatrix::encode(t.qrPayload.toUtf8());
    REQUIRE(matrix.ok());
    const int n = matrix->size();
    const int dots = (n + 8) * 5;
    CHECK(r.b == dots); // rows
    CHECK(r.a == (dots + 7) / 8); // bytes per row
    CHECK(r.data.size() == r.a * r.b);

    auto black = [&](int x, int y) { return (uchar(r.data.at(y * r.a + x / 8)) & (0x80 >> (x % 8))) != 0; };
    int mismatches = 0;
    for (int my = 0; my < n; ++my) {
        for (int mx = 0; mx < n; ++mx) {
            const int cx = (mx + 4) * 5 + 2, cy = (my + 4) * 5 + 2; // centre of the module
            if (black(cx, cy) != matrix->isDark(mx, my))
                ++mismatches;
        }
    }
    CHECK(mismatches == 0);
    for (int x = 0; x < dots; ++x) // the quiet zone is white
        CHECK_FALSE((black(x, 0) || black(x, dots - 1)));
}

TEST_CASE("a raster QR too wide for 58 mm paper is drawn with smaller modules")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm58);
    EscPosOptions options;
    options.qrMode = QrPrintMode::Raster;
    options.qrModuleSize = 16;
    const auto raster = ofKind(EscPosDecoder::decode(encode(t, options)), Kind::Raster);
    REQUIRE(raster.size() == 1);
    CHECK(raster.first().b <= 384);
    CHECK(raster.first().a * 8 <= 384);
}

TEST_CASE("no QR is printed when the mode is None or the payload is empty")
{
    EscPosOptions none;
    none.qrMode = QrPrintMode::None;
    auto commands = EscPosDecoder::decode(encode(sampleTicket(PaperWidth::Mm80), none));
    CHECK(ofKind(commands, Kind::QrStore).isEmpty());
    CHECK(ofKind(commands, Kind::Raster).isEmpty());

    TicketLayout t = sampleTicket(PaperWidth::Mm80);
    t.qrPayload.clear();
    commands = EscPosDecoder::decode(encode(t));
    CHECK(ofKind(commands, Kind::QrPrint).isEmpty());
}

TEST_CASE("text wraps at 32 columns on 58 mm and 48 on 80 mm")
{
    for (auto [paper, width] : { std::pair { PaperWidth::Mm58, 32 }, std::pair { PaperWidth::Mm80, 48 } }) {
        INFO("width " << width);
        const QStringList lines = normalSizeLines(EscPosDecoder::decode(encode(sampleTicket(paper))));
        int longest = 0;
        for (const QString &l : lines)
            longest = std::max(longest, int(l.size()));
        CHECK(longest <= width);
        CHECK(longest >= width - 8); // the long requirement fills the lines
        // Every word of the long requirement is printed, in order, as a checklist item.
        const auto item = std::find_if(
            lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QStringLiteral("[ ] Surat")); });
        REQUIRE(item != lines.end());
        const qsizetype first = item - lines.begin();
        QString joined;
        for (qsizetype i = first + 1; i < lines.size() && lines.at(i).startsWith(QStringLiteral("    ")); ++i)
            joined += lines.at(i).trimmed() + QLatin1Char(' ');
        CHECK(joined.trimmed().endsWith(QStringLiteral("resmi kelurahan setempat")));
    }
}

TEST_CASE("the requirements are printed as a checklist")
{
    const QStringList lines = EscPosDecoder::textLines(EscPosDecoder::decode(encode(sampleTicket(PaperWidth::Mm80))));
    CHECK(lines.contains(QStringLiteral("[ ] Fotokopi Kartu Keluarga")));
    CHECK(lines.contains(QStringLiteral("[ ] Pas foto berwarna")));
}

TEST_CASE("non-ASCII text is printed as plain ASCII and cannot inject commands")
{
    TicketLayout t = sampleTicket(PaperWidth::Mm80);
    t.officeName = QStringLiteral("Kécamatan Sukamaju \u2013 \u201cprima\u201d \U0001F600") + QChar(0x1B)
        + QStringLiteral("@\u001dV\u0000");
    const QByteArray bytes = encode(t);
    const auto commands = EscPosDecoder::decode(bytes);
    CHECK(ofKind(commands, Kind::Init).size() == 1);
    CHECK(ofKind(commands, Kind::Cut).size() == 1);
    CHECK(ofKind(commands, Kind::Unknown).isEmpty());
    for (char c : bytes.left(bytes.indexOf("A-001"))) {
        if (uchar(c) >= 0x80)
            FAIL("a byte outside ASCII was sent");
    }
    const QStringList lines = EscPosDecoder::textLines(commands);
    CHECK(lines.contains(QStringLiteral("Kecamatan Sukamaju - \"prima\" ? @ V")));
}

TEST_CASE("wrap splits words longer than a line and indents continuations")
{
    CHECK(EscPosEncoder::wrap("abcdefghij", 4) == QList<QByteArray> { "abcd", "efgh", "ij" });
    CHECK(EscPosEncoder::wrap("[ ] aa bb cc", 10, 4) == QList<QByteArray> { "[ ] aa bb", "    cc" });
    CHECK(EscPosEncoder::wrap("[ ] aa bb cc", 8, 4) == QList<QByteArray> { "[ ] aa", "    bb", "    cc" });
    CHECK(EscPosEncoder::wrap("  many   spaces  ", 20) == QList<QByteArray> { "many spaces" });
    CHECK(EscPosEncoder::wrap("", 20).isEmpty());
}

TEST_CASE("the dump names the commands a person checks")
{
    const QString dump = EscPosDecoder::dump(encode(sampleTicket(PaperWidth::Mm80)));
    CHECK(dump.startsWith(QStringLiteral("[INIT]")));
    CHECK(dump.contains(QStringLiteral("[ALIGN center]")));
    CHECK(dump.contains(QStringLiteral("[SIZE 4x4] A-001")));
    CHECK(dump.contains(QStringLiteral("[QR model2 size6 ecM 'loket:tiket/2026-11-23/A-001']")));
    CHECK(dump.endsWith(QStringLiteral("[CUT partial]")));
}

TEST_CASE("the decoder reports truncated and unknown bytes instead of guessing")
{
    const auto commands = EscPosDecoder::decode(QByteArray("\x1b@AB\x1d(k\x10\x00\x31", 10));
    REQUIRE(commands.size() == 3);
    CHECK(commands.at(0).kind == Kind::Init);
    CHECK(commands.at(1).kind == Kind::Text);
    CHECK(commands.at(2).kind == Kind::Unknown);
    CHECK(EscPosDecoder::dump(QByteArray("\x1bz", 2)) == QStringLiteral("[? 1b 7a]"));
}
