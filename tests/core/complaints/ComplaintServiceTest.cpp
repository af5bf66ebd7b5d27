// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A complaint from the counter to its closing, every refusal on the way, and
// the lists the follow-up team works from.
#include "tests/core/complaints/ComplaintFixture.h"

#include "core/catalog/HolidayService.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace loket;
using namespace loket::test;

TEST_CASE("a complaint gets a register number of its year, never reused", "[complaints]")
{
    ComplaintFixture f;
    const Complaint a = f.log(f.siti, f.intake());
    const Complaint b = f.log(f.siti, f.intake(QStringLiteral("Toilet kotor")));
    CHECK(a.number == QStringLiteral("ADU/2026/11/0001"));
    CHECK(b.number == QStringLiteral("ADU/2026/11/0002"));
    CHECK(a.status.state == ComplaintState::Received);
    CHECK(a.status.verify.due == QDate(2026, 11, 26));
    CHECK(a.status.firstFollowUp.due == QDate(2026, 11, 30));
    CHECK(a.status.settle.due == QDate(2026, 11, 30));
    CHECK(a.daysLeft == 3);

    f.setNow(ComplaintFixture::wib(2027, 1, 4, 8, 0));
    CHECK(f.log(f.siti, f.intake()).number == QStringLiteral("ADU/2027/01/0001"));
    f.setNow(ComplaintFixture::wib(2027, 2, 1, 8, 0));
    CHECK(f.log(f.siti, f.intake()).number == QStringLiteral("ADU/2027/02/0002"));
}

