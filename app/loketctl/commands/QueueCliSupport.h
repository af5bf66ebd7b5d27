// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/loketctl/Cli.h"
#include "app/loketctl/Output.h"
#include "core/queue/OfficeDay.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/Ticket.h"
#include "core/queue/WaitEstimator.h"

#include <QJsonObject>

#include <optional>

namespace loket::cli {

struct Command;

// What the ticket, queue, counter and day commands share.
namespace queuecli {

QJsonValue isoUtc(const QDateTime &utc); // "2026-11-23T01:00:00Z", or null
QJsonObject ticketJson(const Ticket &t);
void addEstimate(QJsonObject &o, const WaitEstimate &e);
QJsonObject counterJson(const QueueCounter &c);
// "A-001  KTP-el  waiting" with office-local times, for people.
QString ticketLine(const Ticket &t, const OfficeDay &office);
QString localTime(const QDateTime &utc, const OfficeDay &office); // "10.15"

// The counter with this number; reports the error itself and returns nullopt.
std::optional<QueueCounter> counterByNumber(
    Cli &cli, const DatabasePtr &db, const QString &number, const Command &command);
// The counter the actor is signed in at, 0 when none.
qint64 signedInCounter(const DatabasePtr &db, const Actor &actor);

} // namespace queuecli
} // namespace loket::cli
