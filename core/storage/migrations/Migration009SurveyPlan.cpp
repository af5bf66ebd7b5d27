// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The follow-up of a survey's result (core/survey/SurveyPlan.h): the plan's
// items per period (period_code as SurveyPeriod::code(), "2026-Q3"), the
// publications of the result, and the day a public forum discussed it; and
// the respondents' comments (a response's free text, written with it and
// never changed), which staff flag: a follow-up item, a complaint, or nothing
// to do.
// Days are office-local 'YYYY-MM-DD' texts; instants ms UTC. A done item keeps
// its evidence: the database refuses a done item without one and any change
// of an item once done.
Migration migration009SurveyPlan()
{
    return Migration {9, "survey follow-up plan", {
        QStringLiteral(R"(CREATE TABLE survey_plan_items (
            id INTEGER PRIMARY KEY,
            period_code TEXT NOT NULL,
            element TEXT NOT NULL DEFAULT ''
                CHECK (element IN ('','U1','U2','U3','U4','U5','U6','U7','U8','U9')),
            action TEXT NOT NULL CHECK (length(action) > 0),
            person_in_charge TEXT NOT NULL CHECK (length(person_in_charge) > 0),
            target_date TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done')),
            evidence TEXT NOT NULL DEFAULT '',
            done_date TEXT,
            origin TEXT NOT NULL DEFAULT 'staff' CHECK (origin IN ('staff','low_element','comment')),
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at INTEGER NOT NULL,
            CHECK (status <> 'done' OR (length(evidence) > 0 AND done_date IS NOT NULL))))"),
        QStringLiteral("CREATE INDEX survey_plan_items_period ON survey_plan_items(period_code, status)"),
        QStringLiteral(R"(CREATE TRIGGER survey_plan_items_done_kept BEFORE UPDATE ON survey_plan_items
            WHEN OLD.status = 'done'
            BEGIN SELECT RAISE(ABORT, 'a done follow-up item cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_plan_items_no_delete BEFORE DELETE ON survey_plan_items
            BEGIN SELECT RAISE(ABORT, 'follow-up items cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE survey_publications (
            id INTEGER PRIMARY KEY,
            period_code TEXT NOT NULL,
            medium TEXT NOT NULL CHECK (length(medium) > 0),
            published_on TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX survey_publications_period ON survey_publications(period_code)"),
        QStringLiteral(R"(CREATE TABLE survey_comments (
            response_id INTEGER PRIMARY KEY REFERENCES survey_responses(id),
            text TEXT NOT NULL CHECK (length(text) > 0),
            flag TEXT NOT NULL DEFAULT '' CHECK (flag IN ('','follow_up','complaint','dismissed')),
            plan_item_id INTEGER REFERENCES survey_plan_items(id),
            complaint_id INTEGER REFERENCES complaints(id),
            flagged_at INTEGER,
            flagged_by INTEGER REFERENCES users(id)))"),
        QStringLiteral(R"(CREATE TRIGGER survey_comments_text_kept BEFORE UPDATE OF text, response_id ON survey_comments
            BEGIN SELECT RAISE(ABORT, 'a respondent''s comment cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_comments_no_delete BEFORE DELETE ON survey_comments
            BEGIN SELECT RAISE(ABORT, 'a respondent''s comment cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE survey_forums (
            period_code TEXT PRIMARY KEY,
            forum_date TEXT NOT NULL,
            set_at INTEGER NOT NULL,
            set_by INTEGER REFERENCES users(id)))"),
    }};
}

} // namespace loket