TEST_CASE("a complaint told at the counter is followed up to its closing", "[complaints]")
{
    ComplaintFixture f;
    const Ticket ticket = f.issue(f.kk);
    ComplaintIntake in = f.intake();
    in.serviceId = 0;
    in.ticketId = ticket.id;
    const Complaint c = f.log(f.siti, in, ComplaintIdentity {QStringLiteral("Rudi Hartono"), QStringLiteral("0812 3456 7890")});
    CHECK(c.intake.serviceId == f.kk); // the ticket's service
    CHECK(c.ticketNumber == ticket.number);

    SECTION("an officer may not verify, a follow-up officer may; the refusal is audited")
    {
        auto refused = f.complaints.verify(f.siti, c.id, VerifyOutcome::Complete, QString());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(f.auditCount(QStringLiteral("complaint.verify"), QStringLiteral("refused")) == 1);
    }

    f.clock.advanceSecs(600);
    auto v = f.complaints.verify(f.dewi, c.id, VerifyOutcome::Complete, QStringLiteral("Berkas lengkap"));
    REQUIRE(v.ok());
    CHECK(v->status.state == ComplaintState::Verified);
    CHECK(v->status.verify.met());

    // Only a supervisor assigns to another; eko may not work dewi's complaint.
    REQUIRE_FALSE(f.complaints.assign(f.eko, c.id, f.dewi.userId).ok());
    auto a = f.complaints.assign(f.sari, c.id, f.dewi.userId);
    REQUIRE(a.ok());
    CHECK(a->status.state == ComplaintState::Assigned);
    CHECK(a->assigneeName == QStringLiteral("Dewi Anggraini"));
    auto foreign = f.complaints.addNote(f.eko, c.id, QStringLiteral("Saya bantu"));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(QStringLiteral("Dewi Anggraini")));
    // An officer cannot be given a complaint.
    REQUIRE_FALSE(f.complaints.assign(f.sari, c.id, f.budi.userId).ok());

    f.clock.advanceSecs(3600);
    auto n = f.complaints.addNote(f.dewi, c.id, QStringLiteral("Koordinasi dengan petugas loket KK"));
    REQUIRE(n.ok());
    CHECK(n->status.state == ComplaintState::InFollowUp);
    CHECK(n->status.firstFollowUp.met());

    // Closing before a response is refused.
    auto early = f.complaints.close(f.sari, c.id);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::InvalidState);

    auto r = f.complaints.respond(f.dewi, c.id, QStringLiteral("Petugas telah ditegur dan jadwal piket diperbaiki."),
                                  QStringLiteral("800/123/Kec"));
    REQUIRE(r.ok());
    CHECK(r->status.state == ComplaintState::Responded);
    CHECK(r->status.settle.met());
    CHECK(r->status.autoCloseDue == QDate(2026, 12, 7));

    REQUIRE_FALSE(f.complaints.close(f.dewi, c.id).ok()); // the team does not close: a supervisor does
    auto closed = f.complaints.close(f.sari, c.id, QStringLiteral("Pelapor puas"));
    REQUIRE(closed.ok());
    CHECK(closed->status.state == ComplaintState::Closed);
    CHECK(closed->status.closedHow == QStringLiteral("resolved"));

    REQUIRE_FALSE(f.complaints.reopen(f.dewi, c.id, QString()).ok()); // a reason is needed
    auto reopened = f.complaints.reopen(f.dewi, c.id, QStringLiteral("Pelapor menghubungi lagi"));
    REQUIRE(reopened.ok());
    CHECK(reopened->status.state == ComplaintState::InFollowUp);

    auto events = f.complaints.events(f.sari, c.id);
    REQUIRE(events.ok());
    QStringList kinds;
    for (const ComplaintEvent &e : events.value())
        kinds << eventKindCode(e.kind);
    CHECK(kinds.join(QLatin1Char(' '))
          == QStringLiteral("received verified assigned note responded closed reopened"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaint_events")) == 7);
}

TEST_CASE("a response left unanswered closes by itself after 10 working days", "[complaints]")
{
    ComplaintFixture f;
    const Complaint c = f.log(f.siti, f.intake());
    REQUIRE(f.complaints.verify(f.dewi, c.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.dewi, c.id, f.dewi.userId).ok());
    REQUIRE(f.complaints.respond(f.dewi, c.id, QStringLiteral("Sudah ditindaklanjuti")).ok());
    // 23 November + 10 working days = 7 December: at start on the 7th (or at 15.00) only the days
    // before are over; once the office has closed at 16.00 the 7th is over too.
    f.setNow(ComplaintFixture::wib(2026, 12, 7, 15, 0));
    auto notYet = f.complaints.autoCloseOverdue(Actor::system());
    REQUIRE(notYet.ok());
    CHECK(notYet.value() == 0);
    SECTION("when the day is closed")
    {
        f.setNow(ComplaintFixture::wib(2026, 12, 7, 16, 30));
        auto closedNow = f.complaints.autoCloseOverdue(Actor::system());
        REQUIRE(closedNow.ok());
        CHECK(closedNow.value() == 1);
        return;
    }
    auto none = f.complaints.autoClose(Actor::system(), QDate(2026, 12, 4));
    REQUIRE(none.ok());
    CHECK(none.value() == 0);
    auto one = f.complaints.autoClose(Actor::system(), QDate(2026, 12, 7));
    REQUIRE(one.ok());
    CHECK(one.value() == 1);
    auto after = f.complaints.get(f.sari, c.id);
    REQUIRE(after.ok());
    CHECK(after->status.state == ComplaintState::Closed);
    CHECK(after->status.closedHow == QStringLiteral("automatic"));
    // An officer cannot run it.
    REQUIRE_FALSE(f.complaints.autoClose(f.siti, QDate(2026, 12, 7)).ok());
}

TEST_CASE("the identity of a complainant is seen only by those allowed, and every view is logged", "[complaints][identity]")
{
    ComplaintFixture f;
    const ComplaintIdentity rudi {QStringLiteral("Rudi Hartono"), QStringLiteral("081234567890"),
        QStringLiteral("rudi@example.id"), QStringLiteral("Jl. Merdeka 1")};
    ComplaintIntake secret = f.intake();
    secret.confidential = true;
    const Complaint confidential = f.log(f.siti, secret, rudi);
    const Complaint open = f.log(f.siti, f.intake(), rudi);

    // The officer who logged a confidential complaint sees it without the person.
    CHECK(f.complaints.get(f.siti, confidential.id).ok());
    CHECK_FALSE(f.complaints.maySeeIdentity(f.siti, confidential));
    auto refused = f.complaints.identity(f.siti, confidential.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view"), QStringLiteral("refused")) == 1);

    // The follow-up team sees it, and the view is in the audit log.
    auto seen = f.complaints.identity(f.dewi, confidential.id);
    REQUIRE(seen.ok());
    CHECK(seen->name == QStringLiteral("Rudi Hartono"));
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 1);

    // Not confidential: the officer who logged it may see who it was; another officer cannot even open it.
    CHECK(f.complaints.identity(f.siti, open.id).ok());
    CHECK(f.auditCount(QStringLiteral("complaint.identity_view")) == 2);
    CHECK_FALSE(f.complaints.get(f.budi, open.id).ok());
    CHECK_FALSE(f.complaints.identity(f.budi, open.id).ok());
    // The administrator runs the system but does not see complainants.
    CHECK_FALSE(f.complaints.identity(f.admin, confidential.id).ok());
    // Nobody signed in sees nothing.
    CHECK_FALSE(f.complaints.get(Actor {}, open.id).ok());

    // Lists and search never carry the person.
    auto list = f.complaints.list(f.sari, {});
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
    CHECK(list->at(0).hasIdentity);

    // An officer's list holds only what he or she logged.
    f.log(f.budi, f.intake(QStringLiteral("Budi mencatat ini")));
    auto budis = f.complaints.list(f.budi, {});
    REQUIRE(budis.ok());
    CHECK(budis->size() == 1);
}

TEST_CASE("bad input is refused and changes nothing", "[complaints][input]")
{
    ComplaintFixture f;
    auto refusedWith = [&](ComplaintIntake in, ComplaintIdentity p = {}, QList<ComplaintAttachmentFile> files = {}) {
        auto r = f.complaints.add(f.siti, std::move(in), std::move(p), files);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaint_events")) == 0);
        return r.error().message;
    };
    ComplaintIntake in = f.intake();
    SECTION("a receipt in the future")
    {
        in.receivedAt = f.clock.nowUtc().addSecs(3600);
        CHECK(refusedWith(in).contains(QStringLiteral("future")));
    }
    SECTION("no summary, a control character, a lone BOM")
    {
        in.summary = QStringLiteral("   ");
        refusedWith(in);
        in.summary = QStringLiteral("Antrian\x07lambat");
        refusedWith(in);
        in.summary = QString(QChar(0xFEFF));
        refusedWith(in);
        // A hidden direction mark that makes "…gnp.exe" read as "…exe.png", and a text of zero-width spaces only.
        in.summary = QStringLiteral("Bukti") + QChar(0x202E) + QStringLiteral("gnp.exe");
        CHECK(refusedWith(in).contains(QStringLiteral("U+202E")));
        in.summary = QString(3, QChar(0x200B));
        refusedWith(in);
    }
    SECTION("an anonymous complaint with a name")
    {
        in.anonymous = true;
        refusedWith(in, ComplaintIdentity {QStringLiteral("Rudi")});
    }
    SECTION("a wrong email or phone, an unknown component")
    {
        refusedWith(in, ComplaintIdentity {QString(), QString(), QStringLiteral("rudi-at-example")});
        refusedWith(in, ComplaintIdentity {QString(), QStringLiteral("telepon saya")});
        in.component = QStringLiteral("no_such_component");
        refusedWith(in);
    }
    SECTION("an attachment too large or not a photo or PDF")
    {
        REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::ComplaintAttachmentMaxKb), 1).ok());
        QByteArray big("%PDF-1.4\n");
        big += QByteArray(2048, 'x');
        CHECK(refusedWith(in, {}, {ComplaintAttachmentFile {QStringLiteral("scan.pdf"), big}}).contains(QStringLiteral("too large")));
        refusedWith(in, {}, {ComplaintAttachmentFile {QStringLiteral("foto.jpg"), QByteArray("MZ\x90\x00 not a photo")}});
    }
}

