// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The counter hands the ticket it has just served to the survey screen
// (core/survey/SurveyHandoff.h), so the citizen's response is linked to the
// ticket without anyone typing its number.
//
// One row per hand-over: which counter, which ticket, when and by whom. The
// response recorded with the ticket marks it used (used_at, response_id); a
// newer hand-over from the same counter, or of the same ticket, cancels an
// older one still pending (cancelled_at). An abandoned survey leaves its row
// pending: it simply expires (SurveyHandoffService::kPendingMinutes), so no
// process has to clean up. The survey screen reads the pending hand-overs of
// the last minutes on handed_at; a counter's own by (counter_id, handed_at);
// recording a response finds its ticket's by ticket_id.
// The counter's "the ticket just finished here" walks tickets by
// (counter_id, finished_at) from a few minutes ago, not the counter's history.
Migration migration008SurveyHandoff()
{
    return Migration {8, "survey hand-over from the counter", {
        QStringLiteral(R"(CREATE TABLE survey_handoffs (
            id INTEGER PRIMARY KEY,
            counter_id INTEGER NOT NULL REFERENCES counters(id),
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            handed_at INTEGER NOT NULL,
            handed_by INTEGER REFERENCES users(id),
            used_at INTEGER,
            response_id INTEGER REFERENCES survey_responses(id),
            cancelled_at INTEGER,
            CHECK (used_at IS NULL OR cancelled_at IS NULL)))"),
        QStringLiteral("CREATE INDEX survey_handoffs_handed ON survey_handoffs(handed_at)"),
        QStringLiteral("CREATE INDEX survey_handoffs_counter ON survey_handoffs(counter_id, handed_at)"),
        QStringLiteral("CREATE INDEX survey_handoffs_ticket ON survey_handoffs(ticket_id)"),
        QStringLiteral("CREATE INDEX tickets_counter_finished ON tickets(counter_id, finished_at)"),
    }};
}

} // namespace loket
