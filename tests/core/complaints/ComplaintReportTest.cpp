// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly complaint report: counts computed by hand for a December with
// seven complaints, the month's edges in the office's time zone, refusals.
#include "core/complaints/ComplaintReport.h"
#include "tests/core/complaints/ComplaintFixture.h"

#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;

namespace {

qint64 countOf(const QList<ReportCount> &rows, const QString &code)
{
    for (const ReportCount &r : rows) {
        if (r.code == code)
            return r.count;
    }
    FAIL("no row " << code.toStdString());
    return -1;
}

const ReportDeadline &deadline(const ComplaintMonthReport &r, const QString &code)
{
    for (const ReportDeadline &d : r.deadlines) {
        if (d.code == code)
            return d;
    }
    FAIL("no deadline " << code.toStdString());
    return r.deadlines.first();
}

struct December : ComplaintFixture {
    ComplaintReport report {t.db(), clock};

    // Logs at `at` (the clock is there too) with the intake's fields.
    Complaint logAt(const QDateTime &at, IntakeChannel channel, ComplaintType type, ComplaintTier tier, qint64 service)
    {
        if (at.addSecs(60) > clock.nowUtc()) // else entered later, as a letter is
            setNow(at.addSecs(60));
        ComplaintIntake in = intake();
        in.channel = channel;
        in.type = type;
        in.tier = tier;
        in.serviceId = service;
        in.receivedAt = at;
        return log(siti, in);
    }
    void step(const QDateTime &at, const std::function<Result<Complaint>()> &action)
    {
        REQUIRE(at >= clock.nowUtc()); // time only goes forward
        setNow(at);
        auto r = action();
        if (!r)
            FAIL(r.error().message.toStdString());
    }
    void verify(qint64 id, const QDateTime &at, VerifyOutcome how = VerifyOutcome::Complete)
    {
        step(at, [&] {
            return complaints.verify(sari, id, how, how == VerifyOutcome::Incomplete ? QStringLiteral("KTP pelapor belum dilampirkan") : QString(),
                                     how == VerifyOutcome::NotOurAuthority ? QStringLiteral("Dinas Dukcapil Kabupaten") : QString());
        });
    }
    void respond(qint64 id, const QDateTime &at)
    {
        step(at, [&] { return complaints.respond(sari, id, QStringLiteral("Sudah kami tindak lanjuti.")); });
    }

    December()
    {
        // Before the month: 30 November 23.30 WIB belongs to November.
        logAt(wib(2026, 11, 30, 23, 30), IntakeChannel::Sms, ComplaintType::Pengaduan, ComplaintTier::Ringan, ktp);
        // A: in person, answered after exactly 24 hours, closed.
        const Complaint a = logAt(wib(2026, 12, 1, 9, 0), IntakeChannel::Langsung, ComplaintType::Pengaduan, ComplaintTier::Ringan, ktp);
        verify(a.id, wib(2026, 12, 1, 10, 0));
        respond(a.id, wib(2026, 12, 2, 9, 0));
        step(wib(2026, 12, 2, 11, 0), [&] { return complaints.close(sari, a.id); });
        // B: a letter, answered after 49 hours.
        const Complaint b = logAt(wib(2026, 12, 2, 10, 0), IntakeChannel::Surat, ComplaintType::Aspirasi, ComplaintTier::Normatif, kk);
        verify(b.id, wib(2026, 12, 3, 10, 0));
        // C: WhatsApp, minor (2 working days), answered a month later: late.
        const Complaint c = logAt(wib(2026, 12, 3, 9, 0), IntakeChannel::WhatsApp, ComplaintType::Pengaduan, ComplaintTier::Ringan, ktp);
        verify(c.id, wib(2026, 12, 3, 10, 30));
        respond(b.id, wib(2026, 12, 4, 11, 0));
        // D: an email asking for information, no service named, never touched.
        const Complaint d = logAt(wib(2026, 12, 7, 9, 0), IntakeChannel::Email, ComplaintType::PermintaanInformasi, ComplaintTier::Normatif, 0);
        // E: not this office's authority: forwarded.
        const Complaint e = logAt(wib(2026, 12, 8, 9, 0), IntakeChannel::Langsung, ComplaintType::Pengaduan, ComplaintTier::BerkadarPengawasan, ktp);
        verify(e.id, wib(2026, 12, 8, 10, 0), VerifyOutcome::NotOurAuthority);
        // F: by phone, incomplete: waiting for the complainant (the clock stands still).
        const Complaint f = logAt(wib(2026, 12, 9, 9, 0), IntakeChannel::Telepon, ComplaintType::Pengaduan, ComplaintTier::Normatif, kk);
        verify(f.id, wib(2026, 12, 9, 9, 30), VerifyOutcome::Incomplete);
        // G: the website, 31 December 23.30 WIB: December's, although its
        // clock starts on the next working day in January.
        const Complaint g = logAt(wib(2026, 12, 31, 23, 30), IntakeChannel::Website, ComplaintType::Aspirasi, ComplaintTier::TidakBerkadarPengawasan, ktp);
        REQUIRE(g.receivedDay.year() == 2027);
        // After the month: 1 January 05.00 WIB is still 31 December in UTC.
        logAt(wib(2027, 1, 1, 5, 0), IntakeChannel::Lapor, ComplaintType::Pengaduan, ComplaintTier::Normatif, kk);
        respond(c.id, wib(2027, 1, 4, 10, 0));
        (void)d;
        // The report is made on Friday 15 January 2027.
        setNow(wib(2027, 1, 15, 10, 0));
    }
};

} // namespace

