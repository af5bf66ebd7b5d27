// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The opening of a suggestion box: draft → signed, the witnesses, the
// number, and a signed session refusing every change (in core and in the
// database itself).
#include "tests/core/suggestions/SuggestionFixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

bool sqlRefused(const TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db()->connection());
    return !q.exec(sql) && q.lastError().text().contains(QLatin1String("cannot be changed"));
}

} // namespace

TEST_CASE("A box is opened as a draft covering the month, and signing gives the minutes their number")
{
    SuggestionFixture f;
    const SuggestionSession s = f.openSession();
    CHECK(s.state == SessionState::Draft);
    CHECK(s.number.isEmpty());
    CHECK(s.periodFrom == QDate(2026, 11, 1));
    CHECK(s.periodTo == QDate(2026, 11, 30));
    CHECK(s.place == QStringLiteral("Ruang tunggu lantai 1"));
    CHECK(s.boxName == QStringLiteral("Kotak Saran 1"));

    f.addTeam(s.id);
    f.addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab);
    auto signedOne = f.suggestions.sign(f.sari, s.id);
    REQUIRE(signedOne.ok());
    CHECK(signedOne->state == SessionState::Signed);
    CHECK(signedOne->number == QStringLiteral("BA/KS/2026/11/01"));
    CHECK(signedOne->signedAt == ComplaintFixture::wib(2026, 11, 30, 10, 0));
    CHECK(signedOne->headName == QStringLiteral("Drs. Hendra Gunawan, M.Si"));
    CHECK(signedOne->headTitle == QStringLiteral("Camat Cibinong"));
    CHECK(f.auditCount(QStringLiteral("suggestion.sign")) == 1);

    // A second box opened the same month gets the next number; found by it.
    auto box2 = f.suggestions.addBox(f.sari, QStringLiteral("Kotak Saran 2"), QStringLiteral("Lobi lantai 2"));
    REQUIRE(box2.ok());
    SessionDraft d;
    d.boxId = box2->id;
    d.openedOn = QDate(2026, 11, 30);
    auto s2 = f.suggestions.open(f.sari, d);
    REQUIRE(s2.ok());
    CHECK(s2->openedTime == QTime(10, 0)); // opened today without a time: now
    f.addTeam(s2->id);
    auto signed2 = f.suggestions.sign(f.sari, s2->id);
    REQUIRE(signed2.ok()); // an empty box is signed too: "0 slips"
    CHECK(signed2->number == QStringLiteral("BA/KS/2026/11/02"));
    auto found = f.suggestions.find(f.siti, QStringLiteral("ba/ks/2026/11/02"));
    REQUIRE(found.ok());
    CHECK(found->id == s2->id);
}

TEST_CASE("The minutes are not signed before two witnesses, a member of the team and a decision for every slip")
{
    SuggestionFixture f;
    const SuggestionSession s = f.openSession();
    f.addSlip(s.id, SlipKind::Pengaduan, std::nullopt, QStringLiteral("Toilet kotor"));
    f.addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab);
    f.addSlip(s.id, SlipKind::Pertanyaan, std::nullopt, QStringLiteral("Syarat akta kelahiran?"));

    auto summary = f.suggestions.summary(f.sari, s.id);
    REQUIRE(summary.ok());
    CHECK_FALSE(summary->maySign());
    CHECK(summary->undecided == 2);
    CHECK(summary->missing.size() == 3);
    CHECK(summary->missing.join(QLatin1Char('\n')).contains(QStringLiteral("1, 3")));

    auto refused = f.suggestions.sign(f.sari, s.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("two witnesses")));

    REQUIRE(f.suggestions.addMember(f.siti, s.id, MemberRole::Opener, QStringLiteral("Siti"), {}).ok());
    REQUIRE(f.suggestions.addMember(f.siti, s.id, MemberRole::Witness, QStringLiteral("Pak RT"), {}).ok());
    summary = f.suggestions.summary(f.sari, s.id);
    REQUIRE(summary.ok());
    CHECK(summary->missing.size() == 2); // one witness more, two undecided
    CHECK_FALSE(f.suggestions.sign(f.sari, s.id).ok());
    // The same person is not counted twice.
    CHECK(f.suggestions.addMember(f.siti, s.id, MemberRole::Witness, QStringLiteral("pak  rt"), {}).error().code
          == ErrorCode::Conflict);
    REQUIRE(f.suggestions.addMember(f.siti, s.id, MemberRole::Witness, QStringLiteral("Bu Lurah"),
                                    QStringLiteral("197001011995032002"))
                .ok());

    auto slips = f.suggestions.slips(f.siti, s.id);
    REQUIRE(slips.ok());
    for (const SuggestionSlip &slip : slips.value()) {
        SlipEntry e = slip.entry;
        e.decision = SlipDecision::Arsip;
        REQUIRE(f.suggestions.updateSlip(f.siti, slip.id, e).ok());
    }
    summary = f.suggestions.summary(f.sari, s.id);
    REQUIRE(summary.ok());
    CHECK(summary->maySign());
    CHECK(summary->byKind[std::size_t(SlipKind::Pengaduan)] == 1);
    CHECK(summary->byKind[std::size_t(SlipKind::Saran)] == 1);
    CHECK(summary->byKind[std::size_t(SlipKind::Pertanyaan)] == 1);
    CHECK(summary->byDecision[std::size_t(SlipDecision::Arsip)] == 3);
    CHECK(summary->total == 3);
    CHECK(f.suggestions.sign(f.sari, s.id).ok());
}

