// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/TicketPrintout.h"

#include "core/catalog/OfficeService.h"
#include "core/kiosk/KioskMenu.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/queue/QueueReader.h"
#include "core/queue/QueueService.h"
#include "core/standards/StandardService.h"
#include "core/storage/SettingsStore.h"

#include <QStringList>

namespace loket {

namespace {

QString requirementLine(const Requirement &r)
{
    QString line = r.name.simplified();
    if (r.count > 1)
        line += QStringLiteral(" (%1x)").arg(r.count);
    if (!r.notes.trimmed().isEmpty())
        line += QStringLiteral(", ") + r.notes.simplified();
    return line;
}

} // namespace

TicketPrintout::TicketPrintout(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

QString TicketPrintout::qrPayload(const Ticket &ticket, const QString &urlTemplate)
{
    return PrinterSettings::expandQrUrl(urlTemplate, ticket.number, ticket.serviceDay, ticket.serviceCode);
}

Result<TicketLayout> TicketPrintout::layout(const QString &idOrNumber, PaperWidth paper) const
{
    auto ticket = QueueService(m_db, m_clock).findTicket(idOrNumber);
    if (!ticket)
        return ticket.error();
    return layout(ticket.value(), paper);
}

Result<TicketLayout> TicketPrintout::layout(const Ticket &ticket, PaperWidth paper) const
{
    TicketLayout t;
    t.paper = paper;
    t.number = ticket.number;
    t.serviceName = ticket.serviceName;
    if (ticket.isPriority())
        t.priorityReason = ticket.priorityReasonName.isEmpty() ? tr("priority") : ticket.priorityReasonName;

    OfficeTimeZone zone = OfficeTimeZone::WIB;
    if (auto office = OfficeService(m_db, m_clock).get()) {
        zone = office->timeZone;
        QStringList heading;
        if (!office->parentAgency.trimmed().isEmpty())
            heading << office->parentAgency.trimmed().toUpper();
        heading << office->name.trimmed();
        t.officeName = heading.join(QLatin1Char('\n'));
    } else if (office.error().code != ErrorCode::NotFound) {
        return office.error();
    }
    t.issuedLocal = OfficeTime(zone).localDateTime(ticket.issuedAt);

    // The place in the line is only true while the ticket waits; a reprint of
    // a called ticket leaves it out rather than print a wrong figure.
    if (ticket.status == TicketStatus::Waiting) {
        auto estimate = QueueReader(m_db, m_clock).estimate(ticket.id);
        if (!estimate)
            return estimate.error();
        t.peopleAhead = estimate->peopleAhead;
        if (estimate->minutes)
            t.estimatedWaitMinutes = *estimate->minutes;
    }

    QStringList footer;
    auto standard = StandardService(m_db, m_clock).versionInForce(ticket.serviceId, ticket.serviceDay);
    if (!standard)
        return standard.error();
    if (standard.value()) {
        const StandardContent &content = standard.value()->content;
        for (const Requirement &r : content.requirements)
            t.requirements << requirementLine(r);
        if (content.costRupiah) {
            footer << (*content.costRupiah == 0
                    ? tr("This service is free of charge.")
                    : tr("Fee: %1, as set in the service standard.").arg(rupiahText(*content.costRupiah)));
        }
    }
    footer << tr("Keep this ticket until your number is called.");
    t.footer = footer.join(QLatin1Char('\n'));
    t.qrPayload = qrPayload(ticket, PrinterSettings::load(SettingsStore(m_db)).qrUrlTemplate);
    return t;
}

} // namespace loket
