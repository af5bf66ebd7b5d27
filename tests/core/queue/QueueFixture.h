// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "tests/support/TempDatabase.h"

namespace loket::test {

// A kecamatan office on Monday 23 November 2026, 08.00 WIB (01.00 UTC), open
// Monday–Friday 07.30–16.00, with:
//   services  KTP (tickets A, target 15 min), KK (B, 20 min), IUMK (C, inactive)
//   loket 1   serves KTP and KK, open, Siti signed in
//   loket 2   serves KTP, open, Budi signed in
//   loket 3   serves KK, closed, nobody signed in
//   users     siti, budi, ani (officers), sari (supervisor), admin
class QueueFixture
{
public:
    QueueFixture();

    TempDatabase t;
    ManualClock clock;
    QueueService queue;
    CounterService counters;

    qint64 ktp = 0, kk = 0, iumk = 0;
    qint64 loket1 = 0, loket2 = 0, loket3 = 0;
    Actor siti, budi, ani, sari, admin;
    qint64 lansia = 0; // priority reason

    Actor addUser(const QString &username, const QString &fullName, Role role);
    // A kiosk ticket; fails the test when it cannot be issued.
    Ticket issue(qint64 serviceId, qint64 priorityReasonId = 0);
    Ticket callNext(const Actor &officer, qint64 counterId);
    Ticket reload(const Ticket &ticket) const;
    int count(const QString &sql) const { return t.scalar(sql).toInt(); }
    QStringList eventKinds(qint64 ticketId) const;
};

} // namespace loket::test
