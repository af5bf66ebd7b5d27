// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace loket {

// The register of service standards (Standar Pelayanan, PermenPANRB 15/2014):
// versions with the 14 components, and the records evaluators check around
// them (public consultations, publications, reviews, the Maklumat Pelayanan).
// Users are kept by username, not id, so an exported register can be imported
// into another office's database.
Migration migration003Standards()
{
    return Migration{3, "service standards", {
        QStringLiteral(R"(CREATE TABLE standard_versions (
            id INTEGER PRIMARY KEY,
            service_id INTEGER NOT NULL REFERENCES services(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            status TEXT NOT NULL CHECK (status IN ('draft','set','superseded')),
            service_time_amount INTEGER NOT NULL DEFAULT 0 CHECK (service_time_amount >= 0),
            service_time_unit TEXT NOT NULL DEFAULT 'minutes'
                CHECK (service_time_unit IN ('minutes','hours','working_days')),
            cost_rupiah INTEGER CHECK (cost_rupiah IS NULL OR cost_rupiah >= 0),
            cost_legal_basis TEXT NOT NULL DEFAULT '',
            legal_basis TEXT NOT NULL DEFAULT '',
            facilities TEXT NOT NULL DEFAULT '',
            competence TEXT NOT NULL DEFAULT '',
            internal_supervision TEXT NOT NULL DEFAULT '',
            staffing TEXT NOT NULL DEFAULT '',
            service_guarantee TEXT NOT NULL DEFAULT '',
            security_guarantee TEXT NOT NULL DEFAULT '',
            performance_evaluation TEXT NOT NULL DEFAULT '',
            decree_number TEXT NOT NULL DEFAULT '',
            decree_date TEXT,
            effective_from TEXT,
            effective_to TEXT,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            set_at INTEGER,
            set_by TEXT NOT NULL DEFAULT '',
            UNIQUE (service_id, version),
            CHECK (status = 'draft'
                OR (decree_number <> '' AND decree_date IS NOT NULL AND effective_from IS NOT NULL))))"),
        QStringLiteral("CREATE UNIQUE INDEX standard_versions_one_draft ON standard_versions(service_id) "
                       "WHERE status = 'draft'"),
        QStringLiteral("CREATE UNIQUE INDEX standard_versions_one_set ON standard_versions(service_id) "
                       "WHERE status = 'set'"),
        // A set standard is a legal text: its components never change afterwards.
        QStringLiteral(R"(CREATE TRIGGER standard_versions_set_is_final BEFORE UPDATE ON standard_versions
            WHEN OLD.status <> 'draft' AND (
                NEW.service_time_amount IS NOT OLD.service_time_amount
                OR NEW.service_time_unit IS NOT OLD.service_time_unit
                OR NEW.cost_rupiah IS NOT OLD.cost_rupiah
                OR NEW.cost_legal_basis IS NOT OLD.cost_legal_basis
                OR NEW.legal_basis IS NOT OLD.legal_basis
                OR NEW.facilities IS NOT OLD.facilities
                OR NEW.competence IS NOT OLD.competence
                OR NEW.internal_supervision IS NOT OLD.internal_supervision
                OR NEW.staffing IS NOT OLD.staffing
                OR NEW.service_guarantee IS NOT OLD.service_guarantee
                OR NEW.security_guarantee IS NOT OLD.security_guarantee
                OR NEW.performance_evaluation IS NOT OLD.performance_evaluation
                OR NEW.decree_number IS NOT OLD.decree_number
                OR NEW.decree_date IS NOT OLD.decree_date
                OR NEW.effective_from IS NOT OLD.effective_from)
            BEGIN SELECT RAISE(ABORT, 'a set service standard cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE standard_requirements (
            version_id INTEGER NOT NULL REFERENCES standard_versions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT 'copy' CHECK (form IN ('original','copy')),
            count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (version_id, position)))"),
        QStringLiteral(R"(CREATE TABLE standard_procedure_steps (
            version_id INTEGER NOT NULL REFERENCES standard_versions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            performer TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (version_id, position)))"),
        QStringLiteral(R"(CREATE TABLE standard_products (
            version_id INTEGER NOT NULL REFERENCES standard_versions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (version_id, position)))"),
        QStringLiteral(R"(CREATE TABLE standard_complaint_channels (
            version_id INTEGER NOT NULL REFERENCES standard_versions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            channel TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (version_id, position)))"),
        // Forum Konsultasi Publik (PermenPANRB 16/2017): one forum usually
        // discusses the standards of several services. The minutes are the
        // scanned document.
        QStringLiteral(R"(CREATE TABLE standard_consultations (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            minutes_name TEXT NOT NULL DEFAULT '',
            minutes BLOB,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE standard_consultation_services (
            consultation_id INTEGER NOT NULL REFERENCES standard_consultations(id) ON DELETE CASCADE,
            service_id INTEGER NOT NULL REFERENCES services(id),
            PRIMARY KEY (consultation_id, service_id)))"),
        QStringLiteral("CREATE INDEX standard_consultation_services_service "
                       "ON standard_consultation_services(service_id)"),
        // Names are one per line.
        QStringLiteral(R"(CREATE TABLE standard_consultation_groups (
            consultation_id INTEGER NOT NULL REFERENCES standard_consultations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            group_name TEXT NOT NULL,
            participants INTEGER CHECK (participants IS NULL OR participants >= 0),
            names TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (consultation_id, position)))"),
        QStringLiteral(R"(CREATE TABLE standard_publications (
            id INTEGER PRIMARY KEY,
            service_id INTEGER NOT NULL REFERENCES services(id),
            medium TEXT NOT NULL,
            published_on TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            sippn INTEGER NOT NULL DEFAULT 0 CHECK (sippn IN (0, 1)),
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX standard_publications_service ON standard_publications(service_id, published_on)"),
        QStringLiteral(R"(CREATE TABLE standard_reviews (
            id INTEGER PRIMARY KEY,
            service_id INTEGER NOT NULL REFERENCES services(id),
            reviewed_on TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('no_change','revision_needed','revised')),
            notes TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX standard_reviews_service ON standard_reviews(service_id, reviewed_on)"),
        QStringLiteral(R"(CREATE TABLE maklumat (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            text TEXT NOT NULL,
            decree_number TEXT NOT NULL DEFAULT '',
            decree_date TEXT,
            updated_at INTEGER NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE maklumat_publications (
            id INTEGER PRIMARY KEY,
            medium TEXT NOT NULL,
            published_on TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''))"),
    }};
}

} // namespace loket
