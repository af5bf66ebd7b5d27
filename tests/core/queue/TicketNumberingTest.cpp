// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/queue/QueueFixture.h"

#include "tests/support/Loketctl.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <memory>

using namespace loket;

namespace {

QStringList numbersOfDay(const test::TempDatabase &t, const QString &day)
{
    QSqlQuery q(t.db()->connection());
    q.prepare(QStringLiteral("SELECT number FROM tickets WHERE service_day = ? ORDER BY id"));
    q.addBindValue(day);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// True once another process holds the write lock of `path`.
bool waitUntilWriteLocked(const QString &path)
{
    const QString name = QStringLiteral("lock-probe");
    bool locked = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (c.open()) {
            for (int i = 0; i < 100 && !locked; ++i) {
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                    q.exec(QStringLiteral("ROLLBACK"));
                else
                    locked = true;
                if (!locked)
                    QThread::msleep(50);
            }
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return locked;
}

} // namespace

TEST_CASE("tickets are numbered per service from 001, priority tickets in the same sequence")
{
    test::QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    const Ticket a2 = f.issue(f.ktp, f.lansia);
    const Ticket b1 = f.issue(f.kk);
    const Ticket a3 = f.issue(f.ktp);
    CHECK(a1.number == QLatin1String("A-001"));
    CHECK(a2.number == QLatin1String("A-002"));
    CHECK(a2.isPriority());
    CHECK(a2.priorityReasonCode == QLatin1String("lansia"));
    CHECK(b1.number == QLatin1String("B-001"));
    CHECK(a3.number == QLatin1String("A-003"));
    CHECK(a1.serviceDay == QDate(2026, 11, 23));
    CHECK(a1.status == TicketStatus::Waiting);
    CHECK(a1.channel == TicketChannel::Kiosk);
    CHECK(a1.issuedAt == f.clock.nowUtc());
    CHECK(f.eventKinds(a1.id) == QStringList { QStringLiteral("issue") });
}

TEST_CASE("numbers past 999 keep counting")
{
    test::QueueFixture f;
    f.t.exec(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, "
                            "issued_at) VALUES ('2026-11-23', %1, 999, 'A-999', %1, 'done', 0)")
                 .arg(f.ktp));
    CHECK(f.issue(f.ktp).number == QLatin1String("A-1000"));
}

TEST_CASE("numbering restarts at midnight in the office's time zone, not in UTC")
{
    test::QueueFixture f;
    // 16.30 UTC is 23.30 WIB on 23 November.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 30), Qt::UTC));
    f.issue(f.ktp);
    const Ticket late = f.issue(f.ktp);
    CHECK(late.number == QLatin1String("A-002"));
    CHECK(late.serviceDay == QDate(2026, 11, 23));
    // 23.30 UTC on 23 November is already 06.30 WIB on the 24th.
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(23, 30), Qt::UTC));
    const Ticket next = f.issue(f.ktp);
    CHECK(next.number == QLatin1String("A-001"));
    CHECK(next.serviceDay == QDate(2026, 11, 24));
    // The last second before midnight WIB still belongs to the old day.
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(16, 59, 59), Qt::UTC));
    CHECK(f.issue(f.ktp).serviceDay == QDate(2026, 11, 24));
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(17, 0), Qt::UTC));
    const Ticket wednesday = f.issue(f.ktp);
    CHECK(wednesday.serviceDay == QDate(2026, 11, 25));
    CHECK(wednesday.number == QLatin1String("A-001"));
    CHECK(numbersOfDay(f.t, QStringLiteral("2026-11-24"))
        == QStringList { QStringLiteral("A-001"), QStringLiteral("A-002") });
}

TEST_CASE("an office in WITA or WIT starts its day one or two hours earlier in UTC")
{
    test::QueueFixture f;
    f.t.exec(QStringLiteral("UPDATE office SET time_zone = 'WITA'"));
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(15, 59), Qt::UTC)); // 23.59 WITA
    CHECK(f.issue(f.kk).serviceDay == QDate(2026, 11, 23));
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC)); // 00.00 WITA, still 23.00 WIB
    const Ticket wita = f.issue(f.kk);
    CHECK(wita.serviceDay == QDate(2026, 11, 24));
    CHECK(wita.number == QLatin1String("B-001"));

    f.t.exec(QStringLiteral("UPDATE office SET time_zone = 'WIT'"));
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)); // 00.00 WIT on the 25th
    CHECK(f.issue(f.kk).serviceDay == QDate(2026, 11, 25));
}