TEST_CASE("attachments are kept with their SHA-256", "[complaints]")
{
    ComplaintFixture f;
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\x01');
    auto c = f.complaints.add(f.siti, f.intake(), {}, {ComplaintAttachmentFile {QStringLiteral("/home/siti/bukti.png"), png}});
    REQUIRE(c.ok());
    auto files = f.complaints.attachments(f.dewi, c->id);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->at(0).name == QStringLiteral("bukti.png"));
    CHECK(files->at(0).mime == QStringLiteral("image/png"));
    CHECK(files->at(0).sha256 == QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    auto data = f.complaints.attachmentData(f.dewi, files->at(0).id);
    REQUIRE(data.ok());
    CHECK(data.value() == png);
    CHECK(f.auditCount(QStringLiteral("complaint.attachment_read")) == 1);
    // The same file twice is refused; a file whose name lies about its type gets the right extension.
    CHECK(f.complaints.attach(f.siti, c->id, ComplaintAttachmentFile {QStringLiteral("lagi.png"), png}).error().code
          == ErrorCode::Conflict);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(40, 'x');
    REQUIRE(f.complaints.attach(f.siti, c->id, ComplaintAttachmentFile {QStringLiteral("foto.exe"), pdf}).ok());
    auto both = f.complaints.attachments(f.dewi, c->id);
    REQUIRE(both.ok());
    REQUIRE(both->size() == 2);
    CHECK(both->at(1).name == QStringLiteral("foto.pdf"));
    CHECK_FALSE(f.complaints.attachmentData(f.budi, files->at(0).id).ok()); // not his complaint
}

