// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

namespace {

// Refuses every change to the rows of a signed session (its members, slips
// and scans): signed minutes are read-only in the database itself, whatever
// program writes to the file.
QStringList signedGuards(const QString &table)
{
    QStringList out = {
        QStringLiteral("CREATE TRIGGER @T_signed_insert BEFORE INSERT ON @T "
                       "WHEN (SELECT state FROM suggestion_sessions WHERE id = NEW.session_id) = 'signed' "
                       "BEGIN SELECT RAISE(ABORT, 'signed suggestion-box minutes cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER @T_signed_update BEFORE UPDATE ON @T "
                       "WHEN (SELECT state FROM suggestion_sessions WHERE id = OLD.session_id) = 'signed' "
                       "OR (SELECT state FROM suggestion_sessions WHERE id = NEW.session_id) = 'signed' "
                       "BEGIN SELECT RAISE(ABORT, 'signed suggestion-box minutes cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER @T_signed_delete BEFORE DELETE ON @T "
                       "WHEN (SELECT state FROM suggestion_sessions WHERE id = OLD.session_id) = 'signed' "
                       "BEGIN SELECT RAISE(ABORT, 'signed suggestion-box minutes cannot be changed'); END"),
    };
    for (QString &sql : out)
        sql.replace(QLatin1String("@T"), table);
    return out;
}

} // namespace

// The suggestion boxes and their monthly openings (core/suggestions). A
// session is a draft until the head of office signs it; from then on the
// session, its members, slips and scans cannot be changed or removed
// (triggers). What was done about a slip afterwards is added, never changed
// (suggestion_done).
Migration migration006Suggestions()
{
    QStringList steps = {
        QStringLiteral(R"(CREATE TABLE suggestion_boxes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            location TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE suggestion_sessions (
            id INTEGER PRIMARY KEY,
            box_id INTEGER NOT NULL REFERENCES suggestion_boxes(id),
            opened_on TEXT NOT NULL,
            opened_time TEXT NOT NULL,
            place TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            seal TEXT NOT NULL CHECK (seal IN ('utuh', 'rusak')),
            seal_note TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed')),
            number TEXT UNIQUE,
            number_year INTEGER,
            number_month INTEGER,
            number_seq INTEGER,
            signed_at INTEGER,
            signed_by INTEGER REFERENCES users(id),
            head_title TEXT NOT NULL DEFAULT '',
            head_name TEXT NOT NULL DEFAULT '',
            head_nip TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id),
            CHECK (state = 'draft' OR (number IS NOT NULL AND signed_at IS NOT NULL)),
            CHECK (period_from <= period_to)))"),
        QStringLiteral("CREATE INDEX suggestion_sessions_opened ON suggestion_sessions(opened_on)"),
        // One draft per box at a time.
        QStringLiteral("CREATE UNIQUE INDEX suggestion_sessions_one_draft ON suggestion_sessions(box_id) "
                       "WHERE state = 'draft'"),
        QStringLiteral(R"(CREATE TRIGGER suggestion_sessions_signed_update BEFORE UPDATE ON suggestion_sessions
            WHEN OLD.state = 'signed'
            BEGIN SELECT RAISE(ABORT, 'signed suggestion-box minutes cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER suggestion_sessions_signed_delete BEFORE DELETE ON suggestion_sessions
            WHEN OLD.state = 'signed'
            BEGIN SELECT RAISE(ABORT, 'signed suggestion-box minutes cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE suggestion_members (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES suggestion_sessions(id),
            role TEXT NOT NULL CHECK (role IN ('opener', 'witness')),
            name TEXT NOT NULL,
            nip TEXT NOT NULL DEFAULT '',
            team_role TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX suggestion_members_session ON suggestion_members(session_id, id)"),
        QStringLiteral(R"(CREATE TABLE suggestion_slips (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES suggestion_sessions(id),
            number INTEGER NOT NULL CHECK (number > 0),
            summary TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pengaduan', 'saran', 'apresiasi', 'pertanyaan', 'kosong')),
            service_id INTEGER REFERENCES services(id),
            element TEXT NOT NULL DEFAULT '' CHECK (element IN ('', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7',
                'U8', 'U9')),
            decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'tindak_lanjut', 'dijawab', 'arsip', 'lapor',
                'bukan_kewenangan')),
            owner_id INTEGER REFERENCES users(id),
            target_day TEXT,
            complaint_id INTEGER REFERENCES complaints(id),
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id),
            UNIQUE (session_id, number)))"),
        QStringLiteral("CREATE INDEX suggestion_slips_complaint ON suggestion_slips(complaint_id) "
                       "WHERE complaint_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE suggestion_scans (
            slip_id INTEGER PRIMARY KEY REFERENCES suggestion_slips(id),
            session_id INTEGER NOT NULL REFERENCES suggestion_sessions(id),
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE suggestion_done (
            slip_id INTEGER PRIMARY KEY REFERENCES suggestion_slips(id),
            done_at INTEGER NOT NULL,
            done_by INTEGER REFERENCES users(id),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TRIGGER suggestion_done_no_update BEFORE UPDATE ON suggestion_done
            BEGIN SELECT RAISE(ABORT, 'what was done about a slip cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER suggestion_done_no_delete BEFORE DELETE ON suggestion_done
            BEGIN SELECT RAISE(ABORT, 'what was done about a slip cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER suggestion_done_only_signed BEFORE INSERT ON suggestion_done
            WHEN (SELECT s.state FROM suggestion_slips p JOIN suggestion_sessions s ON s.id = p.session_id
                  WHERE p.id = NEW.slip_id) IS NOT 'signed'
            BEGIN SELECT RAISE(ABORT, 'a slip is done only after its minutes are signed'); END)"),
    };
    for (const char *table : {"suggestion_members", "suggestion_slips", "suggestion_scans"})
        steps << signedGuards(QLatin1String(table));
    return Migration {6, "suggestion boxes", steps};
}

} // namespace loket
