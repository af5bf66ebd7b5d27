// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log as a hash chain, attacked the way someone with the sqlite3
// tool would: drop the triggers, change the rows, put the triggers back.
// Every change is caught by AuditLog::verify, by `loketctl audit verify` and
// by the next backup's report.
#include "core/auth/AuditLog.h"
#include "core/auth/UserService.h"
#include "core/storage/AuditChain.h"
#include "core/backup/Backup.h"
#include "core/storage/SettingsStore.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace loket;

namespace {

const QString kAdminPassword = QStringLiteral("budi-kecamatan-2026");

// An office whose log holds an administrator and `entries` more entries, one
// a minute, ending before the moment loketctl runs at.
struct ChainedOffice {
    test::TempDatabase t;
    ManualClock clock { test::defaultTestMoment().addDays(-2) };
    Actor admin;

    explicit ChainedOffice(int entries = 40)
    {
        UserService users(t.db(), clock);
        auto first = users.createFirstAdmin(
            NewUser { .username = QStringLiteral("budi"), .fullName = QStringLiteral("Budi Santoso"),
                .password = kAdminPassword });
        REQUIRE(first.ok());
        admin = first->actor();
        const AuditLog audit(t.db(), clock);
        Status written = t.db()->transaction([&]() -> Status {
            for (int i = 1; i <= entries; ++i) {
                clock.advanceSecs(60);
                if (Status s = audit.record(admin, QStringLiteral("settings.office"), QStringLiteral("office"),
                        QStringLiteral("1"), QStringLiteral("change %1").arg(i));
                    !s)
                    return s;
            }
            return {};
        });
        REQUIRE(written.ok());
    }

    ChainReport verify() const
    {
        auto report = AuditLog(t.db(), clock).verify(admin, Backup::auditAnchors(t.db()));
        REQUIRE(report.ok());
        return report.value();
    }

    qint64 idOfSeq(qint64 seq) const
    {
        return t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE seq = %1").arg(seq)).toLongLong();
    }

    // Raw SQL through the sqlite3 tool, with the append-only triggers out of the way.
    void tamper(const QString &sql) const
    {
        const QString script = QStringLiteral(
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; %1; "
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END; "
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END;")
                                   .arg(sql);
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { t.path(), script });
        REQUIRE(p.waitForFinished(30000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    }

    test::CliRun cliVerify() const
    {
        test::CliCall call;
        call.database = t.path();
        call.user = QStringLiteral("budi");
        call.password = kAdminPassword;
        call.args = { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify") };
        return test::runLoketctl(call);
    }

    // The next backup: made all the same, and reporting the chain.
    ChainReport backupReport()
    {
        clock.advanceSecs(60); // a manual backup is named after the second
        auto made = Backup::createManual(t.db(), clock);
        REQUIRE(made.ok());
        REQUIRE(made->auditChain.has_value());
        return *made->auditChain;
    }
};

struct Tamper {
    const char *name;
    std::function<void(ChainedOffice &)> apply;
    ChainBreak::Reason reason;
    std::function<qint64(ChainedOffice &)> firstBroken; // the row named; 0 for the tail
};

} // namespace

TEST_CASE("an untouched audit log verifies, in loketctl and in a backup", "[file]")
{
    ChainedOffice office;
    const ChainReport report = office.verify();
    CHECK(report.intact());
    CHECK(report.count == office.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong());
    CHECK(report.last.seq == report.count);

    const test::CliRun run = office.cliVerify();
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("intact")).toBool());

