// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The complaint log (core/complaints). What was received (complaints) and who
// told it (complaint_identity, kept apart so it is read only through the call
// that checks and logs) are written once; every step is an event, append-only
// and hash-chained like the audit log; complaint_status is the current state
// and deadlines derived from the events (the work list reads it). The text
// index is SQLite's FTS5 with diacritics removed.
Migration migration005Complaints()
{
    return Migration {5, "complaint log", {
        QStringLiteral(R"(CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            number_year INTEGER NOT NULL,
            number_seq INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('langsung','surat','telepon','sms','email','website',
                'media_sosial','whatsapp','kotak_saran','lapor')),
            type TEXT NOT NULL CHECK (type IN ('aspirasi','pengaduan','permintaan_informasi')),
            tier TEXT NOT NULL CHECK (tier IN ('ringan','normatif','tidak_berkadar_pengawasan','berkadar_pengawasan')),
            service_id INTEGER REFERENCES services(id),
            component TEXT NOT NULL DEFAULT '',
            received_at INTEGER NOT NULL,
            received_day TEXT NOT NULL,
            lapor_number TEXT NOT NULL DEFAULT '',
            ticket_id INTEGER REFERENCES tickets(id),
            summary TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            loss TEXT NOT NULL DEFAULT '',
            remedy TEXT NOT NULL DEFAULT '',
            anonymous INTEGER NOT NULL DEFAULT 0,
            confidential INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES users(id),
            UNIQUE (number_year, number_seq)))"),
        QStringLiteral("CREATE INDEX complaints_received ON complaints(received_at)"),
        QStringLiteral("CREATE INDEX complaints_creator ON complaints(created_by)"),
        QStringLiteral(R"(CREATE TRIGGER complaints_no_update BEFORE UPDATE ON complaints
            BEGIN SELECT RAISE(ABORT, 'complaints cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER complaints_no_delete BEFORE DELETE ON complaints
            BEGIN SELECT RAISE(ABORT, 'complaints cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE complaint_identity (
            complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TRIGGER complaint_identity_no_delete BEFORE DELETE ON complaint_identity
            BEGIN SELECT RAISE(ABORT, 'complaint identities cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER complaint_identity_no_update BEFORE UPDATE ON complaint_identity
            BEGIN SELECT RAISE(ABORT, 'complaint identities cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE complaint_events (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id),
            at INTEGER NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            seq INTEGER,
            hash TEXT))"),
        QStringLiteral("CREATE UNIQUE INDEX complaint_events_seq ON complaint_events(seq)"),
        QStringLiteral("CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, id)"),
        QStringLiteral(R"(CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
            BEGIN SELECT RAISE(ABORT, 'complaint events cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
            BEGIN SELECT RAISE(ABORT, 'complaint events cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE complaint_attachments (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id),
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            added_at INTEGER NOT NULL,
            added_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX complaint_attachments_complaint ON complaint_attachments(complaint_id)"),
        QStringLiteral(R"(CREATE TRIGGER complaint_attachments_no_update BEFORE UPDATE ON complaint_attachments
            BEGIN SELECT RAISE(ABORT, 'complaint attachments cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER complaint_attachments_no_delete BEFORE DELETE ON complaint_attachments
            BEGIN SELECT RAISE(ABORT, 'complaint attachments cannot be deleted'); END)"),
        // Derived from the events (ComplaintStatus): rewritten at each step.
        // next_due is the earliest deadline still open (NULL while the clock
        // stands still or when nothing is due), so the due-soon and overdue
        // lists are one range on an index.
        QStringLiteral(R"(CREATE TABLE complaint_status (
            complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),
            state TEXT NOT NULL,
            open INTEGER NOT NULL,
            assignee_id INTEGER REFERENCES users(id),
            verify_due TEXT,
            follow_up_due TEXT,
            settle_due TEXT,
            auto_close_due TEXT,
            next_due TEXT,
            verified_at INTEGER,
            first_follow_up_at INTEGER,
            responded_at INTEGER,
            closed_at INTEGER,
            closed_how TEXT NOT NULL DEFAULT '',
            paused_since TEXT,
            paused_days INTEGER NOT NULL DEFAULT 0,
            last_event_id INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX complaint_status_open ON complaint_status(open, state)"),
        QStringLiteral("CREATE INDEX complaint_status_assignee ON complaint_status(assignee_id, open)"),
        QStringLiteral("CREATE INDEX complaint_status_next_due ON complaint_status(next_due) WHERE next_due IS NOT NULL"),
        QStringLiteral("CREATE INDEX complaint_status_auto_close ON complaint_status(auto_close_due) "
                       "WHERE auto_close_due IS NOT NULL"),
        QStringLiteral("CREATE VIRTUAL TABLE complaint_text USING fts5(summary, body, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
    }};
}

} // namespace loket