TEST_CASE("Bad openings are refused with a reason")
{
    SuggestionFixture f;
    SessionDraft d;
    d.boxId = f.box;
    d.openedOn = QDate(2026, 12, 1);
    CHECK(f.suggestions.open(f.sari, d).error().message.contains(QStringLiteral("still to come")));
    d.openedOn = QDate(2026, 11, 30);
    d.openedTime = QTime(11, 0); // an hour from now
    CHECK(f.suggestions.open(f.sari, d).error().message.contains(QStringLiteral("time still to come")));
    d.openedTime = QTime(9, 0);
    d.seal = SealCondition::Rusak;
    CHECK(f.suggestions.open(f.sari, d).error().message.contains(QStringLiteral("broken")));
    d.sealNote = QStringLiteral("Segel sobek di sisi kiri");
    d.periodMonth = QDate(2026, 12, 1);
    CHECK(f.suggestions.open(f.sari, d).error().message.contains(QStringLiteral("begins after")));
    d.periodMonth = {};
    auto s = f.suggestions.open(f.sari, d);
    REQUIRE(s.ok());
    CHECK(s->seal == SealCondition::Rusak);
    CHECK(s->sealNote == QStringLiteral("Segel sobek di sisi kiri"));
    // One draft per box at a time.
    auto again = f.suggestions.open(f.sari, d);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("not signed yet")));
    // A witness's NIP has 18 digits.
    CHECK(f.suggestions.addMember(f.siti, s->id, MemberRole::Witness, QStringLiteral("X"), QStringLiteral("12345"))
              .error()
              .message.contains(QStringLiteral("18 digits")));
    // An empty slip is not followed up; an unknown element is refused.
    SlipEntry e;
    e.kind = SlipKind::Kosong;
    e.decision = SlipDecision::TindakLanjut;
    CHECK_FALSE(f.suggestions.addSlip(f.siti, s->id, e).ok());
    e.kind = SlipKind::Saran;
    e.decision.reset();
    e.summary = QStringLiteral("Ruang tunggu panas");
    e.element = QStringLiteral("U10");
    CHECK(f.suggestions.addSlip(f.siti, s->id, e).error().message.contains(QStringLiteral("U1 to U9")));
    e.element = QStringLiteral("u9");
    auto slip = f.suggestions.addSlip(f.siti, s->id, e);
    REQUIRE(slip.ok());
    CHECK(slip->entry.element == QStringLiteral("U9"));
    e.target = QDate(2026, 11, 1);
    CHECK(f.suggestions.updateSlip(f.siti, slip->id, e).error().message.contains(QStringLiteral("before the opening")));
    e.target = {};
    e.summary = QStringLiteral("Ruang\x07 tunggu");
    CHECK_FALSE(f.suggestions.updateSlip(f.siti, slip->id, e).ok());
}

TEST_CASE("Without a month, the period runs from the day after the box's last opening")
{
    SuggestionFixture f;
    f.setNow(ComplaintFixture::wib(2026, 10, 30, 10, 0));
    f.signedSession(QDate(2026, 10, 30));
    f.setNow(ComplaintFixture::wib(2026, 11, 30, 10, 0));
    const SuggestionSession s = f.openSession(QDate(2026, 11, 27), QDate());
    CHECK(s.periodFrom == QDate(2026, 10, 31));
    CHECK(s.periodTo == QDate(2026, 11, 27));
    // A month given is the month, up to the opening.
    SessionDraft d;
    d.openedOn = QDate(2026, 11, 27);
    d.openedTime = QTime(9, 0);
    d.periodMonth = QDate(2026, 11, 15);
    auto changed = f.suggestions.updateSession(f.sari, s.id, d);
    REQUIRE(changed.ok());
    CHECK(changed->periodFrom == QDate(2026, 11, 1));
    CHECK(changed->periodTo == QDate(2026, 11, 27));
}

