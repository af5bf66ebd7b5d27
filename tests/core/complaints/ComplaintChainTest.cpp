// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint history is hash-chained: an edit made around Loket is found.
#include "core/complaints/HistoryCheck.h"
#include "tests/core/complaints/ComplaintFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace loket;
using namespace loket::test;

namespace {

struct History : ComplaintFixture {
    Complaint c;
    History()
    {
        c = log(siti, intake());
        REQUIRE(complaints.verify(dewi, c.id, VerifyOutcome::Complete, QStringLiteral("lengkap")).ok());
        REQUIRE(complaints.assign(dewi, c.id, dewi.userId).ok());
        REQUIRE(complaints.addNote(dewi, c.id, QStringLiteral("Dipanggil petugasnya")).ok());
        REQUIRE(complaints.respond(dewi, c.id, QStringLiteral("Sudah diperbaiki")).ok());
    }
    ChainReport verify()
    {
        auto r = complaints.verifyChain(sari);
        REQUIRE(r.ok());
        return r.value();
    }
};

} // namespace

TEST_CASE("an untouched complaint history verifies", "[complaints][chain]")
{
    History h;
    const ChainReport r = h.verify();
    CHECK(r.intact());
    CHECK(r.count == 5);
    REQUIRE_FALSE(h.complaints.verifyChain(h.siti).ok()); // an officer may not run it
}

TEST_CASE("the history refuses changes through SQL, and what gets around the triggers is found", "[complaints][chain]")
{
    History h;
    QSqlQuery q(h.t.db()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE complaint_events SET note = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM complaint_events")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE complaints SET summary = 'x'")));

    SECTION("an event's note rewritten")
    {
        h.t.schema(QStringLiteral("DROP TRIGGER complaint_events_no_update"));
        const qint64 note = h.t.scalar(QStringLiteral("SELECT id FROM complaint_events WHERE kind = 'note'")).toLongLong();
        h.t.exec(QStringLiteral("UPDATE complaint_events SET note = 'Tidak ada masalah' WHERE id = %1").arg(note));
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.firstBreak->id == note);
        CHECK(r.reasonCode() == QStringLiteral("changed"));
    }
    SECTION("the complaint's own summary rewritten")
    {
        h.t.schema(QStringLiteral("DROP TRIGGER complaints_no_update"));
        h.t.exec(QStringLiteral("UPDATE complaints SET summary = 'Tidak ada keluhan'"));
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.firstBreak->label.contains(h.c.number));
    }
    SECTION("the newest event deleted")
    {
        h.t.schema(QStringLiteral("DROP TRIGGER complaint_events_no_delete"));
        h.t.exec(QStringLiteral("DELETE FROM complaint_events WHERE kind = 'responded'"));
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.reasonCode() == QStringLiteral("tail_missing"));
    }
    SECTION("a back-dated event inserted")
    {
        h.t.exec(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, username, kind, detail, note) "
                                "VALUES (%1, 0, 'dewi', 'note', '{}', 'ditambahkan')").arg(h.c.id));
        CHECK_FALSE(h.verify().intact());
    }
    CHECK(h.auditCount(QStringLiteral("complaint.chain_verify"), QStringLiteral("failed")) == 1);
}

TEST_CASE("what the lists and reports read is checked against the history too", "[complaints][chain]")
{
    History h;
    SECTION("a status forged to closed")
    {
        h.t.exec(QStringLiteral("UPDATE complaint_status SET state = 'closed', open = FALSE, closed_how = 'resolved', "
                                "closed_at = 1796110200000 WHERE complaint_id = %1").arg(h.c.id));
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.firstBreak->label.contains(h.c.number));
    }
    SECTION("a status removed, so the complaint vanishes from every list")
    {
        h.t.exec(QStringLiteral("DELETE FROM complaint_status WHERE complaint_id = %1").arg(h.c.id));
        CHECK_FALSE(h.verify().intact());
    }
    SECTION("the newest event cut off and the anchor rewritten to match")
    {
        h.t.schema(QStringLiteral("DROP TRIGGER complaint_events_no_delete"));
        h.t.exec(QStringLiteral("DELETE FROM complaint_events WHERE seq = (SELECT max(seq) FROM complaint_events)"));
        h.t.exec(QStringLiteral("DELETE FROM settings WHERE key = 'complaints.chain_anchor'"));
        CHECK_FALSE(h.verify().intact()); // the status still points at the removed event
    }
    SECTION("the complainant's identity changed")
    {
        const Complaint withPerson = h.log(h.siti, h.intake(), ComplaintIdentity {QStringLiteral("Rudi Hartono")});
        QSqlQuery q(h.t.db()->connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE complaint_identity SET name = 'x'"))); // refused by the table
        h.t.schema(QStringLiteral("DROP TRIGGER complaint_identity_no_update"));
        h.t.exec(QStringLiteral("UPDATE complaint_identity SET name = 'Orang Lain' WHERE complaint_id = %1").arg(withPerson.id));
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.firstBreak->label.contains(withPerson.number));
    }
    SECTION("an attachment's bytes replaced")
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\x02');
        REQUIRE(h.complaints.attach(h.dewi, h.c.id, ComplaintAttachmentFile {QStringLiteral("bukti.png"), png}).ok());
        REQUIRE(h.verify().intact());
        h.t.schema(QStringLiteral("DROP TRIGGER complaint_attachments_no_update"));
        QSqlQuery q(h.t.db()->connection());
        q.prepare(QStringLiteral("UPDATE complaint_attachments SET data = ?"));
        q.addBindValue(QByteArray::fromHex("89504E470D0A1A0A00"));
        REQUIRE(q.exec());
        const ChainReport r = h.verify();
        REQUIRE_FALSE(r.intact());
        CHECK(r.firstBreak->label.contains(h.c.number)); // named by the complaint and the attachment
    }
}

TEST_CASE("at a start, the history's chains are checked once an office day, by whichever PC is first", "[complaints][chain]")
{
    History h;
    const QDate monday(2026, 11, 23);
    auto first = HistoryChecks::runIfDue(h.t.db(), h.clock, monday, true);
    REQUIRE(first.ok());
    CHECK(first->made);
    REQUIRE(first->auditLog);
    REQUIRE(first->complaints);
    CHECK(first->auditLog->intact());
    CHECK(first->complaints->intact());
    CHECK(first->complaints->count == 5);
    // The second PC that starts the same day checks nothing again.
    auto second = HistoryChecks::runIfDue(h.t.db(), h.clock, monday, true);
    REQUIRE(second.ok());
    CHECK_FALSE(second->made);

    // Overnight an event was rewritten around Loket: the next day's first start finds it.
    h.t.schema(QStringLiteral("DROP TRIGGER complaint_events_no_update"));
    h.t.exec(QStringLiteral("UPDATE complaint_events SET note = 'Tidak ada masalah' WHERE kind = 'note'"));
    auto tuesday = HistoryChecks::runIfDue(h.t.db(), h.clock, monday.addDays(1), false);
    REQUIRE(tuesday.ok());
    CHECK(tuesday->made);
    CHECK_FALSE(tuesday->auditLog); // on a file the day's backup checks the audit log
    REQUIRE(tuesday->complaints);
    CHECK_FALSE(tuesday->complaints->intact());
}