TEST_CASE("the monthly report counts December's complaints as computed by hand", "[complaints][report]")
{
    December o;
    auto made = o.report.month(o.sari, QDate(2026, 12, 1));
    REQUIRE(made.ok());
    const ComplaintMonthReport &r = made.value();
    CHECK(r.month == QDate(2026, 12, 1));
    CHECK(r.asOf == QDate(2027, 1, 15));

    CHECK(r.received == 7); // A–G: not 30 November 23.30, not 1 January 05.00 WIB
    CHECK(countOf(r.byChannel, QStringLiteral("langsung")) == 2);
    CHECK(countOf(r.byChannel, QStringLiteral("surat")) == 1);
    CHECK(countOf(r.byChannel, QStringLiteral("whatsapp")) == 1);
    CHECK(countOf(r.byChannel, QStringLiteral("email")) == 1);
    CHECK(countOf(r.byChannel, QStringLiteral("telepon")) == 1);
    CHECK(countOf(r.byChannel, QStringLiteral("website")) == 1);
    CHECK(countOf(r.byChannel, QStringLiteral("sms")) == 0);
    CHECK(countOf(r.byChannel, QStringLiteral("lapor")) == 0);
    CHECK(r.byChannel.size() == allChannels().size()); // zeros too

    CHECK(countOf(r.byType, QStringLiteral("pengaduan")) == 4);
    CHECK(countOf(r.byType, QStringLiteral("aspirasi")) == 2);
    CHECK(countOf(r.byType, QStringLiteral("permintaan_informasi")) == 1);

    CHECK(countOf(r.byTier, QStringLiteral("ringan")) == 2);
    CHECK(countOf(r.byTier, QStringLiteral("normatif")) == 3);
    CHECK(countOf(r.byTier, QStringLiteral("tidak_berkadar_pengawasan")) == 1);
    CHECK(countOf(r.byTier, QStringLiteral("berkadar_pengawasan")) == 1);

    // Services: most first, then the complaints naming none.
    REQUIRE(r.byService.size() == 3);
    CHECK(r.byService.at(0).code == QStringLiteral("KTP"));
    CHECK(r.byService.at(0).count == 4);
    CHECK(r.byService.at(1).code == QStringLiteral("KK"));
    CHECK(r.byService.at(1).count == 2);
    CHECK(r.byService.at(2).code.isEmpty());
    CHECK(r.byService.at(2).count == 1);

    CHECK(countOf(r.byState, QStringLiteral("closed")) == 1);
    CHECK(countOf(r.byState, QStringLiteral("responded")) == 2);
    CHECK(countOf(r.byState, QStringLiteral("received")) == 2);
    CHECK(countOf(r.byState, QStringLiteral("forwarded")) == 1);
    CHECK(countOf(r.byState, QStringLiteral("waiting")) == 1);
    CHECK(countOf(r.byState, QStringLiteral("verified")) == 0);

    // Exactly 24 hours is still "up to 1 × 24 hours".
    CHECK(countOf(r.responseTime, QStringLiteral("le_1d")) == 1);
    CHECK(countOf(r.responseTime, QStringLiteral("le_3d")) == 1);
    CHECK(countOf(r.responseTime, QStringLiteral("le_5d")) == 0);
    CHECK(countOf(r.responseTime, QStringLiteral("le_7d")) == 0);
    CHECK(countOf(r.responseTime, QStringLiteral("le_14d")) == 0);
    CHECK(countOf(r.responseTime, QStringLiteral("more")) == 1);
    CHECK(countOf(r.responseTime, QStringLiteral("none")) == 4);

    CHECK(r.completed == 2); // A closed, E forwarded
    CHECK(r.completedShare() == Approx(2.0 / 7.0));

    // C answered after its settle day; D still open long past it. F waits
    // (the clock stands still), G is not due yet.
    CHECK(r.overdueAnsweredLate == 1);
    CHECK(r.overdueOpen == 1);
    CHECK(r.overdue() == 2);

    const ReportDeadline &v = deadline(r, QStringLiteral("verify"));
    CHECK(v.metInTime == 5);
    CHECK(v.metLate == 0);
    CHECK(v.missedOpen == 2); // D and G
    CHECK(v.pending == 0);
    const ReportDeadline &fu = deadline(r, QStringLiteral("first_follow_up"));
    CHECK(fu.metInTime == 2); // A, B
    CHECK(fu.metLate == 1);   // C
    CHECK(fu.missedOpen == 2); // D, G
    CHECK(fu.pending == 1);   // F
    CHECK(fu.notNeeded == 1); // E
    const ReportDeadline &s = deadline(r, QStringLiteral("settle"));
    CHECK(s.metInTime == 2);
    CHECK(s.metLate == 1);
    CHECK(s.missedOpen == 1); // D
    CHECK(s.pending == 2);    // F, G
    CHECK(s.notNeeded == 1);

    CHECK(o.auditCount(QStringLiteral("complaint.report")) == 1);
}

