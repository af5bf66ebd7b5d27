// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/Ticket.h"

#include <QCoreApplication>

namespace loket {

namespace {
constexpr TicketStatus kAllStatuses[] = { TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving,
    TicketStatus::Held, TicketStatus::Done, TicketStatus::NoShow, TicketStatus::Cancelled, TicketStatus::Expired };
}

QString ticketStatusCode(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return QStringLiteral("waiting");
    case TicketStatus::Called:
        return QStringLiteral("called");
    case TicketStatus::Serving:
        return QStringLiteral("serving");
    case TicketStatus::Held:
        return QStringLiteral("held");
    case TicketStatus::Done:
        return QStringLiteral("done");
    case TicketStatus::NoShow:
        return QStringLiteral("no_show");
    case TicketStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TicketStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<TicketStatus> ticketStatusFromCode(const QString &code)
{
    for (TicketStatus s : kAllStatuses) {
        if (ticketStatusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString ticketStatusDisplayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return QCoreApplication::translate("loket", "waiting");
    case TicketStatus::Called:
        return QCoreApplication::translate("loket", "called");
    case TicketStatus::Serving:
        return QCoreApplication::translate("loket", "being served");
    case TicketStatus::Held:
        return QCoreApplication::translate("loket", "on hold");
    case TicketStatus::Done:
        return QCoreApplication::translate("loket", "done");
    case TicketStatus::NoShow:
        return QCoreApplication::translate("loket", "did not come");
    case TicketStatus::Cancelled:
        return QCoreApplication::translate("loket", "cancelled");
    case TicketStatus::Expired:
        return QCoreApplication::translate("loket", "expired at closing time");
    }
    return {};
}

bool isFinal(TicketStatus status)
{
    return status == TicketStatus::Done || status == TicketStatus::NoShow || status == TicketStatus::Cancelled
        || status == TicketStatus::Expired;
}

QString ticketChannelCode(TicketChannel channel)
{
    switch (channel) {
    case TicketChannel::Kiosk:
        return QStringLiteral("kiosk");
    case TicketChannel::Counter:
        return QStringLiteral("counter");
    case TicketChannel::WalkIn:
        return QStringLiteral("walkin");
    }
    return {};
}

std::optional<TicketChannel> ticketChannelFromCode(const QString &code)
{
    for (TicketChannel c : { TicketChannel::Kiosk, TicketChannel::Counter, TicketChannel::WalkIn }) {
        if (ticketChannelCode(c) == code)
            return c;
    }
    return std::nullopt;
}

} // namespace loket