TEST_CASE("Slips are numbered one after another, and removing one moves the later ones up")
{
    SuggestionFixture f;
    const SuggestionSession s = f.openSession();
    for (int i = 1; i <= 5; ++i)
        CHECK(f.addSlip(s.id, SlipKind::Saran, std::nullopt, QStringLiteral("Saran %1").arg(i)).number == i);
    auto slips = f.suggestions.slips(f.siti, s.id);
    REQUIRE(slips.ok());
    REQUIRE(f.suggestions.removeSlip(f.siti, slips->at(1).id).ok());
    slips = f.suggestions.slips(f.siti, s.id);
    REQUIRE(slips.ok());
    REQUIRE(slips->size() == 4);
    QStringList seen;
    for (const SuggestionSlip &slip : slips.value())
        seen << QStringLiteral("%1:%2").arg(slip.number).arg(slip.entry.summary);
    CHECK(seen.join(QLatin1Char(' ')) == QStringLiteral("1:Saran 1 2:Saran 3 3:Saran 4 4:Saran 5"));
    CHECK(f.addSlip(s.id, SlipKind::Saran, std::nullopt).number == 5);
}

TEST_CASE("A signed session refuses every change, in Loket and in the database")
{
    SuggestionFixture f;
    const SuggestionSession s = f.signedSession();
    auto slips = f.suggestions.slips(f.siti, s.id);
    REQUIRE(slips.ok());
    REQUIRE(slips->size() == 6);
    const SuggestionSlip first = slips->first();

    const auto signedRefusal = [&](const Error &e) {
        return e.code == ErrorCode::PermissionDenied && e.message.contains(QStringLiteral("signed"))
            && e.message.contains(s.number);
    };
    CHECK(signedRefusal(f.suggestions.addSlip(f.siti, s.id, first.entry).error()));
    CHECK(signedRefusal(f.suggestions.updateSlip(f.siti, first.id, first.entry).error()));
    CHECK(signedRefusal(f.suggestions.removeSlip(f.siti, first.id).error()));
    CHECK(signedRefusal(f.suggestions.addMember(f.siti, s.id, MemberRole::Witness, QStringLiteral("X"), {}).error()));
    CHECK(signedRefusal(f.suggestions.removeMember(f.siti, s.members.first().id).error()));
    SessionDraft d;
    d.openedOn = s.openedOn;
    CHECK(signedRefusal(f.suggestions.updateSession(f.sari, s.id, d).error()));
    CHECK(signedRefusal(f.suggestions.discard(f.sari, s.id, QStringLiteral("salah")).error()));
    CHECK(signedRefusal(f.suggestions.sign(f.sari, s.id).error()));
    CHECK(signedRefusal(
        f.suggestions.attachScan(f.siti, first.id, ComplaintAttachmentFile {QStringLiteral("a.pdf"), "%PDF-1.4 x"}).error()));

    // Straight into the file: the triggers refuse.
    const QString sid = QString::number(s.id);
    CHECK(sqlRefused(f.t, QStringLiteral("UPDATE suggestion_sessions SET place = 'x' WHERE id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("UPDATE suggestion_sessions SET state = 'draft' WHERE id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("DELETE FROM suggestion_sessions WHERE id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("UPDATE suggestion_slips SET summary = 'x' WHERE session_id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("DELETE FROM suggestion_slips WHERE session_id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("INSERT INTO suggestion_slips (session_id, number, summary, kind, created_at) "
                                         "VALUES (%1, 99, 'x', 'saran', 0)").arg(sid)));
    CHECK(sqlRefused(f.t, QStringLiteral("UPDATE suggestion_members SET name = 'x' WHERE session_id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("DELETE FROM suggestion_members WHERE session_id = ") + sid));
    CHECK(sqlRefused(f.t, QStringLiteral("INSERT INTO suggestion_members (session_id, role, name) VALUES (%1, 'witness', 'x')")
                              .arg(sid)));
    CHECK(sqlRefused(f.t, QStringLiteral("INSERT INTO suggestion_scans (slip_id, session_id, name, mime, size, sha256, data) "
                                         "VALUES (%1, %2, 'a', 'image/png', 1, '', '00')").arg(first.id).arg(sid)));
    // Moving a slip of a draft into the signed session is refused too.
    const SuggestionSession other = [&] {
        auto b = f.suggestions.addBox(f.sari, QStringLiteral("Kotak Saran 2"), QString());
        REQUIRE(b.ok());
        SessionDraft o;
        o.boxId = b->id;
        o.openedOn = QDate(2026, 11, 30);
        o.openedTime = QTime(9, 30);
        auto opened = f.suggestions.open(f.sari, o);
        REQUIRE(opened.ok());
        return opened.value();
    }();
    const SuggestionSlip draftSlip = f.addSlip(other.id, SlipKind::Saran, std::nullopt);
    CHECK(sqlRefused(f.t, QStringLiteral("UPDATE suggestion_slips SET session_id = %1, number = 50 WHERE id = %2")
                              .arg(sid)
                              .arg(draftSlip.id)));
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM suggestion_slips WHERE session_id = ") + sid).toInt() == 6);
}

TEST_CASE("Who may open, enter slips, sign and read")
{
    SuggestionFixture f;
    SessionDraft d;
    d.boxId = f.box;
    d.openedOn = QDate(2026, 11, 30);
    d.openedTime = QTime(9, 0);
    CHECK(f.suggestions.open(f.siti, d).error().code == ErrorCode::PermissionDenied);
    CHECK(f.suggestions.open(f.admin, d).error().code == ErrorCode::PermissionDenied);
    CHECK(f.suggestions.addBox(f.siti, QStringLiteral("Kotak 9"), {}).error().code == ErrorCode::PermissionDenied);
    CHECK(f.suggestions.addBox(f.admin, QStringLiteral("Kotak 9"), QStringLiteral("Parkir")).ok()); // settings
    const SuggestionSession s = f.openSession();
    f.addTeam(s.id);
    SlipEntry e;
    e.summary = QStringLiteral("Parkir sempit");
    e.decision = SlipDecision::Arsip;
    CHECK(f.suggestions.addSlip(f.dewi, s.id, e).ok());  // the follow-up team enters slips
    CHECK(f.suggestions.addSlip(f.admin, s.id, e).error().code == ErrorCode::PermissionDenied);
    CHECK(f.suggestions.session(f.admin, s.id).error().code == ErrorCode::PermissionDenied); // a draft
    CHECK(f.suggestions.sign(f.siti, s.id).error().code == ErrorCode::PermissionDenied);
    CHECK(f.suggestions.discard(f.siti, s.id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(f.auditCount(QStringLiteral("suggestion.sign"), QStringLiteral("refused")) == 1);
    REQUIRE(f.suggestions.sign(f.sari, s.id).ok());
    CHECK(f.suggestions.session(f.admin, s.id).ok()); // everyone reads signed minutes
    CHECK(f.suggestions.minutes(f.budi, s.id).ok());
    auto list = f.suggestions.sessions(f.admin, QDate(2026, 11, 1));
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
    CHECK(f.suggestions.session(Actor {}, s.id).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Every change to an opening is in the audit log")
{
    SuggestionFixture f;
    const SuggestionSession s = f.openSession();
    f.addTeam(s.id);
    const SuggestionSlip slip = f.addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab);
    SlipEntry e = slip.entry;
    e.summary = QStringLiteral("Tambah kipas angin");
    REQUIRE(f.suggestions.updateSlip(f.siti, slip.id, e).ok());
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    REQUIRE(f.suggestions.attachScan(f.siti, slip.id, ComplaintAttachmentFile {QStringLiteral("slip1.png"), png}).ok());
    CHECK_FALSE(f.suggestions.attachScan(f.siti, slip.id, ComplaintAttachmentFile {QStringLiteral("x.exe"), "MZ\x90"}).ok());
    auto scan = f.suggestions.scan(f.sari, slip.id);
    REQUIRE(scan.ok());
    CHECK(scan->data == png);
    auto withTeam = f.suggestions.session(f.sari, s.id);
    REQUIRE(withTeam.ok());
    REQUIRE(withTeam->members.size() == 4);
    REQUIRE(f.suggestions.removeMember(f.siti, withTeam->members.last().id).ok());
    CHECK(f.auditCount(QStringLiteral("suggestion.box_add")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.open")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.member_add")) == 4);
    CHECK(f.auditCount(QStringLiteral("suggestion.member_remove")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.slip_add")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.slip_update")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.scan_add")) == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.scan_read")) == 1);
    REQUIRE(f.suggestions.discard(f.sari, s.id, QStringLiteral("Dicatat dua kali")).ok());
    CHECK(f.auditCount(QStringLiteral("suggestion.discard")) == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM suggestion_slips")).toInt() == 0);
    CHECK(f.suggestions.session(f.sari, s.id).error().code == ErrorCode::NotFound);
}