TEST_CASE("the month's edges are the office's days, not UTC's nor the clock's start", "[complaints][report]")
{
    December o;
    auto november = o.report.month(o.sari, QDate(2026, 11, 1));
    REQUIRE(november.ok());
    CHECK(november->received == 1); // 30 November 23.30 WIB
    CHECK(countOf(november->byChannel, QStringLiteral("sms")) == 1);
    auto january = o.report.month(o.sari, QDate(2027, 1, 1));
    REQUIRE(january.ok());
    CHECK(january->received == 1); // 1 January 05.00 WIB, not 31 December 23.30
    CHECK(countOf(january->byChannel, QStringLiteral("lapor")) == 1);
    // Any day of the month names the month.
    auto mid = o.report.month(o.sari, QDate(2026, 12, 17));
    REQUIRE(mid.ok());
    CHECK(mid->month == QDate(2026, 12, 1));
    CHECK(mid->received == 7);
}

TEST_CASE("an empty month is a report of zeros, and a month not begun is refused", "[complaints][report]")
{
    December o;
    auto empty = o.report.month(o.sari, QDate(2026, 6, 1));
    REQUIRE(empty.ok());
    CHECK(empty->received == 0);
    CHECK(empty->completedShare() == 0.0);
    CHECK(countOf(empty->responseTime, QStringLiteral("none")) == 0);
    CHECK(empty->byService.isEmpty());

    auto future = o.report.month(o.sari, QDate(2027, 2, 1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an officer and the follow-up team may not make the report, and the refusal is audited", "[complaints][report]")
{
    December o;
    const int before = o.auditCount(QStringLiteral("complaint.report"));
    for (const Actor &who : {o.siti, o.dewi, Actor {}}) {
        auto refused = o.report.month(who, QDate(2026, 12, 1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(o.auditCount(QStringLiteral("complaint.report"), QStringLiteral("refused")) == 3);
    CHECK(o.auditCount(QStringLiteral("complaint.report")) == before);
    // An administrator may see the figures (no identities in them).
    CHECK(o.report.month(o.admin, QDate(2026, 12, 1)).ok());
}

TEST_CASE("the supervisor making the report signs it with name and NIP, others leave the line blank", "[complaints][report]")
{
    December o;
    o.t.exec(QStringLiteral("UPDATE users SET nip = '198003152005012003' WHERE username = 'sari'"));
    auto bySari = o.report.month(o.sari, QDate(2026, 12, 1));
    REQUIRE(bySari.ok());
    CHECK(bySari->signerName == o.sari.fullName);
    CHECK(bySari->signerNip == QStringLiteral("198003152005012003"));
    auto byAdmin = o.report.month(o.admin, QDate(2026, 12, 1));
    REQUIRE(byAdmin.ok());
    CHECK(byAdmin->signerName.isEmpty());
    CHECK(byAdmin->signerNip.isEmpty());
}

TEST_CASE("the list behind each bar of the report holds exactly that bar's complaints of the month", "[complaints][report]")
{
    // The dashboard's click-through: a state's or a first-response bucket's
    // complaints received in the month, not the month before nor after.
    December o;
    auto made = o.report.month(o.sari, QDate(2026, 12, 1));
    REQUIRE(made.ok());
    ComplaintFilter f;
    f.view = ComplaintFilter::View::All;
    f.receivedMonth = QDate(2026, 12, 1);
    auto all = o.complaints.list(o.sari, f);
    REQUIRE(all.ok());
    CHECK(all->size() == 7);
    for (const Complaint &c : all.value()) {
        CHECK(c.intake.receivedAt >= QDateTime(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC)); // 1 December 00.00 WIB
        CHECK(c.intake.receivedAt < QDateTime(QDate(2026, 12, 31), QTime(17, 0), Qt::UTC));
    }
    for (const ReportCount &bucket : made->responseTime) {
        ComplaintFilter b = f;
        b.responseBucket = bucket.code;
        auto listed = o.complaints.list(o.sari, b);
        REQUIRE(listed.ok());
        INFO(bucket.code.toStdString());
        CHECK(listed->size() == bucket.count);
        for (const Complaint &c : listed.value())
            CHECK(c.status.respondedAt.isValid() == (bucket.code != QStringLiteral("none")));
    }
    for (const ReportCount &state : made->byState) {
        ComplaintFilter s = f;
        s.state = stateFromCode(state.code);
        REQUIRE(s.state);
        auto listed = o.complaints.list(o.sari, s);
        REQUIRE(listed.ok());
        INFO(state.code.toStdString());
        CHECK(listed->size() == state.count);
    }
    // November holds only the complaint of 30 November 23.30 WIB.
    ComplaintFilter november = f;
    november.receivedMonth = QDate(2026, 11, 1);
    auto before = o.complaints.list(o.sari, november);
    REQUIRE(before.ok());
    CHECK(before->size() == 1);
}