    const ChainReport backup = office.backupReport();
    CHECK(backup.intact());
    // The backup carries the chain's end, and so does the setting.
    const auto anchor = auditSettingsAnchor(*office.t.db());
    REQUIRE(anchor.has_value());
    CHECK(anchor->hash == backup.last.hash);
    CHECK(Backup::auditAnchors(office.t.db()).size() == 1);
}

TEST_CASE("every way of editing the audit log with sqlite3 is caught by verify, loketctl and the next backup", "[file]")
{
    const std::vector<Tamper> tampers = {
        { "delete a row",
            [](ChainedOffice &o) { o.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 20")); },
            ChainBreak::Reason::Missing, [](ChainedOffice &o) { return o.idOfSeq(21); } },
        { "update a row",
            [](ChainedOffice &o) {
                o.tamper(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 20"));
            },
            ChainBreak::Reason::Changed, [](ChainedOffice &o) { return o.idOfSeq(20); } },
        { "insert a back-dated row (plain INSERT)",
            [](ChainedOffice &o) {
                o.tamper(QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, "
                                        "detail, outcome) SELECT at - 3600000, user_id, username, action, entity, "
                                        "entity_id, 'backdated', outcome FROM audit_log WHERE seq = 10"));
            },
            ChainBreak::Reason::Unchained,
            [](ChainedOffice &o) {
                return o.t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE detail = 'backdated'")).toLongLong();
            } },
        { "insert a back-dated row chained by someone who knows the format",
            [](ChainedOffice &o) {
                auto last = auditChain().last(*o.t.db());
                REQUIRE(last.ok());
                const qint64 at = last->timeMs - 86400000; // yesterday
                const QVariantList values { at, o.admin.userId, QStringLiteral("budi"), QStringLiteral("user.add"),
                    QStringLiteral("user"), QStringLiteral("9"), QStringLiteral("backdated"), QStringLiteral("ok") };
                const ChainLink link = auditChain().follow(last.value(), values, at);
                o.tamper(QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, "
                                        "detail, outcome, seq, hash) VALUES (%1, %2, 'budi', 'user.add', 'user', "
                                        "'9', 'backdated', 'ok', %3, '%4')")
                             .arg(at)
                             .arg(o.admin.userId)
                             .arg(link.seq)
                             .arg(link.hash));
            },
            ChainBreak::Reason::TimeBack,
            [](ChainedOffice &o) {
                return o.t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE detail = 'backdated'")).toLongLong();
            } },
        { "drop the tail (the newest 5 rows) and the setting's anchor with them",
            [](ChainedOffice &o) {
                REQUIRE(o.backupReport().intact()); // yesterday's backup holds the end
                o.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 5 FROM audit_log); "
                                        "DELETE FROM settings WHERE key = 'audit.chain_anchor'"));
            },
            ChainBreak::Reason::TailMissing, [](ChainedOffice &) { return qint64(0); } },
        { "swap two rows' contents",
            [](ChainedOffice &o) {
                o.tamper(QStringLiteral(
                    "CREATE TEMP TABLE t AS SELECT seq, detail FROM audit_log WHERE seq IN (15, 16); "
                    "UPDATE audit_log SET detail = (SELECT detail FROM t WHERE t.seq = 31 - audit_log.seq) "
                    "WHERE seq IN (15, 16)"));
            },
            ChainBreak::Reason::Changed, [](ChainedOffice &o) { return o.idOfSeq(15); } },
    };
    for (const Tamper &tamper : tampers) {
        SECTION(tamper.name)
        {
            ChainedOffice office;
            REQUIRE(office.verify().intact());
            tamper.apply(office);
            const qint64 broken = tamper.firstBroken(office);

            const ChainReport report = office.verify();
            INFO(report.summary().toStdString());
            REQUIRE_FALSE(report.intact());
            CHECK(report.firstBreak->reason == tamper.reason);
            CHECK(report.firstBreak->id == broken);

            const test::CliRun run = office.cliVerify();
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 2);
            const QJsonObject json = run.json();
            CHECK_FALSE(json.value(QStringLiteral("intact")).toBool(true));
            const QJsonObject first = json.value(QStringLiteral("first_break")).toObject();
            CHECK(first.value(QStringLiteral("reason")).toString() == report.reasonCode());
            if (broken > 0) {
                CHECK(first.value(QStringLiteral("id")).toInteger() == broken);
                CHECK_FALSE(first.value(QStringLiteral("at")).toString().isEmpty());
                CHECK_FALSE(first.value(QStringLiteral("action")).toString().isEmpty());
            }

            const ChainReport backup = office.backupReport();
            CHECK_FALSE(backup.intact());
            CHECK(backup.reasonCode() == report.reasonCode());
        }
    }
}

TEST_CASE("a clock corrected back by a few minutes does not break the chain")
{
    ChainedOffice office(3);
    office.clock.advanceSecs(-5 * 60);
    REQUIRE(AuditLog(office.t.db(), office.clock).record(office.admin, QStringLiteral("user.add")).ok());
    CHECK(office.verify().intact());
}

TEST_CASE("the restore check shows the state of the chain in the backup", "[file]")
{
    ChainedOffice office;
    auto made = Backup::createManual(office.t.db(), office.clock);
    REQUIRE(made.ok());
    auto checked = Backup::verify(made->path);
    REQUIRE(checked.ok());
    REQUIRE(checked->auditChain.has_value());
    CHECK(checked->auditChain->intact());
    CHECK(checked->auditChain->count == made->auditChain->count);
}

TEST_CASE("several thousand entries verify, and writing one stays as cheap at the end as at the start")
{
    ChainedOffice office(5000);
    QElapsedTimer timer;
    timer.start();
    const ChainReport report = office.verify();
    const qint64 ms = timer.elapsed();
    CHECK(report.intact());
    CHECK(report.count >= 5000);
    WARN("verified " << report.count << " entries in " << ms << " ms");
}
