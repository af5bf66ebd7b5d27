// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The satisfaction survey (core/survey, PermenPANRB 14/2017).
//
// A questionnaire version is the wording of the nine questions and their
// four option labels; version 1 is the regulation's standard wording. An
// office rewords by adding a version (the nine elements always all present),
// and a response keeps the version it was given. Responses and their answers
// are anonymous (no name), written once and never changed or removed: the
// triggers refuse it. An element left unanswered has no answer row. The index
// of a period is SQL sums and counts of the answers by element (and service),
// over the responses of a time range, on the indexes below.
Migration migration007Survey()
{
    return Migration {7, "satisfaction survey", {
        QStringLiteral(R"(CREATE TABLE survey_questionnaires (
            version INTEGER PRIMARY KEY,
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE survey_questions (
            version INTEGER NOT NULL REFERENCES survey_questionnaires(version),
            element TEXT NOT NULL CHECK (element IN ('U1','U2','U3','U4','U5','U6','U7','U8','U9')),
            question TEXT NOT NULL CHECK (question <> ''),
            option1 TEXT NOT NULL CHECK (option1 <> ''),
            option2 TEXT NOT NULL CHECK (option2 <> ''),
            option3 TEXT NOT NULL CHECK (option3 <> ''),
            option4 TEXT NOT NULL CHECK (option4 <> ''),
            PRIMARY KEY (version, element)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER survey_questionnaires_no_update BEFORE UPDATE ON survey_questionnaires
            BEGIN SELECT RAISE(ABORT, 'survey questionnaires cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_questionnaires_no_delete BEFORE DELETE ON survey_questionnaires
            BEGIN SELECT RAISE(ABORT, 'survey questionnaires cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_questions_no_update BEFORE UPDATE ON survey_questions
            BEGIN SELECT RAISE(ABORT, 'survey questions cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_questions_no_delete BEFORE DELETE ON survey_questions
            BEGIN SELECT RAISE(ABORT, 'survey questions cannot be deleted'); END)"),
        QStringLiteral("INSERT INTO survey_questionnaires (version, created_at, note) "
                       "VALUES (1, 0, 'Kuesioner standar PermenPANRB 14/2017')"),
        QStringLiteral(R"(INSERT INTO survey_questions VALUES
            (1, 'U1', 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
                'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
            (1, 'U2', 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
                'Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'),
            (1, 'U3', 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
                'Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'),
            (1, 'U4', 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
                'Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'),
            (1, 'U5', 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
                'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
            (1, 'U6', 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
                'Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'),
            (1, 'U7', 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
                'Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'),
            (1, 'U8', 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
                'Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'),
            (1, 'U9', 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
                'Buruk', 'Cukup', 'Baik', 'Sangat baik'))"),
        // answered_at: ms UTC; the period is read in the office's zone.
        // ticket_id: the ticket served just before (kiosk after the counter),
        // at most one response per ticket; NULL for paper and unlinked ones.
        QStringLiteral(R"(CREATE TABLE survey_responses (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL REFERENCES survey_questionnaires(version),
            service_id INTEGER NOT NULL REFERENCES services(id),
            answered_at INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('kiosk','paper','online')),
            ticket_id INTEGER UNIQUE REFERENCES tickets(id),
            gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('','L','P')),
            age INTEGER CHECK (age IS NULL OR age BETWEEN 10 AND 120),
            education TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            entered_at INTEGER NOT NULL,
            entered_by INTEGER REFERENCES users(id)))"),
        // Covering for the index of a range: the time, the service and the id (the rowid) without the row.
        QStringLiteral("CREATE INDEX survey_responses_answered ON survey_responses(answered_at, service_id)"),
        QStringLiteral(R"(CREATE TABLE survey_answers (
            response_id INTEGER NOT NULL REFERENCES survey_responses(id),
            element TEXT NOT NULL CHECK (element IN ('U1','U2','U3','U4','U5','U6','U7','U8','U9')),
            value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 4),
            PRIMARY KEY (response_id, element)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses
            BEGIN SELECT RAISE(ABORT, 'survey responses cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_responses_no_delete BEFORE DELETE ON survey_responses
            BEGIN SELECT RAISE(ABORT, 'survey responses cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_answers_no_update BEFORE UPDATE ON survey_answers
            BEGIN SELECT RAISE(ABORT, 'survey answers cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER survey_answers_no_delete BEFORE DELETE ON survey_answers
            BEGIN SELECT RAISE(ABORT, 'survey answers cannot be deleted'); END)"),
    }};
}

} // namespace loket