TEST_CASE("the work lists: mine, unassigned, due soon, overdue", "[complaints][lists]")
{
    ComplaintFixture f;
    const Complaint monday = f.log(f.siti, f.intake(QStringLiteral("Senin")));      // verify by Thu 26
    f.setNow(ComplaintFixture::wib(2026, 11, 25, 9, 0));
    const Complaint wednesday = f.log(f.siti, f.intake(QStringLiteral("Rabu")));    // verify by Mon 30
    const Complaint taken = f.log(f.siti, f.intake(QStringLiteral("Diambil Dewi")));
    REQUIRE(f.complaints.verify(f.dewi, taken.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.dewi, taken.id, f.dewi.userId).ok()); // she takes it herself

    f.setNow(ComplaintFixture::wib(2026, 11, 27, 9, 0)); // Friday
    auto ids = [&](ComplaintFilter::View view, const Actor &who) {
        ComplaintFilter filter;
        filter.view = view;
        auto r = f.complaints.list(who, filter);
        REQUIRE(r.ok());
        QList<qint64> out;
        for (const Complaint &c : r.value())
            out << c.id;
        return out;
    };
    CHECK(ids(ComplaintFilter::View::Overdue, f.dewi) == QList<qint64> {monday.id});
    CHECK(ids(ComplaintFilter::View::DueSoon, f.dewi) == QList<qint64> {wednesday.id});
    CHECK(ids(ComplaintFilter::View::Mine, f.dewi) == QList<qint64> {taken.id});
    CHECK(ids(ComplaintFilter::View::Mine, f.eko).isEmpty());
    CHECK(ids(ComplaintFilter::View::Unassigned, f.eko) == (QList<qint64> {monday.id, wednesday.id}));
    auto overdue = f.complaints.get(f.dewi, monday.id);
    REQUIRE(overdue.ok());
    CHECK(overdue->daysLeft == -1);
}

TEST_CASE("full-text search finds words in summaries, details and notes, whatever the case and accents",
          "[complaints][search]")
{
    ComplaintFixture f;
    const Complaint a = f.log(f.siti, f.intake(QStringLiteral("Petugas kurang ramah")));
    const Complaint b = f.log(f.budi, f.intake(QStringLiteral("Biaya legalisir tidak jelas")));
    REQUIRE(f.complaints.verify(f.dewi, b.id, VerifyOutcome::Complete, QString()).ok());
    // A member of the team who has not taken it may not follow it up.
    CHECK(f.complaints.addNote(f.dewi, b.id, QStringLiteral("Tarif dipasang")).error().code == ErrorCode::PermissionDenied);
    REQUIRE(f.complaints.assign(f.dewi, b.id, f.dewi.userId).ok());
    REQUIRE(f.complaints.addNote(f.dewi, b.id, QStringLiteral("Tarif dipasang di papan pengumuman")).ok());
    auto find = [&](const Actor &who, const QString &text) {
        auto r = f.complaints.search(who, text);
        REQUIRE(r.ok());
        QList<qint64> out;
        for (const Complaint &c : r.value())
            out << c.id;
        return out;
    };
    CHECK(find(f.dewi, QStringLiteral("RAMAH")) == QList<qint64> {a.id});
    CHECK(find(f.dewi, QStringLiteral("papan")) == QList<qint64> {b.id});          // from a note
    CHECK(find(f.dewi, QStringLiteral("legal")) == QList<qint64> {b.id});          // a prefix while typing
    CHECK(find(f.dewi, QStringLiteral("lég")) == QList<qint64> {b.id});            // accents do not matter
    CHECK(find(f.dewi, QStringLiteral("dua jam")).size() == 2);                    // the details of both
    CHECK(find(f.dewi, QStringLiteral("ramah*\")")).size() == 1);                // FTS syntax is not read as such
    CHECK(find(f.dewi, QStringLiteral("ramah OR biaya")).isEmpty());              // every word must occur
    CHECK(find(f.siti, QStringLiteral("dua jam")) == QList<qint64> {a.id});        // an officer: only her own
    CHECK(find(f.dewi, QStringLiteral("  ")).isEmpty());

    // A complaint with nothing but a summary still finds its notes later.
    ComplaintIntake bare = f.intake(QStringLiteral("Parkir sempit"));
    bare.details.clear();
    const Complaint c = f.log(f.siti, bare);
    REQUIRE(f.complaints.verify(f.dewi, c.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.dewi, c.id, f.dewi.userId).ok());
    REQUIRE(f.complaints.addNote(f.dewi, c.id, QStringLiteral("Koordinasi dengan Satpol PP")).ok());
    CHECK(find(f.dewi, QStringLiteral("satpol")) == QList<qint64> {c.id});
}

