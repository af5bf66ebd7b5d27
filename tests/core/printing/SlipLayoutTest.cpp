// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A free-form slip (the complaint receipt) through the ESC/POS encoder.
#include "core/printing/EscPosDecoder.h"
#include "core/printing/EscPosEncoder.h"

#include <catch2/catch.hpp>

using namespace loket;
using Kind = EscPosCommand::Kind;

namespace {

SlipLayout slip(PaperWidth paper)
{
    SlipLayout s;
    s.paper = paper;
    s.lines << SlipLine { QStringLiteral("Kecamatan Cibeunying Kaler"), SlipLine::Align::Center, SlipLine::Size::Normal,
        true }
            << SlipLine { QStringLiteral("TANDA TERIMA PENGADUAN"), SlipLine::Align::Center, SlipLine::Size::Tall,
                   true }
            << SlipLine::blank()
            << SlipLine { QStringLiteral("ADU/2026/11/0001"), SlipLine::Align::Center, SlipLine::Size::Large }
            << SlipLine { QStringLiteral("Ringkasan: antrean KTP-el sangat lama dan petugas tidak berada di tempat "
                                         "selama jam pelayanan \x1b@ berlangsung"),
                   SlipLine::Align::Left, SlipLine::Size::Normal, false, 2 };
    return s;
}

} // namespace

TEST_CASE("a slip prints its lines with the register number as large as fits one line", "[printing]")
{
    for (const auto &[paper, scale] : { std::pair { PaperWidth::Mm80, 3 }, { PaperWidth::Mm58, 2 } }) {
        auto bytes = EscPosEncoder().encode(slip(paper));
        REQUIRE(bytes.ok());
        CHECK(bytes->startsWith("\x1b@"));
        const QList<EscPosCommand> commands = EscPosDecoder::decode(bytes.value());
        CHECK(commands.last().kind == Kind::Cut);
        // The number is preceded by the largest size that keeps it on one line.
        int size = 0;
        bool found = false;
        for (const EscPosCommand &c : commands) {
            if (c.kind == Kind::Size)
                size = c.a;
            if (c.kind == Kind::Text && c.data == "ADU/2026/11/0001") {
                found = true;
                CHECK(size == scale);
            }
        }
        CHECK(found);
        const QStringList lines = EscPosDecoder::textLines(commands);
        for (const QString &line : lines)
            CHECK(line.size() <= charactersPerLine(paper));
        // Continuation lines are indented; the ESC byte from the text never reaches the printer.
        CHECK(lines.join(QLatin1Char('|')).contains(QStringLiteral("|  ")));
        int inits = 0;
        for (const EscPosCommand &c : commands) {
            CHECK(c.kind != Kind::Unknown);
            inits += c.kind == Kind::Init ? 1 : 0;
        }
        CHECK(inits == 1); // the ESC @ in the summary became " @"
    }
}

TEST_CASE("an empty slip is refused", "[printing]")
{
    SlipLayout empty;
    empty.lines << SlipLine::blank();
    auto bytes = EscPosEncoder().encode(empty);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error().code == ErrorCode::InvalidInput);
}
