// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter hands a served ticket to the survey screen (SurveyHandoffService),
// in the queue fixture's office (Monday 23 November 2026, 08.00 WIB).
#include "core/survey/SurveyHandoff.h"
#include "core/survey/SurveyService.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

class HandoffFixture : public test::QueueFixture {
public:
    HandoffFixture()
        : handoffs(t.db(), clock)
        , survey(t.db(), clock)
    {
    }

    SurveyHandoffService handoffs;
    SurveyService survey;
    const Actor screen = QueueService::kioskActor();

    // Issued, called, started and finished by `officer` at `counterId`.
    Ticket served(qint64 serviceId, const Actor &officer, qint64 counterId)
    {
        const Ticket t = issue(serviceId);
        const Ticket called = callNext(officer, counterId);
        REQUIRE(called.id == t.id);
        REQUIRE(queue.start(officer, counterId, t.id).ok());
        REQUIRE(queue.finish(officer, counterId, t.id).ok());
        return reload(t);
    }

    std::optional<SurveyHandoff> pendingAt(const QList<qint64> &counters = {}) const
    {
        auto p = handoffs.pending(screen, counters);
        if (!p)
            FAIL(p.error().message.toStdString());
        return p.value();
    }

    Result<SurveyResponse> answer(qint64 ticketId, QMap<QString, int> answers = {{QStringLiteral("U1"), 4}})
    {
        SurveyEntry e;
        e.channel = SurveyChannel::Kiosk;
        e.ticketId = ticketId;
        e.answers = std::move(answers);
        return survey.addResponse(screen, e);
    }
};

template <typename T>
void requireRefused(const Result<T> &r, ErrorCode code, const char *words)
{
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().code == code);
    CHECK(r.error().message.contains(QString::fromUtf8(words)));
}

} // namespace

