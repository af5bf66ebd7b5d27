// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the complaint receipt and the response letter carry: the register
// number, the office's time, the deadlines, and the complainant only where
// the law and the actor's role allow it.
#include "core/complaints/ComplaintReceipt.h"
#include "core/complaints/ResponseLetter.h"
#include "core/printing/EscPosDecoder.h"
#include "core/printing/EscPosEncoder.h"
#include "tests/core/complaints/ComplaintFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

ComplaintIdentity rina()
{
    return ComplaintIdentity { QStringLiteral("Rina Marlina"), QStringLiteral("081234567890"), QString(),
        QStringLiteral("Jl. Cigadung Raya No. 5\nBandung 40191") };
}

QStringList slipText(const ComplaintReceipt &r, PaperWidth paper = PaperWidth::Mm80)
{
    auto bytes = EscPosEncoder().encode(r.slip(paper));
    if (!bytes)
        FAIL(bytes.error().message.toStdString());
    return EscPosDecoder::textLines(EscPosDecoder::decode(bytes.value()));
}

bool holds(const QStringList &lines, const QString &text)
{
    return lines.join(QLatin1Char(' ')).contains(text);
}

ComplaintReceipt receiptOf(ComplaintFixture &f, const Actor &actor, const Complaint &c)
{
    auto r = ComplaintReceipt::gather(f.t.db(), f.complaints, actor, c.number);
    if (!r)
        FAIL(r.error().message.toStdString());
    return r.value();
}

// Verified and answered by dewi (follow-up team).
void answer(ComplaintFixture &f, const Complaint &c, const QString &text, const QString &letterNo = {})
{
    REQUIRE(f.complaints.verify(f.dewi, c.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.dewi, c.id, f.dewi.userId).ok()); // she takes it
    REQUIRE(f.complaints.respond(f.dewi, c.id, text, letterNo).ok());
}

} // namespace

TEST_CASE("the receipt carries the register number, the office time and the deadlines", "[complaints][print]")
{
    ComplaintFixture f;
    f.t.exec(QStringLiteral("UPDATE office SET time_zone = 'WITA', phone = '(022) 2500123'"));
    f.setNow(ComplaintFixture::wib(2026, 11, 23, 11, 0));
    ComplaintIntake in = f.intake();
    in.receivedAt = ComplaintFixture::wib(2026, 11, 23, 10, 15); // 11.15 WITA
    const Complaint c = f.log(f.siti, in, rina());

    const ComplaintReceipt r = receiptOf(f, f.siti, c);
    for (PaperWidth paper : { PaperWidth::Mm80, PaperWidth::Mm58 }) {
        const QStringList lines = slipText(r, paper);
        CAPTURE(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(lines.contains(c.number)); // on a line of its own, printed large
        CHECK(holds(lines, QStringLiteral("Kecamatan Cibeunying Kaler")));
        CHECK(holds(lines, QStringLiteral("11.15 WITA")));
        CHECK(holds(lines, QStringLiteral("KTP-el")));
        CHECK(holds(lines, ComplaintReceipt::dateText(c.status.verify.due)));
        CHECK(holds(lines, ComplaintReceipt::dateText(c.status.settle.due)));
        CHECK(holds(lines, QStringLiteral("(022) 2500123")));
        // siti logged it and it is not rahasia: she may see the name, and the view is logged.
        CHECK(holds(lines, QStringLiteral("Rina Marlina")));
        for (const QString &line : lines)
            CHECK(line.size() <= charactersPerLine(paper));
    }
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 1);
    // Never the phone or the address: the receipt is for the complainant's pocket.
    CHECK_FALSE(holds(slipText(r), QStringLiteral("081234567890")));
    CHECK_FALSE(holds(slipText(r), QStringLiteral("Cigadung")));
}

