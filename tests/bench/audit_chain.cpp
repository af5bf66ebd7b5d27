// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the audit log's hash chain costs.
//
//   audit_chain [--entries N] [--writes W] [--dir FOLDER] [--keep]
//
// Fills a log through AuditLog::record in batches so that it holds N chained
// entries (default 100000) when it is verified, then times W single writes (default 300), each its own durable
// commit, two ways: the INSERT the log used before the chain (no seq, no
// hash), and AuditLog::record (reads the chain's end, hashes, inserts);
// both inside one write transaction each, as services write them, and
// record() on its own (its own transaction); the three take turns in a
// rotating order. Then times the verification of the whole chain and of a
// backup file's chain. --keep keeps the database (with an administrator
// "bench", password "bench-audit-2026") to time `loketctl audit verify` on it.
#include "core/auth/AuditLog.h"
#include "core/auth/UserService.h"
#include "core/storage/AuditChain.h"
#include "core/backup/Backup.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace loket;

namespace {

void print(const char *what, std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    auto rank = [&](int p) { return ns.at(std::max<size_t>(1, (p * ns.size() + 99) / 100) - 1) / 1e6; };
    std::printf("%-47s n=%-5zu median %7.3f ms   p90 %7.3f ms   max %7.3f ms\n", what, ns.size(), rank(50), rank(90),
        ns.back() / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QString(), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption writesOption(QStringLiteral("writes"), QString(), QStringLiteral("W"), QStringLiteral("300"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QString());
    parser.addOptions({entriesOption, writesOption, dirOption, keepOption});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int writes = parser.value(writesOption).toInt();
    constexpr int kBatchRounds = 20; // each adds 1000 chained entries
    // The timed writes add chained entries too: fill so that the log holds `entries` when verified.
    const int fill = std::max(0, entries - kBatchRounds * 1000 - 2 * writes);
    QTemporaryDir dir(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX") : QString());
    dir.setAutoRemove(!parser.isSet(keepOption));
    auto opened = Database::open(dir.filePath(QStringLiteral("loket.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    const DatabasePtr db = opened.value();
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(1, 0), Qt::UTC));
    const AuditLog audit(db, clock);
    Actor officer;
    officer.userId = 7;
    officer.username = QStringLiteral("siti");
    officer.role = Role::Officer;
    const QString detail = QStringLiteral("{\"code\":\"permission.missing\",\"permission\":\"manage_settings\"}");

    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < fill;) {
        Status s = db->transaction([&]() -> Status {
            for (int i = 0; i < 1000 && done < fill; ++i, ++done) {
                clock.advanceMs(1500);
                if (Status r = audit.record(officer, QStringLiteral("settings.office"), QStringLiteral("office"),
                        QStringLiteral("1"), detail, QStringLiteral("refused"));
                    !r)
                    return r;
            }
            return {};
        });
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 2;
        }
    }
    std::printf("filled %d entries in %.1f s (batches of 1000, %.1f µs an entry)\n", fill, timer.elapsed() / 1000.0,
        timer.nsecsElapsed() / 1000.0 / std::max(1, fill));

    std::vector<qint64> plain, chained, alone;
    QElapsedTimer t;
    // Before the chain: the INSERT record() used to run (no seq, no hash).
    auto plainInsert = [&]() -> Status {
        return db->transaction([&]() -> Status {
            QSqlQuery &q = db->prepared(QStringLiteral(
                "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail, outcome) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : QVariantList {clock.nowMs(), officer.userId, officer.username,
                     QStringLiteral("bench.plain"), QStringLiteral("office"), QStringLiteral("1"), detail,
                     QStringLiteral("ok")})
                q.addBindValue(v);
            return q.exec() ? Status {} : db->sqlError(q.lastError(), QStringLiteral("plain insert"));
        });
    };
    auto chainedInTransaction = [&]() -> Status {
        return db->transaction([&] {
            return audit.record(officer, QStringLiteral("settings.office"), QStringLiteral("office"), QStringLiteral("1"), detail);
        });
    };
    auto chainedAlone = [&]() -> Status {
        return audit.record(officer, QStringLiteral("settings.office"), QStringLiteral("office"), QStringLiteral("1"), detail);
    };
    struct Way {
        std::function<Status()> run;
        std::vector<qint64> *times;
    };
    std::vector<Way> ways {{plainInsert, &plain}, {chainedInTransaction, &chained}, {chainedAlone, &alone}};
    for (int i = 0; i < writes; ++i) {
        // Each write is one durable commit; the three ways take turns in a rotating order, so a
        // checkpoint or a busy disk falls on each of them alike.
        for (size_t k = 0; k < ways.size(); ++k) {
            const Way &way = ways.at((i + k) % ways.size());
            clock.advanceMs(1500);
            t.start();
            const Status s = way.run();
            way.times->push_back(t.nsecsElapsed());
            if (!s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 2;
            }
        }
    }
    // The chain's own work (read the end, hash) without the commit's fsync, which hides it in
    // the single writes: batches of 1000 entries in one transaction, the two ways taking turns.
    std::vector<qint64> plainBatch, chainedBatch;
    for (int round = 0; round < kBatchRounds; ++round) {
        for (int k = 0; k < 2; ++k) {
            const bool chainedTurn = (round + k) % 2 == 1;
            t.start();
            const Status s = db->transaction([&]() -> Status {
                for (int i = 0; i < 1000; ++i) {
                    clock.advanceMs(1500);
                    if (Status r = chainedTurn ? audit.record(officer, QStringLiteral("settings.office"),
                                                     QStringLiteral("office"), QStringLiteral("1"), detail)
                                               : [&]() -> Status {
                            QSqlQuery &q = db->prepared(QStringLiteral(
                                "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail, "
                                "outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                            for (const QVariant &v : QVariantList {clock.nowMs(), officer.userId, officer.username,
                                     QStringLiteral("bench.plain"), QStringLiteral("office"), QStringLiteral("1"),
                                     detail, QStringLiteral("ok")})
                                q.addBindValue(v);
                            return q.exec() ? Status {} : db->sqlError(q.lastError(), QStringLiteral("plain insert"));
                        }();
                        !r)
                        return r;
                }
                return {};
            });
            (chainedTurn ? chainedBatch : plainBatch).push_back(t.nsecsElapsed() / 1000);
            if (!s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 2;
            }
        }
    }
    print("plain INSERT, per entry in batches of 1000", plainBatch);
    print("record() chained, per entry in batches of 1000", chainedBatch);
    print("plain INSERT (before the chain), own commit", plain);
    print("record() chained, in a transaction", chained);
    print("record() chained, its own transaction", alone);
    auto median = [](std::vector<qint64> ns) {
        std::sort(ns.begin(), ns.end());
        return ns.empty() ? 0.0 : double(ns.at((ns.size() - 1) / 2));
    };
    if (median(plain) > 0)
        std::printf("chained / plain (medians): %.2fx in a transaction, %.2fx on its own\n",
            median(chained) / median(plain), median(alone) / median(plain));

    // The plain rows break the chain on purpose; time verification on a clean copy.
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq IS NULL"));
    }
    t.start();
    auto report = verifyAuditChain(*db);
    const qint64 verifyNs = t.nsecsElapsed();
    if (!report)
        return 2;
    std::printf("verify: %lld entries in %.0f ms (%s)\n", static_cast<long long>(report->count), verifyNs / 1e6,
        qPrintable(report->summary()));
    t.start();
    auto made = Backup::create(*db, dir.filePath(QStringLiteral("loket-manual-bench.db")), false, clock);
    std::printf("backup with the chain check and anchor: %.0f ms\n", t.nsecsElapsed() / 1e6);
    if (!made)
        return 2;
    t.start();
    auto checked = Backup::verify(made->path);
    std::printf("restore check (integrity + the backup's chain): %.0f ms (%s)\n", t.nsecsElapsed() / 1e6,
        checked && checked->auditChain ? qPrintable(checked->auditChain->summary()) : "no chain");
    if (parser.isSet(keepOption)) {
        NewUser admin;
        admin.username = QStringLiteral("bench");
        admin.fullName = QStringLiteral("Bench Admin");
        admin.role = Role::Admin;
        admin.password = QStringLiteral("bench-audit-2026");
        if (!UserService(db, clock).createFirstAdmin(admin))
            return 2;
        std::printf("kept: %s (user bench, password bench-audit-2026)\n", qPrintable(db->path()));
    }
    return 0;
}