TEST_CASE("a served ticket handed over waits at the survey screen, anonymously, until its response uses it")
{
    HandoffFixture f;
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    auto handed = f.handoffs.handOver(f.siti, f.loket1, t.id);
    REQUIRE(handed.ok());
    CHECK(handed->ticketNumber == t.number); // the officer's message names it
    CHECK(handed->counterNumber == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.handoff' AND outcome = 'ok'")) == 1);

    const auto pending = f.pendingAt();
    REQUIRE(pending.has_value());
    CHECK(pending->ticketId == t.id);
    CHECK(pending->serviceId == f.ktp);
    CHECK_FALSE(pending->serviceName.isEmpty());
    CHECK(pending->ticketNumber.isEmpty()); // the screen is never told the number
    CHECK(f.pendingAt({f.loket1}).has_value());
    CHECK_FALSE(f.pendingAt({f.loket2}).has_value()); // a screen paired with another counter

    auto r = f.answer(t.id);
    REQUIRE(r.ok());
    CHECK(r->ticketId == t.id);
    CHECK(f.count(QStringLiteral("SELECT response_id FROM survey_handoffs WHERE id = %1").arg(handed->id)) == r->id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs WHERE used_at IS NOT NULL")) == 1);
    CHECK_FALSE(f.pendingAt().has_value());
}

TEST_CASE("a ticket not yet served is refused in words, and so is one served elsewhere or already answered")
{
    HandoffFixture f;
    const Ticket waiting = f.issue(f.ktp);
    requireRefused(f.handoffs.handOver(f.siti, f.loket1, waiting.id), ErrorCode::InvalidState, "not been served");
    f.callNext(f.siti, f.loket1);
    requireRefused(f.handoffs.handOver(f.siti, f.loket1, waiting.id), ErrorCode::InvalidState, "Finish the ticket");
    REQUIRE(f.queue.start(f.siti, f.loket1, waiting.id).ok());
    requireRefused(f.handoffs.handOver(f.siti, f.loket1, waiting.id), ErrorCode::InvalidState, "not been served");
    CHECK_FALSE(f.pendingAt().has_value());

    const Ticket atTwo = f.served(f.ktp, f.budi, f.loket2);
    requireRefused(f.handoffs.handOver(f.budi, f.loket2, waiting.id), ErrorCode::InvalidState, "not been served");
    REQUIRE(f.queue.finish(f.siti, f.loket1, waiting.id).ok());
    // Loket 2's officer cannot hand loket 1's citizen, nor work from loket 1.
    requireRefused(f.handoffs.handOver(f.budi, f.loket2, waiting.id), ErrorCode::InvalidState, "not served at loket 2");
    requireRefused(f.handoffs.handOver(f.budi, f.loket1, waiting.id), ErrorCode::InvalidState, "Siti");
    // The screen itself hands nothing.
    requireRefused(f.handoffs.handOver(f.screen, f.loket1, waiting.id), ErrorCode::PermissionDenied, "");

    REQUIRE(f.answer(atTwo.id).ok()); // a paper or kiosk response already linked
    requireRefused(f.handoffs.handOver(f.budi, f.loket2, atTwo.id), ErrorCode::Conflict, "already been answered");
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs")) == 0);
}

TEST_CASE("a newer hand-over from the same counter replaces the older, and the same ticket twice is said calmly")
{
    HandoffFixture f;
    const Ticket first = f.served(f.ktp, f.siti, f.loket1);
    REQUIRE(f.handoffs.handOver(f.siti, f.loket1, first.id).ok());
    requireRefused(f.handoffs.handOver(f.siti, f.loket1, first.id), ErrorCode::Nothing, "already waiting");
    f.clock.advanceSecs(60);
    const Ticket second = f.served(f.kk, f.siti, f.loket1);
    const Ticket other = f.served(f.ktp, f.budi, f.loket2);
    REQUIRE(f.handoffs.handOver(f.budi, f.loket2, other.id).ok());
    f.clock.advanceSecs(30);
    REQUIRE(f.handoffs.handOver(f.siti, f.loket1, second.id).ok());

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs WHERE ticket_id = %1 AND cancelled_at IS NOT NULL")
                      .arg(first.id))
          == 1);
    auto atOne = f.pendingAt({f.loket1});
    REQUIRE(atOne.has_value());
    CHECK(atOne->ticketId == second.id);
    CHECK(atOne->serviceId == f.kk);
    // Loket 2's is untouched; the newest of both is loket 1's.
    CHECK(f.pendingAt({f.loket2})->ticketId == other.id);
    CHECK(f.pendingAt({f.loket1, f.loket2})->ticketId == second.id);
    // The older ticket may still be answered by its citizen (e.g. on paper): the link is what was replaced.
    CHECK(f.answer(first.id).ok());
}

TEST_CASE("an abandoned survey leaves its hand-over pending until it expires after the pending minutes")
{
    HandoffFixture f;
    const Ticket t = f.served(f.ktp, f.siti, f.loket1);
    REQUIRE(f.handoffs.handOver(f.siti, f.loket1, t.id).ok());
    f.clock.advanceSecs((SurveyHandoffService::kPendingMinutes - 1) * 60);
    CHECK(f.pendingAt().has_value());
    f.clock.advanceSecs(2 * 60);
    CHECK_FALSE(f.pendingAt().has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM survey_handoffs WHERE used_at IS NULL AND cancelled_at IS NULL")) == 1);
}

TEST_CASE("the counter's one key hands the ticket it finished last, or says there is none")
{
    HandoffFixture f;
    requireRefused(f.handoffs.handOverLast(f.siti, f.loket1), ErrorCode::Nothing, "No ticket was finished at loket 1");
    const Ticket older = f.served(f.ktp, f.siti, f.loket1);
    f.clock.advanceSecs(90);
    const Ticket newer = f.served(f.kk, f.siti, f.loket1);
    f.served(f.ktp, f.budi, f.loket2); // finished later, but elsewhere
    auto handed = f.handoffs.handOverLast(f.siti, f.loket1);
    REQUIRE(handed.ok());
    CHECK(handed->ticketId == newer.id);
    CHECK(handed->ticketId != older.id);
    // Long after, nothing is "just finished" any more.
    f.clock.advanceSecs((SurveyHandoffService::kPendingMinutes + 1) * 60);
    requireRefused(f.handoffs.handOverLast(f.siti, f.loket1), ErrorCode::Nothing, "in the last 10 minutes");
}
