// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What comes of the slips: complaints for the follow-up team (received at the
// opening), decisions carried out or overdue, the monthly review and the
// reminder of a box not yet opened.
#include "tests/core/suggestions/SuggestionFixture.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

TEST_CASE("A slip sent to the follow-up team becomes a complaint received at the opening, linked both ways")
{
    SuggestionFixture f;
    // Opened on Friday 27 November at 09.00, signed on Monday the 30th.
    f.setNow(ComplaintFixture::wib(2026, 11, 27, 11, 0));
    const SuggestionSession s = f.openSession(QDate(2026, 11, 27));
    f.setNow(ComplaintFixture::wib(2026, 11, 30, 10, 0));
    f.addTeam(s.id);
    const SuggestionSlip toTeam = f.addSlip(s.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut,
                                            QStringLiteral("Petugas loket 2 sering tidak ada"), f.ktp,
                                            QStringLiteral("U7"), f.dewi.userId, QDate(2026, 12, 11));
    const SuggestionSlip unassigned = f.addSlip(s.id, SlipKind::Pertanyaan, SlipDecision::TindakLanjut,
                                                QStringLiteral("Berapa lama akta kelahiran?"));
    f.addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab);
    const int before = f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt();
    REQUIRE(f.suggestions.sign(f.sari, s.id).ok());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() == before + 2);

    auto slip = f.suggestions.slip(f.sari, toTeam.id);
    REQUIRE(slip.ok());
    REQUIRE(slip->complaintId > 0);
    auto c = f.complaints.get(f.sari, slip->complaintId);
    REQUIRE(c.ok());
    CHECK(c->intake.channel == IntakeChannel::KotakSaran);
    CHECK(c->intake.type == ComplaintType::Pengaduan);
    CHECK(c->intake.receivedAt == ComplaintFixture::wib(2026, 11, 27, 9, 0));
    CHECK(c->receivedDay == QDate(2026, 11, 27)); // the clock starts at the opening, not at signing
    CHECK(c->intake.anonymous);
    CHECK(c->intake.serviceId == f.ktp);
    CHECK(c->intake.summary == QStringLiteral("Petugas loket 2 sering tidak ada"));
    CHECK(c->intake.details.contains(s.boxName));
    CHECK(c->status.verify.due > QDate(2026, 11, 27));
    CHECK(c->status.verify.due <= QDate(2026, 12, 4)); // counted from the opening
    // Given to the person in charge, who follows up complaints.
    CHECK(c->status.state == ComplaintState::Assigned);
    CHECK(c->status.assigneeId == f.dewi.userId);
    CHECK(slip->complaintNumber == c->number);
    CHECK(slip->complaintState == ComplaintState::Assigned);
    CHECK(slip->follow == FollowState::Pending);
    // Back from the complaint to its slip.
    auto origin = f.suggestions.slipOfComplaint(f.dewi, c->id);
    REQUIRE(origin.ok());
    REQUIRE(origin->has_value());
    CHECK(origin->value().id == toTeam.id);

    // Without a follow-up officer in charge it waits for verification.
    auto other = f.suggestions.slip(f.sari, unassigned.id);
    REQUIRE(other.ok());
    auto c2 = f.complaints.get(f.sari, other->complaintId);
    REQUIRE(c2.ok());
    CHECK(c2->status.state == ComplaintState::Received);
    CHECK(c2->intake.type == ComplaintType::PermintaanInformasi);
    // On the follow-up team's list.
    auto open = f.complaints.list(f.eko, ComplaintFilter {});
    REQUIRE(open.ok());
    bool listed = false;
    for (const Complaint &x : open.value())
        listed = listed || x.id == c2->id;
    CHECK(listed);

    // When the complaint is settled, the slip is done.
    REQUIRE(f.complaints.addNote(f.dewi, c->id, QStringLiteral("Jadwal piket loket 2 diperbaiki")).ok());
    REQUIRE(f.complaints.respond(f.dewi, c->id, QStringLiteral("Terima kasih, jadwal piket sudah diperbaiki.")).ok());
    slip = f.suggestions.slip(f.sari, toTeam.id);
    REQUIRE(slip.ok());
    CHECK(slip->follow == FollowState::Done);
}

