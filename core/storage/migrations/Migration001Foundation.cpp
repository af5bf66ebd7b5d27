// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// Office, catalog, calendar, accounts, audit, settings, and the queue tables
// the demo history needs. Timestamps are INTEGER milliseconds since the epoch
// (UTC); calendar dates are TEXT 'YYYY-MM-DD' in the office's time zone.
Migration migration001Foundation()
{
    return Migration{1, "foundation", {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE office (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            parent_agency TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            head_name TEXT NOT NULL DEFAULT '',
            head_title TEXT NOT NULL DEFAULT '',
            head_nip TEXT NOT NULL DEFAULT '',
            logo BLOB,
            time_zone TEXT NOT NULL DEFAULT 'WIB' CHECK (time_zone IN ('WIB','WITA','WIT'))))"),
        // One row per open weekday (1 = Monday … 7 = Sunday), times 'HH:MM' local.
        QStringLiteral(R"(CREATE TABLE office_hours (
            weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
            open_time TEXT NOT NULL,
            close_time TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id),
            active INTEGER NOT NULL DEFAULT 1,
            target_minutes INTEGER NOT NULL DEFAULT 15,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        // Before counters, which name their officer (PostgreSQL wants a referenced table to exist).
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL,
            nip TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('admin','supervisor','officer','followup')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER,
            created_at INTEGER NOT NULL,
            last_login_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE counters (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('open','paused','closed')),
            state_reason TEXT NOT NULL DEFAULT '',
            officer_id INTEGER REFERENCES users(id),
            state_changed_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE counter_services (
            counter_id INTEGER NOT NULL REFERENCES counters(id) ON DELETE CASCADE,
            service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
            PRIMARY KEY (counter_id, service_id)))"),
        QStringLiteral(R"(CREATE TABLE holidays (
            date TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('libur_nasional','cuti_bersama','libur_lokal')),
            name TEXT NOT NULL))"),
        // Append-only: the triggers below refuse any change to a written row.
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok','refused','failed'))))"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE priority_reasons (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(INSERT INTO priority_reasons (code, name, sort_order) VALUES
            ('lansia', 'Lansia (60+)', 1),
            ('disabilitas', 'Penyandang disabilitas', 2),
            ('ibu_hamil', 'Ibu hamil', 3),
            ('ibu_anak', 'Ibu dengan anak/bayi', 4))"),
        // A ticket keeps the service it was issued for (numbering) and the one
        // it is now in (after a transfer); issued_at is the original arrival.
        QStringLiteral(R"(CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            service_day TEXT NOT NULL,
            issued_service_id INTEGER NOT NULL REFERENCES services(id),
            seq INTEGER NOT NULL,
            number TEXT NOT NULL,
            service_id INTEGER NOT NULL REFERENCES services(id),
            status TEXT NOT NULL CHECK (status IN
                ('waiting','called','serving','held','done','no_show','cancelled','expired')),
            priority_reason_id INTEGER REFERENCES priority_reasons(id),
            channel TEXT NOT NULL DEFAULT 'kiosk' CHECK (channel IN ('kiosk','counter','walkin')),
            issued_at INTEGER NOT NULL,
            first_called_at INTEGER,
            last_called_at INTEGER,
            call_count INTEGER NOT NULL DEFAULT 0,
            started_at INTEGER,
            finished_at INTEGER,
            counter_id INTEGER REFERENCES counters(id),
            target_counter_id INTEGER REFERENCES counters(id),
            officer_id INTEGER REFERENCES users(id),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (service_day, issued_service_id, seq)))"),
        QStringLiteral("CREATE INDEX tickets_day_status ON tickets(service_day, status)"),
        QStringLiteral(R"(CREATE TABLE ticket_events (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            status_after TEXT NOT NULL,
            counter_id INTEGER REFERENCES counters(id),
            officer_id INTEGER REFERENCES users(id),
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id)"),
        QStringLiteral("CREATE INDEX ticket_events_at ON ticket_events(at)"),
    }};
}

} // namespace loket