TEST_CASE("a rahasia complaint's receipt names nobody, whoever prints it", "[complaints][print]")
{
    ComplaintFixture f;
    ComplaintIntake in = f.intake();
    in.confidential = true;
    const Complaint c = f.log(f.siti, in, rina());

    // dewi (follow-up team) may see the person on screen, never on this paper.
    for (const Actor &actor : { f.siti, f.dewi, f.sari }) {
        const QStringList lines = slipText(receiptOf(f, actor, c));
        CAPTURE(actor.username.toStdString());
        CHECK(lines.contains(c.number));
        CHECK_FALSE(holds(lines, QStringLiteral("Rina")));
        CHECK_FALSE(holds(lines, QStringLiteral("0812")));
        CHECK(holds(lines, ComplaintReceipt::tr("Kept confidential")));
    }
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 0); // the identity was not even read

    // Someone who may not read the complaint gets no receipt at all.
    auto budi = ComplaintReceipt::gather(f.t.db(), f.complaints, f.budi, c.number);
    REQUIRE_FALSE(budi.ok());
    CHECK(budi.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a long summary is cut on the receipt and wrapped to the roll", "[complaints][print]")
{
    ComplaintFixture f;
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += QStringLiteral("antrian panjang sekali ");
    const Complaint c = f.log(f.siti, f.intake(longText.trimmed()));
    const ComplaintReceipt r = receiptOf(f, f.siti, c);
    CHECK(r.summary.size() <= ComplaintReceipt::kSummaryChars);
    CHECK(r.summary.endsWith(QChar(0x2026)));
    const QStringList lines = slipText(r, PaperWidth::Mm58);
    for (const QString &line : lines)
        CHECK(line.size() <= 32);
    CHECK(holds(lines, QStringLiteral("antrian panjang sekali")));
}

TEST_CASE(
    "the response letter: number, addressee through identity(), the response, the signer's NIP", "[complaints][print]")
{
    ComplaintFixture f;
    f.t.exec(QStringLiteral("UPDATE office SET city = 'Bandung', head_title = 'Camat Cibeunying Kaler', "
                            "head_name = 'Drs. H. Asep Mulyana', head_nip = '197205141998031007'"));
    f.t.exec(QStringLiteral("UPDATE users SET nip = '198606302011011008' WHERE username = 'dewi'"));
    const Complaint c = f.log(f.siti, f.intake(), rina());
    f.setNow(ComplaintFixture::wib(2026, 11, 25, 9, 0));
    answer(f, c, QStringLiteral("Jadwal piket loket KTP-el telah diperbaiki."), QStringLiteral("400.8/123/Kec"));
    const int viewsBefore = f.auditCount(QStringLiteral("complaint.identity_view"));

    auto letter = LetterData::gather(f.t.db(), f.complaints, f.dewi, c.number);
    REQUIRE(letter.ok());
    CHECK(letter->letterNumber == QStringLiteral("400.8/123/Kec"));
    CHECK(letter->date == QDate(2026, 11, 25));
    CHECK(letter->receivedDay == QDate(2026, 11, 23));
    CHECK(letter->placeAndDate().startsWith(QStringLiteral("Bandung, ")));
    CHECK(letter->addresseeName == QStringLiteral("Rina Marlina"));
    CHECK(letter->addressLines().contains(QStringLiteral("Bandung 40191")));
    CHECK(letter->response == QStringLiteral("Jadwal piket loket KTP-el telah diperbaiki."));
    CHECK(letter->subject().contains(c.number));
    // dewi is not the head: she signs on the head's behalf, with her own NIP.
    CHECK(letter->signerTitle.contains(QStringLiteral("Camat Cibeunying Kaler")));
    CHECK(letter->signerTitle != QStringLiteral("Camat Cibeunying Kaler"));
    CHECK(letter->signerName == QStringLiteral("Dewi Anggraini"));
    CHECK(letter->nipLine() == QStringLiteral("NIP. 19860630 201101 1 008"));
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == viewsBefore + 1);

    // The head signs as the head.
    f.t.exec(QStringLiteral("UPDATE users SET nip = '197205141998031007' WHERE username = 'sari'"));
    auto head = LetterData::gather(f.t.db(), f.complaints, f.sari, c.number);
    REQUIRE(head.ok());
    CHECK(head->signerTitle == QStringLiteral("Camat Cibeunying Kaler"));
    CHECK(head->signerName == QStringLiteral("Drs. H. Asep Mulyana"));
}

TEST_CASE("the letter of an anonim complaint goes to the complainant by number, and no response means no letter",
    "[complaints][print]")
{
    ComplaintFixture f;
    ComplaintIntake in = f.intake();
    in.anonymous = true;
    const Complaint c = f.log(f.siti, in);

    auto early = LetterData::gather(f.t.db(), f.complaints, f.dewi, c.number);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Nothing);

    answer(f, c, QStringLiteral("Sudah ditindaklanjuti."));
    auto letter = LetterData::gather(f.t.db(), f.complaints, f.dewi, c.number);
    REQUIRE(letter.ok());
    CHECK(letter->addresseeName.isEmpty());
    CHECK(letter->addressLines().first().contains(c.number));
    CHECK(letter->letterNumber == QStringLiteral("\u2026/\u2026/\u2026")); // to be filled in by hand
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 0);
}

TEST_CASE("the letter of a rahasia complaint is for the follow-up team only", "[complaints][print]")
{
    ComplaintFixture f;
    ComplaintIntake in = f.intake();
    in.confidential = true;
    const Complaint c = f.log(f.siti, in, rina());
    answer(f, c, QStringLiteral("Oknum telah diperiksa."));

    // siti logged it and may read it, but not the person: no letter, and the refusal is audited.
    auto officer = LetterData::gather(f.t.db(), f.complaints, f.siti, c.number);
    REQUIRE_FALSE(officer.ok());
    CHECK(officer.error().code == ErrorCode::PermissionDenied);
    CHECK(officer.error().message.contains(c.number));
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view"), QStringLiteral("refused")) == 1);

    auto team = LetterData::gather(f.t.db(), f.complaints, f.dewi, c.number);
    REQUIRE(team.ok());
    CHECK(team->addresseeName == QStringLiteral("Rina Marlina"));
    CHECK(team->confidential);
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 1);
}