TEST_CASE("a transferred ticket keeps its number and does not use the new service's numbers")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    const Ticket moved = f.callNext(f.siti, f.loket1);
    REQUIRE(moved.number == QLatin1String("A-001"));
    auto transferred = f.queue.transfer(f.siti, f.loket1, moved.id, TransferTarget { f.kk, 0 });
    REQUIRE(transferred.ok());
    CHECK(transferred->number == QLatin1String("A-001"));
    CHECK(f.issue(f.kk).number == QLatin1String("B-001"));
    CHECK(f.issue(f.ktp).number == QLatin1String("A-003"));
}

TEST_CASE("a write that fails half-way leaves no ticket, and the next one takes the next free number")
{
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    // The ticket row is written, then recording its history fails: the whole issue must roll back.
    f.t.failInserts(QStringLiteral("ticket_events"), QStringLiteral("disk I/O error"));
    auto failed = f.queue.issue(QueueService::kioskActor(), f.ktp);
    REQUIRE_FALSE(failed.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 2);
    f.t.stopFailingInserts(QStringLiteral("ticket_events"));

    CHECK(f.issue(f.ktp).number == QLatin1String("A-003"));
    CHECK(numbersOfDay(f.t, QStringLiteral("2026-11-23"))
        == QStringList({ QStringLiteral("A-001"), QStringLiteral("A-002"), QStringLiteral("A-003") }));
}

TEST_CASE("a process killed in the middle of issuing leaves no ticket and no reused number", "[file]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    test::QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);

    // Another program starts issuing A-003 and dies before committing.
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), { f.t.path() });
    REQUIRE(writer.waitForStarted());
    writer.write(
        QStringLiteral("BEGIN IMMEDIATE;\nINSERT INTO tickets (service_day, issued_service_id, seq, number, "
                       "service_id, status, issued_at) VALUES ('2026-11-23', %1, 3, 'A-003', %1, 'waiting', 0);\n")
            .arg(f.ktp)
            .toUtf8());
    REQUIRE(writer.waitForBytesWritten(5000));
    REQUIRE(waitUntilWriteLocked(f.t.path()));
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    writer.waitForFinished();

    const Ticket next = f.issue(f.ktp);
    CHECK(next.number == QLatin1String("A-003"));
    CHECK(f.issue(f.ktp).number == QLatin1String("A-004"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == 4);
    CHECK(f.t.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}

TEST_CASE("loketctl processes killed at random while issuing never make a number appear twice or vanish")
{
    const QString program = QStringLiteral(LOKET_BINARY_DIR "/app/loketctl/loketctl");
    INFO("loketctl is built by the loketctl target: " << program.toStdString());
    REQUIRE(QFileInfo(program).isExecutable());
    // The processes run on the test's moment (LOKET_TEST_CLOCK), a working morning.
    test::TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));

    const QProcessEnvironment env = test::processEnvironment();

    QStringList reported; // "day number", as the processes printed them
    int killed = 0;
    QRandomGenerator random(20261123);
    for (int round = 0; round < 8; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < 5; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setStandardInputFile(QProcess::nullDevice());
            p->start(program,
                { QStringLiteral("--database"), t.path(), QStringLiteral("--json"), QStringLiteral("ticket"),
                    QStringLiteral("issue"), QStringLiteral("--service"), QStringLiteral("KTP") });
            running.push_back(std::move(p));
        }
        // Kill two of the five somewhere between start-up and commit (a run takes some 20 ms).
        QThread::usleep(random.bounded(2000, 25000));
        for (int i : { 1, 3 }) {
            // A process that has already ended stays a zombie until waited for, so its id is still its own.
            const qint64 pid = running[i]->processId();
            if (pid > 0)
                ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
        for (auto &p : running) {
            REQUIRE(p->waitForFinished(30000));
            if (p->exitStatus() == QProcess::CrashExit) {
                ++killed;
                continue;
            }
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->exitCode() == 0);
            const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            REQUIRE(o.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("A-")));
            reported << o.value(QStringLiteral("day")).toString() + QLatin1Char(' ')
                    + o.value(QStringLiteral("number")).toString();
        }
    }
    INFO(killed << " of 16 processes were killed before they ended");
    CHECK(killed > 0);
    QSqlQuery q(t.db()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT service_day, number, seq FROM tickets ORDER BY service_day, seq")));
    QMap<QString, QList<int>> seqsByDay;
    QSet<QString> stored;
    while (q.next()) {
        seqsByDay[q.value(0).toString()] << q.value(2).toInt();
        stored << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    }
    // Every number a process printed is in the database, once.
    CHECK(QSet<QString>(reported.begin(), reported.end()).size() == reported.size());
    for (const QString &n : reported)
        CHECK(stored.contains(n));
    // And the numbers of each day run 1, 2, 3, … without a gap.
    for (auto it = seqsByDay.cbegin(); it != seqsByDay.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i)
            CHECK(it.value().at(i) == i + 1);
    }
    if (!test::onServer()) // a file killed mid-write must also be whole; a server keeps its own files whole
        CHECK(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}
