// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditChain.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

using namespace loket;

namespace {

// Rows an office had in its database at one schema version, and what must
// still be true of them after upgrading to the current version. When you add
// migration N, add fixture N here: rows in the tables it creates or changes,
// written as they were valid at version N. A database built at version v
// holds the fixtures 1..v, each written right after its own migration step.
// If a later migration changes a table, update the checks (not the rows).
struct Fixture {
    QStringList statements;
    std::vector<std::pair<QString, QVariant>> checks; // query → first column of the first row
};

// Version 1: an office with its catalog, a day of tickets, the calendar,
// accounts, settings and audit entries.
Fixture fixtureVersion1()
{
    Fixture f;
    f.statements << QStringLiteral(
        "INSERT INTO office (id, name, parent_agency, address, city, province, head_name, head_nip, time_zone) "
        "VALUES (1, 'Kecamatan Cibeunying Kaler', 'Pemerintah Kota Bandung', 'Jl. Cigadung Raya Barat No. 9', "
        "'Bandung', 'Jawa Barat', 'Drs. Asep Sutisna', '197105121998031004', 'WIB')");
    f.statements << QStringLiteral("INSERT INTO office_hours VALUES (1, '07:30', '16:00'), (2, '07:30', '16:00'), "
                                   "(3, '07:30', '16:00'), (4, '07:30', '16:00'), (5, '07:30', '16:30')");
    f.statements << QStringLiteral(
        "INSERT INTO units (id, name) VALUES (1, 'Seksi Pelayanan'), (2, 'Seksi Pemerintahan')");
    f.statements << QStringLiteral(
        "INSERT INTO services (id, code, prefix, name, unit_id, target_minutes, sort_order) VALUES "
        "(1, 'ktp', 'A', 'KTP-el', 1, 15, 1), (2, 'kk', 'B', 'Kartu Keluarga', 1, 20, 2), "
        "(3, 'legalisasi', 'C', 'Legalisasi', 2, 10, 3)");
    f.statements << QStringLiteral(
        "INSERT INTO users (id, username, full_name, nip, role, password_hash, created_at) VALUES "
        "(1, 'admin', 'Administrator', '', 'admin', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA', "
        "strftime('%s', '2026-01-05 01:00:00') * 1000), "
        "(2, 'siti', 'Siti Rahmawati', '198703122010012005', 'officer', "
        "'$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA', strftime('%s', '2026-01-05 01:10:00') * 1000)");
    f.statements << QStringLiteral(
        "INSERT INTO counters (id, number, name, state, officer_id, state_changed_at) VALUES "
        "(1, 1, 'Loket 1', 'open', 2, strftime('%s', '2026-11-20 00:30:00') * 1000), "
        "(2, 2, 'Loket 2', 'paused', NULL, strftime('%s', '2026-11-20 04:00:00') * 1000)");
    f.statements << QStringLiteral("INSERT INTO counter_services VALUES (1, 1), (1, 2), (2, 3)");
    f.statements << QStringLiteral("INSERT INTO holidays VALUES ('2026-12-25', 'libur_nasional', 'Hari Raya Natal'), "
                                   "('2026-12-24', 'cuti_bersama', 'Cuti Bersama Hari Raya Natal')");
    f.statements << QStringLiteral("INSERT INTO settings VALUES ('ui.language', 'id'), ('backup.keep_daily', '30')");
    // 2026-11-20, 07:45 WIB: one ticket served, one no-show, one priority ticket still waiting.
    f.statements << QStringLiteral(
        "INSERT INTO tickets (id, service_day, issued_service_id, seq, number, service_id, status, "
        "priority_reason_id, channel, issued_at, first_called_at, last_called_at, call_count, started_at, "
        "finished_at, counter_id, officer_id) VALUES "
        "(1, '2026-11-20', 1, 1, 'A-001', 1, 'done', NULL, 'kiosk', "
        "strftime('%s', '2026-11-20 00:45:00') * 1000, strftime('%s', '2026-11-20 00:50:00') * 1000, "
        "strftime('%s', '2026-11-20 00:50:00') * 1000, 1, strftime('%s', '2026-11-20 00:51:00') * 1000, "
        "strftime('%s', '2026-11-20 01:05:00') * 1000, 1, 2), "
        "(2, '2026-11-20', 1, 2, 'A-002', 1, 'no_show', NULL, 'kiosk', "
        "strftime('%s', '2026-11-20 00:47:00') * 1000, strftime('%s', '2026-11-20 01:06:00') * 1000, "
        "strftime('%s', '2026-11-20 01:09:00') * 1000, 2, NULL, NULL, 1, 2), "
        "(3, '2026-11-20', 2, 1, 'B-001', 2, 'waiting', "
        "(SELECT id FROM priority_reasons WHERE code = 'lansia'), 'counter', "
        "strftime('%s', '2026-11-20 01:15:00') * 1000, NULL, NULL, 0, NULL, NULL, NULL, NULL)");
    f.statements << QStringLiteral(
        "INSERT INTO ticket_events (ticket_id, at, kind, status_after, counter_id, officer_id, detail) VALUES "
        "(1, strftime('%s', '2026-11-20 00:45:00') * 1000, 'issued', 'waiting', NULL, NULL, ''), "
        "(1, strftime('%s', '2026-11-20 00:50:00') * 1000, 'called', 'called', 1, 2, ''), "
        "(1, strftime('%s', '2026-11-20 00:51:00') * 1000, 'started', 'serving', 1, 2, ''), "
        "(1, strftime('%s', '2026-11-20 01:05:00') * 1000, 'finished', 'done', 1, 2, ''), "
        "(2, strftime('%s', '2026-11-20 00:47:00') * 1000, 'issued', 'waiting', NULL, NULL, ''), "
        "(2, strftime('%s', '2026-11-20 01:09:00') * 1000, 'no_show', 'no_show', 1, 2, 'dipanggil 2x'), "
        "(3, strftime('%s', '2026-11-20 01:15:00') * 1000, 'issued', 'waiting', NULL, 2, 'lansia')");
    f.statements << QStringLiteral(
        "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail, outcome) VALUES "
        "(strftime('%s', '2026-01-05 01:10:00') * 1000, 1, 'admin', 'user.add', 'user', '2', 'siti', 'ok'), "
        "(strftime('%s', '2026-11-20 02:00:00') * 1000, 2, 'siti', 'settings.office', 'office', '1', "
        "'missing permission manage_settings', 'refused')");

    auto check
        = [&f](const char *sql, const QVariant &expected) { f.checks.emplace_back(QString::fromUtf8(sql), expected); };
    check("SELECT name FROM office", QStringLiteral("Kecamatan Cibeunying Kaler"));
    check("SELECT head_nip FROM office", QStringLiteral("197105121998031004"));
    check("SELECT count(*) FROM office_hours", 5);
    check("SELECT group_concat(prefix, '') FROM (SELECT prefix FROM services ORDER BY sort_order)",
        QStringLiteral("ABC"));
    check("SELECT name FROM units WHERE id = (SELECT unit_id FROM services WHERE code = 'legalisasi')",
        QStringLiteral("Seksi Pemerintahan"));
    check("SELECT full_name FROM users WHERE username = 'SITI'", QStringLiteral("Siti Rahmawati"));
    check("SELECT state FROM counters WHERE number = 2", QStringLiteral("paused"));
    check("SELECT count(*) FROM counter_services", 3);
    check("SELECT name FROM holidays WHERE kind = 'cuti_bersama'", QStringLiteral("Cuti Bersama Hari Raya Natal"));
    check("SELECT value FROM settings WHERE key = 'backup.keep_daily'", QStringLiteral("30"));
    check("SELECT group_concat(number, ',') FROM (SELECT number FROM tickets ORDER BY id)",
        QStringLiteral("A-001,A-002,B-001"));
    check("SELECT (finished_at - issued_at) / 60000 FROM tickets WHERE number = 'A-001'", 20);
    check("SELECT p.code FROM tickets t JOIN priority_reasons p ON p.id = t.priority_reason_id "
          "WHERE t.number = 'B-001'",
        QStringLiteral("lansia"));
    check("SELECT count(*) FROM ticket_events", 7);
    check("SELECT detail FROM ticket_events WHERE kind = 'no_show'", QStringLiteral("dipanggil 2x"));
    check("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND username = 'siti'", 1);
    check("SELECT count(*) FROM priority_reasons", 4);
    // Version 4 chains every entry, in the order of their time.
    check("SELECT count(*) FROM audit_log WHERE seq IS NULL OR length(hash) <> 64", 0);
    check("SELECT action FROM audit_log WHERE seq = 1", QStringLiteral("user.add"));
    return f;
}

// Version 7: the standard questionnaire, a response linked to the served
// ticket A-001 (U8 left unanswered) and a paper one.
Fixture fixtureVersion7()
{
    Fixture f;
    f.statements << QStringLiteral(
        "INSERT INTO survey_responses (id, version, service_id, answered_at, channel, ticket_id, gender, age, "
        "education, occupation, entered_at, entered_by) VALUES "
        "(1, 1, 1, strftime('%s', '2026-11-20 01:10:00') * 1000, 'kiosk', 1, 'P', 34, 'SMA', 'SWASTA', "
        "strftime('%s', '2026-11-20 01:10:00') * 1000, NULL), "
        "(2, 1, 2, strftime('%s', '2026-11-19 03:00:00') * 1000, 'paper', NULL, '', NULL, '', '', "
        "strftime('%s', '2026-11-20 02:00:00') * 1000, 2)");
    f.statements << QStringLiteral(
        "INSERT INTO survey_answers (response_id, element, value) VALUES "
        "(1, 'U1', 4), (1, 'U2', 3), (1, 'U3', 3), (1, 'U4', 4), (1, 'U5', 3), (1, 'U6', 4), (1, 'U7', 4), "
        "(1, 'U9', 3), (2, 'U1', 3), (2, 'U8', 2)");
    auto check
        = [&f](const char *sql, const QVariant &expected) { f.checks.emplace_back(QString::fromUtf8(sql), expected); };
    check("SELECT count(*) FROM survey_questions WHERE version = 1", 9);
    check("SELECT option4 FROM survey_questions WHERE version = 1 AND element = 'U8'",
        QStringLiteral("Dikelola dengan baik"));
    check("SELECT sum(value) FROM survey_answers WHERE response_id = 1", 28);
    check("SELECT t.number FROM survey_responses r JOIN tickets t ON t.id = r.ticket_id", QStringLiteral("A-001"));
    check("SELECT group_concat(channel, ',') FROM (SELECT channel FROM survey_responses ORDER BY id)",
        QStringLiteral("kiosk,paper"));
    return f;
}

const std::map<int, Fixture> &fixtures()
{
    static const std::map<int, Fixture> all = {
        { 1, fixtureVersion1() },
        { 7, fixtureVersion7() },
    };
    return all;
}

QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

TEST_CASE("a database of every earlier version holding data is upgraded to this version and keeps its data", "[file]")
{
    REQUIRE(fixtures().count(1) == 1);
    // The current version too: opening a database of this version changes nothing.
    // Every version a step exists for (a number may be missing while
    // parallel branches each add theirs).
    for (const Migration &built : Migrations::all()) {
        const int version = built.version;
        INFO("database built at schema version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loket.db"));
        {
            DatabaseOptions old;
            old.migrate = false;
            auto db = Database::open(path, old);
            REQUIRE(db.ok());
            for (const Migration &m : Migrations::all()) {
                const int step = m.version;
                if (step > version)
                    break;
                REQUIRE(Migrations::migrate(*db.value(), step).ok());
                const auto fixture = fixtures().find(step);
                if (fixture == fixtures().end())
                    continue;
                Status written = db.value()->transaction([&]() -> Status {
                    QSqlQuery q(db.value()->connection());
                    for (const QString &sql : fixture->second.statements) {
                        if (!q.exec(sql))
                            return makeError(ErrorCode::Unknown, sql + QStringLiteral(": ") + q.lastError().text());
                    }
                    return {};
                });
                if (!written)
                    FAIL(QStringLiteral("fixture %1: %2").arg(step).arg(written.error().message).toStdString());
            }
            REQUIRE(db.value()->schemaVersion() == version);
        }

        auto upgraded = Database::open(path);
        if (!upgraded)
            FAIL(upgraded.error().message.toStdString());
        const DatabasePtr db = upgraded.value();
        CHECK(db->schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
        CHECK_FALSE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
        for (const auto &[fixtureVersion, fixture] : fixtures()) {
            if (fixtureVersion > version)
                break;
            for (const auto &[sql, expected] : fixture.checks) {
                INFO(sql.toStdString());
                CHECK(scalar(db, sql).toString() == expected.toString());
            }
        }
    }
}

TEST_CASE("a schema-3 database with audit entries is upgraded to a chain that verifies and stays append-only", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    {
        DatabaseOptions old;
        old.migrate = false;
        auto db = Database::open(path, old);
        REQUIRE(db.ok());
        REQUIRE(Migrations::migrate(*db.value(), 3).ok());
        Status written = db.value()->transaction([&]() -> Status {
            QSqlQuery q(db.value()->connection());
            // Written out of time order (a clock set back once): chained by time.
            for (int i = 0; i < 300; ++i) {
                q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, detail, outcome) "
                                         "VALUES (?, ?, ?, 'settings.office', ?, ?)"));
                q.addBindValue(qint64(1700000000000) + (i % 7 == 3 ? -1 : 1) * i * 60000);
                q.addBindValue(QVariant()); // no users table rows here: Loket itself
                q.addBindValue(i % 5 == 0 ? QStringLiteral("") : QStringLiteral("siti"));
                q.addBindValue(QStringLiteral("detail %1 \u00e9").arg(i));
                q.addBindValue(i % 3 == 0 ? QStringLiteral("refused") : QStringLiteral("ok"));
                if (!q.exec())
                    return makeError(ErrorCode::Unknown, q.lastError().text());
            }
            return {};
        });
        INFO((written.ok() ? std::string() : written.error().message.toStdString()));
        REQUIRE(written.ok());
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    const DatabasePtr db = upgraded.value();
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    auto report = auditChain().verify(*db);
    REQUIRE(report.ok());
    INFO(report->summary().toStdString());
    CHECK(report->intact());
    CHECK(report->count == 300);
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
}

