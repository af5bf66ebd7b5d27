// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The server stopped and started again while the kiosk and the counters
// work: on the tests' throwaway cluster, alone (it takes the server away
// from every other test: RUN_SERIAL).
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <memory>
#include <vector>

using namespace loket;

TEST_CASE("the server restarted while four PCs issue tickets: every issued ticket stays, none is there twice, "
          "and all go on by themselves")
{
    REQUIRE(test::onServer());
    const QString cluster = qEnvironmentVariable("LOKET_TEST_PG_DIR", QStringLiteral(LOKET_TEST_PG_DIR));
    REQUIRE(QFileInfo::exists(cluster + QStringLiteral("/data/postmaster.pid")));
    test::TempDatabase t;
    t.exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('KTP', 'A', 'KTP-el')"));
    t.db()->closeThreadConnection();

    QProcess restart; // down for two seconds, some way into the run
    QElapsedTimer clock;
    clock.start();
    QStringList reported;
    QStringList failures;
    int roundsAfter = 0;
    bool restartStarted = false;
    while (clock.elapsed() < 60000 && roundsAfter < 3) {
        if (!restartStarted && clock.elapsed() > 800) {
            restart.start(QStringLiteral(LOKET_SOURCE_DIR "/scripts/pg-cluster"),
                          {QStringLiteral("restart"), cluster, QStringLiteral("2")});
            REQUIRE(restart.waitForStarted());
            restartStarted = true;
        }
        std::vector<std::unique_ptr<QProcess>> pcs;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(test::processEnvironment());
            p->setStandardInputFile(QProcess::nullDevice());
            p->start(test::loketctlProgram(), {QStringLiteral("--database"), t.path(), QStringLiteral("--json"),
                                               QStringLiteral("ticket"), QStringLiteral("issue"),
                                               QStringLiteral("--service"), QStringLiteral("KTP")});
            pcs.push_back(std::move(p));
        }
        int ok = 0;
        for (auto &p : pcs) {
            REQUIRE(p->waitForFinished(30000));
            REQUIRE(p->exitStatus() == QProcess::NormalExit);
            const QByteArray out = p->readAllStandardOutput();
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() == 0) {
                ++ok;
                reported << QJsonDocument::fromJson(out).object().value(QStringLiteral("number")).toString();
            } else {
                failures << err;
            }
        }
        // (QProcess sees its child end only when asked, there being no event loop here.)
        if (restartStarted && (restart.state() == QProcess::NotRunning || restart.waitForFinished(0)) && ok == 4)
            ++roundsAfter;
    }
    REQUIRE((restart.state() == QProcess::NotRunning || restart.waitForFinished(60000)));
    INFO(restart.readAllStandardError().toStdString());
    REQUIRE(restart.exitCode() == 0);
    CHECK(roundsAfter == 3); // every PC works again once the server is back, without a restart of its own
    REQUIRE_FALSE(failures.isEmpty()); // the outage was seen…
    for (const QString &e : failures) {
        INFO(e.toStdString());
        CHECK_FALSE(e.contains(QStringLiteral("QPSQL"))); // …and said in words, not the driver's
        CHECK_FALSE(e.trimmed().isEmpty());
    }

    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT number, seq FROM tickets ORDER BY seq")));
    QStringList stored;
    int expectSeq = 1;
    while (q.next()) {
        stored << q.value(0).toString();
        CHECK(q.value(1).toInt() == expectSeq++); // no gap, none twice
    }
    const QSet<QString> storedSet(stored.begin(), stored.end());
    CHECK(storedSet.size() == stored.size());
    for (const QString &n : reported)
        CHECK(storedSet.contains(n)); // a ticket a PC printed is there
    // A PC that lost the server before the answer may have said "failed" for a
    // ticket that was saved; never more than there were failures.
    CHECK(stored.size() >= reported.size());
    CHECK(stored.size() <= reported.size() + failures.size());
    db.value()->closeThreadConnection();
}
