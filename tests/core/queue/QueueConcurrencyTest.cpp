// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several counters calling at the same moment on one database file: where
// queue systems really break. First threads with their own connections, then
// real loketctl processes.
#include "core/auth/UserService.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/support/Loketctl.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <latch>
#include <thread>

using namespace loket;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Outcome {
    QList<qint64> called;
    QStringList errors;
    bool sawNothingWaiting = false;
};

// Every ticket was called exactly once (one call event each, all of them
// ended as not come) and no worker met anything but "nothing waiting".
void checkEveryTicketCalledOnce(const DatabasePtr &db, const QList<Outcome> &outcomes, int expectedTickets)
{
    QList<qint64> all;
    for (const Outcome &o : outcomes) {
        INFO(o.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(o.errors.isEmpty());
        CHECK(o.sawNothingWaiting);
        all += o.called;
    }
    CHECK(all.size() == expectedTickets);
    CHECK(QSet<qint64>(all.begin(), all.end()).size() == all.size());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN status = 'no_show' THEN 1 ELSE 0 END) FROM tickets")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == expectedTickets);
    CHECK(q.value(1).toInt() == expectedTickets);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT ticket_id FROM ticket_events WHERE kind = 'call' "
                                  "GROUP BY ticket_id HAVING count(*) <> 1) AS twice")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'call'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == expectedTickets);
}

} // namespace

TEST_CASE("counters calling at once on their own connections call every ticket exactly once")
{
    const int workers = 4;
    const int perWorker = 50;
    test::QueueFixture f;
    // Four open counters, all serving KTP, each with its own officer.
    f.t.exec(QStringLiteral("INSERT INTO counter_services VALUES (%1, %2)").arg(f.loket3).arg(f.ktp));
    REQUIRE(f.counters.open(f.ani, f.loket3).ok());
    const Actor dewi = f.addUser(QStringLiteral("dewi"), QStringLiteral("Dewi Kartika"), Role::Officer);
    f.t.exec(QStringLiteral("INSERT INTO counters (number, name) VALUES (4, 'Loket 4')"));
    const qint64 loket4 = f.t.scalar(QStringLiteral("SELECT id FROM counters WHERE number = 4")).toLongLong();
    f.t.exec(QStringLiteral("INSERT INTO counter_services VALUES (%1, %2)").arg(loket4).arg(f.ktp));
    REQUIRE(f.counters.open(dewi, loket4).ok());
    for (int i = 0; i < workers * perWorker; ++i)
        f.issue(f.ktp, i % 5 == 0 ? f.lansia : 0);

    const QList<std::pair<Actor, qint64>> seats
        = { { f.siti, f.loket1 }, { f.budi, f.loket2 }, { f.ani, f.loket3 }, { dewi, loket4 } };
    QList<Outcome> outcomes(workers);
    std::vector<std::thread> threads;
    const QString path = f.t.path();
    std::latch ready(workers);
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            // Its own Database, as another process would have.
            auto db = Database::open(path);
            ready.arrive_and_wait();
            if (!db) {
                outcomes[w].errors << db.error().message;
                return;
            }
            {
                QueueService queue(db.value(), f.clock);
                const auto &[officer, counter] = seats.at(w);
                for (;;) {
                    auto called = queue.callNext(officer, counter);
                    if (!called) {
                        if (called.error().code == ErrorCode::Nothing)
                            outcomes[w].sawNothingWaiting = true;
                        else
                            outcomes[w].errors << called.error().message;
                        break;
                    }
                    outcomes[w].called << called->id;
                    auto gone = queue.noShow(officer, counter, called->id);
                    if (!gone) {
                        outcomes[w].errors << gone.error().message;
                        break;
                    }
                    // An officer takes a moment between citizens; without it SQLite's
                    // busy back-off lets one thread take the whole line.
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            }
            db.value()->connection().close();
        });
    }
    for (std::thread &t : threads)
        t.join();
    checkEveryTicketCalledOnce(f.t.db(), outcomes, workers * perWorker);
    // They really ran at the same time: more than one counter got tickets.
    int counting = 0;
    for (const Outcome &o : outcomes)
        counting += o.called.isEmpty() ? 0 : 1;
    CHECK(counting > 1);
}

namespace {

const QString kPassword = QStringLiteral("loket-antrian-2026");

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};