TEST_CASE("Signing is all or nothing: when a complaint cannot be made, nothing is signed")
{
    SuggestionFixture f;
    // Opened 364 days ago and signed after more than a year: the complaint log
    // refuses a receipt that old, so the whole signing is undone.
    f.setNow(ComplaintFixture::wib(2025, 12, 2, 10, 0));
    const SuggestionSession s = f.openSession(QDate(2025, 12, 2), QDate(2025, 12, 1));
    f.addTeam(s.id);
    f.addSlip(s.id, SlipKind::Saran, SlipDecision::Dijawab);
    f.addSlip(s.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut, QStringLiteral("Tidak ada antrean prioritas"));
    f.setNow(ComplaintFixture::wib(2026, 12, 10, 10, 0));
    const int complaints = f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt();
    auto refused = f.suggestions.sign(f.sari, s.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("more than a year ago")));
    auto still = f.suggestions.session(f.sari, s.id);
    REQUIRE(still.ok());
    CHECK(still->state == SessionState::Draft);
    CHECK(still->number.isEmpty());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() == complaints);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM suggestion_slips WHERE complaint_id IS NOT NULL")).toInt() == 0);
    CHECK(f.auditCount(QStringLiteral("suggestion.sign")) == 0);
    CHECK(f.auditCount(QStringLiteral("complaint.add")) == 0);
}

