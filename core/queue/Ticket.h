// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace loket {

// waiting → called → serving → done; or no_show, cancelled, expired.
// held is a parked ticket (the citizen fetches a document) that the counter resumes.
enum class TicketStatus { Waiting, Called, Serving, Held, Done, NoShow, Cancelled, Expired };

enum class TicketChannel { Kiosk, Counter, WalkIn };

QString ticketStatusCode(TicketStatus status); // as stored: "waiting", "no_show", …
std::optional<TicketStatus> ticketStatusFromCode(const QString &code);
QString ticketStatusDisplayName(TicketStatus status); // translated
// Done, no-show, cancelled and expired tickets never change again.
bool isFinal(TicketStatus status);

QString ticketChannelCode(TicketChannel channel); // "kiosk", "counter", "walkin"
std::optional<TicketChannel> ticketChannelFromCode(const QString &code);

// One queue ticket as stored. The number belongs to the service it was issued
// for (issuedServiceId); serviceId is where it is now, after any transfer.
// issuedAt is the original arrival and survives transfers. finishedAt is the
// moment the ticket reached a final state (done, no-show, cancelled, expired).
struct Ticket {
    qint64 id = 0;
    QDate serviceDay; // office-local day the number belongs to
    qint64 issuedServiceId = 0;
    int seq = 0;
    QString number; // "A-001"
    qint64 serviceId = 0;
    QString serviceCode;
    QString serviceName;
    TicketStatus status = TicketStatus::Waiting;
    qint64 priorityReasonId = 0; // 0: no priority
    QString priorityReasonCode;
    QString priorityReasonName;
    TicketChannel channel = TicketChannel::Kiosk;
    QDateTime issuedAt; // UTC
    QDateTime firstCalledAt;
    QDateTime lastCalledAt;
    int callCount = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 counterId = 0; // the counter that called, serves or parked it
    int counterNumber = 0;
    qint64 targetCounterId = 0; // a transfer to one counter: only it may call the ticket
    int targetCounterNumber = 0;
    qint64 officerId = 0;
    QString note; // outcome note written when finishing

    bool isPriority() const { return priorityReasonId != 0; }
};

// One step in a ticket's life, as kept in ticket_events (never changed).
struct TicketEvent {
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    QString kind; // issue, walkin, call, call_specific, recall, start, hold, resume,
                  // transfer, no_show, undo_no_show, finish, cancel, expire
    TicketStatus statusAfter = TicketStatus::Waiting;
    qint64 counterId = 0;
    int counterNumber = 0;
    qint64 officerId = 0;
    QString officerName;
    QString detail;
};

} // namespace loket
