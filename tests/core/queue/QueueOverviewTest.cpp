// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueOverview.h"
#include "tests/core/queue/QueueFixture.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

QStringList numbers(const QList<Ticket> &tickets)
{
    QStringList out;
    for (const Ticket &t : tickets)
        out << t.number;
    return out;
}

void serve(test::QueueFixture &f, const Actor &officer, qint64 counterId)
{
    const Ticket t = f.callNext(officer, counterId);
    REQUIRE(f.queue.start(officer, counterId, t.id).ok());
    REQUIRE(f.queue.finish(officer, counterId, t.id).ok());
}

} // namespace

TEST_CASE("the overview lists every waiting ticket by arrival and counts today's served tickets")
{
    test::QueueFixture f;
    // Yesterday's leftovers are not today's queue.
    f.clock.set(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
    f.issue(f.ktp);
    f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));

    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    f.issue(f.kk);
    f.clock.advanceSecs(60);
    f.issue(f.ktp);
    f.clock.advanceSecs(60);
    f.issue(f.kk, f.lansia);
    f.issue(f.ktp);
    f.issue(f.kk);
    f.clock.advanceSecs(300);
    serve(f, f.budi, f.loket2); // A-001 at loket 2
    serve(f, f.siti, f.loket1); // the priority B-002 at loket 1
    serve(f, f.siti, f.loket1); // B-001 is older than A-002 at loket 1
    // A ticket sent to the closed loket 3 still waits, though no open counter may call it.
    const Ticket sent = f.callNext(f.budi, f.loket2);
    REQUIRE(f.queue.transfer(f.budi, f.loket2, sent.id, TransferTarget { f.kk, f.loket3 }).ok());

    auto o = QueueOverview::read(f.t.db(), f.clock);
    REQUIRE(o.ok());
    CHECK(o->snapshot.day == QDate(2026, 11, 23));
    CHECK(numbers(o->waiting)
        == QStringList { QStringLiteral("A-002"), QStringLiteral("A-003"), QStringLiteral("B-003") });
    CHECK(o->waiting.at(0).serviceId == f.kk); // A-002 now waits for Kartu Keluarga, keeping its arrival
    CHECK(o->waiting.at(0).targetCounterId == f.loket3);

    CHECK(o->servedByService.value(f.ktp) == 1);
    CHECK(o->servedByService.value(f.kk) == 2);
    CHECK(o->servedByCounter.value(f.loket1) == 2);
    CHECK(o->servedByCounter.value(f.loket2) == 1);
    CHECK(o->servedByCounter.value(f.loket3) == 0);
    CHECK(o->servedToday() == 3);

    CHECK(o->longestWaitingSince(f.kk) == QDateTime(QDate(2026, 11, 23), QTime(1, 2), Qt::UTC)); // A-002's arrival
    CHECK(o->longestWaitingSince(f.ktp) == QDateTime(QDate(2026, 11, 23), QTime(1, 3), Qt::UTC));
    CHECK_FALSE(o->longestWaitingSince(f.iumk).has_value());
}

TEST_CASE("the overview passes the counter option on to the snapshot")
{
    test::QueueFixture f;
    f.issue(f.kk);
    f.issue(f.ktp, f.lansia);
    QueueSnapshotOptions options;
    options.counterId = f.loket2;
    auto o = QueueOverview::read(f.t.db(), f.clock, options);
    REQUIRE(o.ok());
    CHECK(numbers(o->snapshot.waitingForCounter) == QStringList { QStringLiteral("A-001") });
    CHECK(o->waiting.size() == 2);
    CHECK(o->servedToday() == 0);
}