TEST_CASE("A decision is done when carried out, and past its target date it is overdue")
{
    SuggestionFixture f;
    const SuggestionSession s = f.signedSession();
    auto slips = f.suggestions.slips(f.sari, s.id);
    REQUIRE(slips.ok());
    const auto byNumber = [&](int n) {
        auto all = f.suggestions.slips(f.sari, s.id);
        REQUIRE(all.ok());
        return all->at(n - 1);
    };
    CHECK(byNumber(2).follow == FollowState::Pending); // dijawab, target 7 December
    CHECK(byNumber(3).follow == FollowState::Done);    // archived
    CHECK(byNumber(4).follow == FollowState::Pending); // lapor, no target

    f.setNow(ComplaintFixture::wib(2026, 12, 8, 9, 0));
    CHECK(byNumber(2).follow == FollowState::Overdue);
    auto review = f.suggestions.review(f.sari, QDate(2026, 12, 1));
    REQUIRE(review.ok());
    REQUIRE_FALSE(review->open.isEmpty());
    CHECK(review->open.first().id == byNumber(2).id); // overdue first
    CHECK(review->overdue >= 1);

    // Only the person in charge (siti) or a supervisor records it, with what was done.
    CHECK(f.suggestions.markDone(f.budi, byNumber(2).id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(f.suggestions.markDone(f.siti, byNumber(2).id, QStringLiteral("  ")).ok());
    auto done = f.suggestions.markDone(f.siti, byNumber(2).id, QStringLiteral("Dijawab di papan pengumuman"));
    REQUIRE(done.ok());
    CHECK(done->follow == FollowState::Done);
    CHECK(done->doneNote == QStringLiteral("Dijawab di papan pengumuman"));
    CHECK(done->doneByName == f.siti.fullName);
    CHECK(f.suggestions.markDone(f.sari, byNumber(2).id, QStringLiteral("lagi")).error().code == ErrorCode::Conflict);
    CHECK(f.suggestions.markDone(f.sari, byNumber(1).id, QStringLiteral("x")).error().message.contains(
        QStringLiteral("complaint")));
    CHECK(f.suggestions.markDone(f.sari, byNumber(3).id, QStringLiteral("x")).error().code == ErrorCode::Conflict);
    CHECK(f.auditCount(QStringLiteral("suggestion.done")) == 1);
    // What was done is never changed.
    QSqlQuery q(f.t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE suggestion_done SET note = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM suggestion_done")));
}

TEST_CASE("The monthly review: 12 months by kind, services and themes that come back, boxes not opened")
{
    SuggestionFixture f;
    f.setNow(ComplaintFixture::wib(2026, 10, 30, 10, 0));
    f.signedSession(QDate(2026, 10, 30));
    f.setNow(ComplaintFixture::wib(2026, 11, 30, 10, 0));
    f.signedSession(QDate(2026, 11, 30));
    auto box2 = f.suggestions.addBox(f.sari, QStringLiteral("Kotak Saran 2"), QStringLiteral("Lobi"));
    REQUIRE(box2.ok());

    auto r = f.suggestions.review(f.sari, QDate(2026, 11, 15));
    REQUIRE(r.ok());
    REQUIRE(r->months.size() == 12);
    CHECK(r->months.first().month == QDate(2025, 12, 1));
    CHECK(r->months.last().month == QDate(2026, 11, 1));
    CHECK(r->months.at(10).byKind[std::size_t(SlipKind::Saran)] == 2);
    CHECK(r->months.at(11).byKind[std::size_t(SlipKind::Pengaduan)] == 1);
    CHECK(r->months.at(11).sessions == 1);
    CHECK(r->months.at(9).sessions == 0);
    // KTP-el came up in both months (a complaint and a question each time).
    REQUIRE_FALSE(r->services.isEmpty());
    CHECK(r->services.first().serviceId == f.ktp);
    CHECK(r->services.first().slips == 4);
    CHECK(r->services.first().complaints == 2);
    CHECK(r->services.first().months == 2);
    REQUIRE_FALSE(r->themes.isEmpty());
    bool staffConduct = false;
    for (const auto &t : r->themes)
        staffConduct = staffConduct || (t.serviceId == f.ktp && t.element == QStringLiteral("U7") && t.months == 2);
    CHECK(staffConduct);
    REQUIRE(r->notOpened.size() == 1);
    CHECK(r->notOpened.first().id == box2->id);
    // The officer does not see the review.
    CHECK(f.suggestions.review(f.siti, QDate(2026, 11, 1)).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A box not opened this month is shown to supervisors from the reminder day")
{
    SuggestionFixture f;
    f.setNow(ComplaintFixture::wib(2026, 11, 19, 10, 0));
    auto r = f.suggestions.reminders(f.sari);
    REQUIRE(r.ok());
    CHECK(r->isEmpty()); // before the 20th
    f.setNow(ComplaintFixture::wib(2026, 11, 20, 10, 0));
    r = f.suggestions.reminders(f.sari);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    CHECK(r->first().box.id == f.box);
    CHECK(r->first().month == QDate(2026, 11, 1));
    CHECK(f.suggestions.reminders(f.siti)->isEmpty()); // supervisors only
    f.openSession(QDate(2026, 11, 20), QDate(2026, 11, 1));
    CHECK(f.suggestions.reminders(f.sari)->isEmpty()); // opened (even as a draft)
    // Next month it comes back on the 20th, the time of day in WIB.
    f.setNow(ComplaintFixture::wib(2026, 12, 20, 0, 30));
    CHECK(f.suggestions.reminders(f.sari)->size() == 1);
    f.setNow(ComplaintFixture::wib(2026, 12, 19, 23, 30));
    CHECK(f.suggestions.reminders(f.sari)->isEmpty());
}

TEST_CASE("Two counters signing the same minutes at once: it is signed once and its complaints are made once")
{
    SuggestionFixture f;
    const SuggestionSession s = f.openSession();
    f.addTeam(s.id);
    for (int i = 0; i < 6; ++i)
        f.addSlip(s.id, SlipKind::Pengaduan, SlipDecision::TindakLanjut, QStringLiteral("Pengaduan %1").arg(i + 1));
    const int before = f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt();
    // Each signs on its own thread (its own connection), as two PCs would.
    std::atomic<int> ready {0};
    Result<SuggestionSession> results[2] = {makeError(ErrorCode::Unknown, QString()), makeError(ErrorCode::Unknown, QString())};
    std::vector<std::thread> signers;
    for (int i = 0; i < 2; ++i) {
        signers.emplace_back([&, i] {
            SuggestionService mine(f.t.db(), f.clock);
            ++ready;
            while (ready < 2) {
            }
            results[i] = mine.sign(f.sari, s.id);
            f.t.db()->closeThreadConnection();
        });
    }
    for (std::thread &t : signers)
        t.join();
    const int signedOk = int(results[0].ok()) + int(results[1].ok());
    CHECK(signedOk == 1);
    const Result<SuggestionSession> &refused = results[0].ok() ? results[1] : results[0];
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("BA/KS/2026/11/01")));
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() == before + 6);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM suggestion_sessions WHERE state = 'signed'")).toInt() == 1);
    CHECK(f.auditCount(QStringLiteral("suggestion.sign")) == 1);
}