Run loketctl(const QString &database, const QString &user, const QStringList &args)
{
    // Catch2's REQUIRE is not for these threads, so this runs loketctl itself,
    // on the test's moment (the same as the in-process clock below).
    QProcessEnvironment env = test::processEnvironment();
    env.insert(QStringLiteral("LOKET_PASSWORD"), kPassword);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(LOKET_BINARY_DIR "/app/loketctl/loketctl"),
        QStringList { QStringLiteral("--database"), database, QStringLiteral("--user"), user } + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("loketctl did not finish within a minute");
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

TEST_CASE("loketctl processes calling at once on one database file call every ticket exactly once")
{
    const QString program = QStringLiteral(LOKET_BINARY_DIR "/app/loketctl/loketctl");
    INFO("loketctl is built by the loketctl target: " << program.toStdString());
    REQUIRE(QFileInfo(program).isExecutable());
    // CI: 4 processes with 50 tickets each (on a server 8, as 8 counter PCs, with 25 each: a
    // call's login hashes a password, which the 2 cores of CI pay for); more with
    // LOKET_TEST_PROCESSES / LOKET_TEST_TICKETS.
    const int workers = fromEnvironment("LOKET_TEST_PROCESSES", test::onServer() ? 8 : 4);
    const int perWorker = fromEnvironment("LOKET_TEST_TICKETS", test::onServer() ? 25 : 50);

    test::TempDatabase t;
    // The processes run on the test's moment (LOKET_TEST_CLOCK), and so does this.
    ManualClock clock(test::defaultTestMoment());
    UserService users(t.db(), clock);
    NewUser head;
    head.username = QStringLiteral("camat");
    head.fullName = QStringLiteral("Camat");
    head.password = kPassword;
    auto admin = users.createFirstAdmin(head);
    REQUIRE(admin.ok());
    t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
    const qint64 ktp = t.scalar(QStringLiteral("SELECT id FROM services WHERE code = 'KTP'")).toLongLong();
    CounterService counters(t.db(), clock);
    for (int w = 1; w <= workers; ++w) {
        NewUser officer;
        officer.username = QStringLiteral("petugas%1").arg(w);
        officer.fullName = QStringLiteral("Petugas %1").arg(w);
        officer.role = Role::Officer;
        officer.password = kPassword;
        auto added = users.addUser(admin->actor(), officer);
        REQUIRE(added.ok());
        t.exec(QStringLiteral("INSERT INTO counters (number, name) VALUES (%1, 'Loket %1')").arg(w));
        const qint64 counter
            = t.scalar(QStringLiteral("SELECT id FROM counters WHERE number = %1").arg(w)).toLongLong();
        t.exec(QStringLiteral("INSERT INTO counter_services VALUES (%1, %2)").arg(counter).arg(ktp));
        REQUIRE(counters.open(added->actor(), counter).ok());
    }
    QueueService queue(t.db(), clock);
    for (int i = 0; i < workers * perWorker; ++i)
        REQUIRE(queue.issue(QueueService::kioskActor(), ktp).ok());

    QList<Outcome> outcomes(workers);
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            const QString user = QStringLiteral("petugas%1").arg(w + 1);
            const QString counter = QString::number(w + 1);
            Outcome &o = outcomes[w];
            for (;;) {
                const Run call = loketctl(t.path(), user,
                    { QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("call"),
                        QStringLiteral("--counter"), counter });
                if (call.exitCode == 3 && call.err.contains(QStringLiteral("No ticket is waiting"))) {
                    o.sawNothingWaiting = true;
                    break;
                }
                if (call.crashed || call.exitCode != 0) {
                    o.errors << QStringLiteral("ticket call (exit %1): %2").arg(call.exitCode).arg(call.err);
                    break;
                }
                const qint64 id = QJsonDocument::fromJson(call.out).object().value(QStringLiteral("id")).toInteger();
                if (id <= 0) {
                    o.errors << QStringLiteral("ticket call printed no ticket: ") + QString::fromUtf8(call.out);
                    break;
                }
                o.called << id;
                const Run gone = loketctl(
                    t.path(), user, { QStringLiteral("ticket"), QStringLiteral("noshow"), QString::number(id) });
                if (gone.crashed || gone.exitCode != 0) {
                    o.errors
                        << QStringLiteral("ticket noshow %1 (exit %2): %3").arg(id).arg(gone.exitCode).arg(gone.err);
                    break;
                }
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    checkEveryTicketCalledOnce(t.db(), outcomes, workers * perWorker);
}