TEST_CASE("a holiday added after a complaint was logged moves its open deadlines at the next upkeep", "[complaints][deadlines]")
{
    ComplaintFixture f;
    const Complaint c = f.log(f.siti, f.intake());
    REQUIRE(c.status.verify.due == QDate(2026, 11, 26));
    // The regent closes the offices on Wednesday 25 November (a local holiday).
    REQUIRE(HolidayService(f.t.db(), f.clock).add(f.admin, Holiday {QDate(2026, 11, 25), HolidayKind::LiburLokal,
                                                       QStringLiteral("Hari Jadi Kabupaten")}).ok());
    auto moved = f.complaints.refreshDeadlines(Actor::system());
    REQUIRE(moved.ok());
    CHECK(moved.value() == 1);
    auto after = f.complaints.get(f.sari, c.id);
    REQUIRE(after.ok());
    CHECK(after->status.verify.due == QDate(2026, 11, 27));
    CHECK(after->status.settle.due == QDate(2026, 12, 1));
    // Nothing else moves the second time, and the history is untouched.
    CHECK(f.complaints.refreshDeadlines(Actor::system()).value() == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaint_events")) == 1);
    REQUIRE_FALSE(f.complaints.refreshDeadlines(f.siti).ok()); // Loket's own upkeep, not an officer's
}

TEST_CASE("closing by itself cannot be run for a day still to come, and evidence comes from those who work it", "[complaints]")
{
    ComplaintFixture f;
    const Complaint c = f.log(f.siti, f.intake());
    REQUIRE(f.complaints.verify(f.dewi, c.id, VerifyOutcome::Complete, QString()).ok());
    REQUIRE(f.complaints.assign(f.sari, c.id, f.dewi.userId).ok());
    REQUIRE(f.complaints.respond(f.dewi, c.id, QStringLiteral("Sudah diperbaiki")).ok());
    auto future = f.complaints.autoClose(Actor::system(), QDate(2030, 1, 1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::InvalidInput);
    CHECK(f.complaints.get(f.sari, c.id)->status.state == ComplaintState::Responded);

    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\x03');
    // eko is in the team but it is dewi's complaint; siti logged it; sari supervises.
    CHECK(f.complaints.attach(f.eko, c.id, ComplaintAttachmentFile {QStringLiteral("a.png"), png}).error().code
          == ErrorCode::PermissionDenied);
    CHECK(f.complaints.attach(f.siti, c.id, ComplaintAttachmentFile {QStringLiteral("a.png"), png}).ok());
    REQUIRE(f.complaints.close(f.sari, c.id).ok());
    CHECK(f.complaints.attach(f.dewi, c.id, ComplaintAttachmentFile {QStringLiteral("b.png"), png}).error().code
          == ErrorCode::InvalidState);
    // Archiving needs its reason.
    const Complaint other = f.log(f.siti, f.intake());
    CHECK_FALSE(f.complaints.verify(f.dewi, other.id, VerifyOutcome::Archived, QString()).ok());
    CHECK(f.complaints.verify(f.dewi, other.id, VerifyOutcome::Archived, QStringLiteral("Sama dengan ADU/2026/11/0001")).ok());
}