TEST_CASE("processes opening a new database file at the same moment all succeed and the schema is applied once", "[file]")
{
    constexpr int processes = 4;
    for (int round = 1; round <= 5; ++round) {
        INFO("round " << round);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loket.db"));
        std::vector<std::unique_ptr<QProcess>> openers;
        for (int i = 0; i < processes; ++i) {
            openers.push_back(std::make_unique<QProcess>());
            openers.back()->start(QStringLiteral(LOKET_TEST_WRITER), { QStringLiteral("open"), path });
            REQUIRE(openers.back()->waitForStarted());
        }
        // All of them wait on standard input, so they start opening together.
        for (auto &p : openers)
            p->write("go\n");
        for (auto &p : openers) {
            REQUIRE(p->waitForFinished(30000));
            INFO(p->readAllStandardError().toStdString());
            CHECK(p->exitStatus() == QProcess::NormalExit);
            CHECK(p->exitCode() == 0);
            CHECK(p->readAllStandardOutput().trimmed()
                == QStringLiteral("version %1").arg(Migrations::latestVersion()).toUtf8());
        }
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
        // Seeded by migration 1: applied twice, these rows would be doubled (or the step would have failed).
        CHECK(scalar(db.value(), QStringLiteral("SELECT count(*) FROM priority_reasons")).toInt() == 4);
        CHECK(scalar(db.value(), QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    }
}

TEST_CASE("an office's yes/no values stay what they were when the columns become booleans")
{
    DatabaseOptions old;
    old.migrate = false;
    test::TempDatabase t(old);
    REQUIRE(Migrations::migrate(*t.db(), 11).ok());
    // Written as version 11 wrote them: integers 0 and 1.
    t.exec(QStringLiteral("INSERT INTO units (id, name, active) VALUES (1, 'Seksi Pelayanan', 1), "
                          "(2, 'Seksi Lama', 0)"));
    t.exec(QStringLiteral("INSERT INTO users (id, username, full_name, role, password_hash, created_at, active) "
                          "VALUES (1, 'siti', 'Siti', 'officer', 'x', 0, 0)"));
    t.exec(QStringLiteral("INSERT INTO complaints (id, number, number_year, number_seq, channel, type, tier, "
                          "received_at, received_day, summary, anonymous, confidential, created_at) VALUES "
                          "(1, '001/2026', 2026, 1, 'langsung', 'pengaduan', 'ringan', 0, '2026-11-02', 'a', 1, 0, 0), "
                          "(2, '002/2026', 2026, 2, 'surat', 'pengaduan', 'ringan', 0, '2026-11-02', 'b', 0, 1, 0)"));
    t.exec(QStringLiteral("INSERT INTO complaint_status (complaint_id, state, open, last_event_id, updated_at) "
                          "VALUES (1, 'selesai', 0, 1, 0), (2, 'diverifikasi', 1, 2, 0)"));

    REQUIRE(Migrations::migrate(*t.db()).ok());
    CHECK(t.db()->schemaVersion() == Migrations::latestVersion());
    const auto ids = [&](const QString &sql) {
        QSqlQuery q(t.db()->connection());
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
        QList<int> out;
        while (q.next())
            out << q.value(0).toInt();
        return out;
    };
    CHECK(ids(QStringLiteral("SELECT id FROM units WHERE active = TRUE ORDER BY id")) == QList<int> { 1 });
    CHECK(ids(QStringLiteral("SELECT id FROM units WHERE active = FALSE ORDER BY id")) == QList<int> { 2 });
    CHECK(ids(QStringLiteral("SELECT id FROM users WHERE active = FALSE")) == QList<int> { 1 });
    CHECK(ids(QStringLiteral("SELECT id FROM complaints WHERE anonymous = TRUE")) == QList<int> { 1 });
    CHECK(ids(QStringLiteral("SELECT id FROM complaints WHERE confidential = TRUE")) == QList<int> { 2 });
    CHECK(ids(QStringLiteral("SELECT complaint_id FROM complaint_status WHERE open = TRUE")) == QList<int> { 2 });
    CHECK(t.scalar(QStringLiteral("SELECT anonymous FROM complaints WHERE id = 1")).toBool());
    CHECK_FALSE(t.scalar(QStringLiteral("SELECT anonymous FROM complaints WHERE id = 2")).toBool());

    // A row written afterwards without naming the column gets the default.
    t.exec(QStringLiteral("INSERT INTO units (id, name) VALUES (3, 'Seksi Baru')"));
    CHECK(t.scalar(QStringLiteral("SELECT active FROM units WHERE id = 3")).toBool());
    t.exec(QStringLiteral("INSERT INTO complaints (id, number, number_year, number_seq, channel, type, tier, "
                          "received_at, received_day, summary, created_at) VALUES "
                          "(3, '003/2026', 2026, 3, 'email', 'aspirasi', 'ringan', 0, '2026-11-03', 'c', 0)"));
    CHECK_FALSE(t.scalar(QStringLiteral("SELECT anonymous FROM complaints WHERE id = 3")).toBool());
    CHECK_FALSE(t.scalar(QStringLiteral("SELECT confidential FROM complaints WHERE id = 3")).toBool());

    if (test::onServer()) {
        // The server keeps them as its own type: ten columns, none left an integer.
        CHECK(t.scalar(QStringLiteral(
                  "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                  "AND data_type = 'boolean'"))
                  .toInt()
            == 10);
        CHECK(t.scalar(QStringLiteral(
                  "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                  "AND column_name IN ('active', 'sippn', 'anonymous', 'confidential', 'open') "
                  "AND data_type <> 'boolean'"))
                  .toInt()
            == 0);
        // A value that is not yes or no is refused, as the old CHECK (x IN (0, 1)) did.
        QSqlQuery q(t.db()->connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE units SET active = 2 WHERE id = 1")));
    }
}
