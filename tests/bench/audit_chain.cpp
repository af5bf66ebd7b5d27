// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the audit log's hash chain costs.
//
//   audit_chain [--entries N] [--writes W] [--dir FOLDER]
//
// Fills a log with N entries (default 100000) through AuditLog::record in
// batches, then times W single writes (default 300), each its own durable
// commit, two ways: the INSERT the log used before the chain (no seq, no
// hash), and AuditLog::record (reads the chain's end, hashes, inserts);
// both inside one write transaction each, as services write them, and
// record() on its own (its own transaction). Then times the verification of
// the whole chain and of a backup file's chain.
#include "core/auth/AuditLog.h"
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
    std::printf("%-44s n=%-5zu median %7.3f ms   p90 %7.3f ms   max %7.3f ms\n", what, ns.size(), rank(50), rank(90),
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
    parser.addOptions({entriesOption, writesOption, dirOption});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int writes = parser.value(writesOption).toInt();
    QTemporaryDir dir(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX") : QString());
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
    for (int done = 0; done < entries;) {
        Status s = db->transaction([&]() -> Status {
            for (int i = 0; i < 1000 && done < entries; ++i, ++done) {
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
    std::printf("filled %d entries in %.1f s (batches of 1000, %.1f µs an entry)\n", entries, timer.elapsed() / 1000.0,
        timer.nsecsElapsed() / 1000.0 / std::max(1, entries));

    std::vector<qint64> plain, chained, alone;
    QElapsedTimer t;
    for (int i = 0; i < writes; ++i) {
        clock.advanceMs(1500);
        // Before the chain: the INSERT record() used to run.
        t.start();
        Status s = db->transaction([&]() -> Status {
            QSqlQuery &q = db->prepared(QStringLiteral(
                "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail, outcome) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : QVariantList {clock.nowMs(), officer.userId, officer.username,
                     QStringLiteral("bench.plain"), QStringLiteral("office"), QStringLiteral("1"), detail,
                     QStringLiteral("ok")})
                q.addBindValue(v);
            return q.exec() ? Status {} : db->sqlError(q.lastError(), QStringLiteral("plain insert"));
        });
        plain.push_back(t.nsecsElapsed());
        if (!s)
            return 2;
        t.start();
        s = db->transaction([&] {
            return audit.record(officer, QStringLiteral("settings.office"), QStringLiteral("office"), QStringLiteral("1"), detail);
        });
        chained.push_back(t.nsecsElapsed());
        if (!s)
            return 2;
        t.start();
        s = audit.record(officer, QStringLiteral("settings.office"), QStringLiteral("office"), QStringLiteral("1"), detail);
        alone.push_back(t.nsecsElapsed());
        if (!s)
            return 2;
    }
    print("plain INSERT (before the chain), own commit", plain);
    print("record() chained, in a transaction", chained);
    print("record() chained, its own transaction", alone);

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
    return 0;
}
