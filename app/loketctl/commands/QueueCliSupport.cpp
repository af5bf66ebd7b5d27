// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/commands/QueueCliSupport.h"

#include "app/loketctl/CommandRegistry.h"
#include "core/queue/CounterService.h"

#include <QJsonArray>

namespace loket::cli::queuecli {

QJsonValue isoUtc(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject ticketJson(const Ticket &t)
{
    return QJsonObject {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("number"), t.number },
        { QStringLiteral("day"), t.serviceDay.toString(Qt::ISODate) },
        { QStringLiteral("service"), t.serviceCode },
        { QStringLiteral("service_name"), t.serviceName },
        { QStringLiteral("status"), ticketStatusCode(t.status) },
        { QStringLiteral("counter"), t.counterNumber > 0 ? QJsonValue(t.counterNumber) : QJsonValue() },
        { QStringLiteral("target_counter"),
            t.targetCounterNumber > 0 ? QJsonValue(t.targetCounterNumber) : QJsonValue() },
        { QStringLiteral("priority"), t.isPriority() ? QJsonValue(t.priorityReasonCode) : QJsonValue() },
        { QStringLiteral("channel"), ticketChannelCode(t.channel) },
        { QStringLiteral("issued_at"), isoUtc(t.issuedAt) },
        { QStringLiteral("called_at"), isoUtc(t.firstCalledAt) },
        { QStringLiteral("last_called_at"), isoUtc(t.lastCalledAt) },
        { QStringLiteral("call_count"), t.callCount },
        { QStringLiteral("started_at"), isoUtc(t.startedAt) },
        { QStringLiteral("finished_at"), isoUtc(t.finishedAt) },
        { QStringLiteral("note"), t.note },
    };
}

void addEstimate(QJsonObject &o, const WaitEstimate &e)
{
    o.insert(QStringLiteral("position"), e.position);
    o.insert(QStringLiteral("people_ahead"), e.peopleAhead);
    o.insert(QStringLiteral("estimated_minutes"), e.minutes ? QJsonValue(*e.minutes) : QJsonValue());
}

QJsonObject counterJson(const QueueCounter &c)
{
    return QJsonObject {
        { QStringLiteral("number"), c.number },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("state"), counterStateCode(c.state) },
        { QStringLiteral("reason"), c.stateReason },
        { QStringLiteral("officer"), c.officerId > 0 ? QJsonValue(c.officerName) : QJsonValue() },
        { QStringLiteral("state_changed_at"), isoUtc(c.stateChangedAt) },
    };
}

QString localTime(const QDateTime &utc, const OfficeDay &office)
{
    return utc.isValid() ? office.time().localDateTime(utc).toString(QStringLiteral("HH.mm")) : QStringLiteral("-");
}

QString ticketLine(const Ticket &t, const OfficeDay &office)
{
    QString line
        = t.number + QStringLiteral("  ") + t.serviceName + QStringLiteral("  ") + ticketStatusDisplayName(t.status);
    if (t.counterNumber > 0)
        line += QStringLiteral("  ") + QCoreApplication::translate("loketctl", "loket %1").arg(t.counterNumber);
    if (t.isPriority())
        line += QStringLiteral("  [") + t.priorityReasonName + QLatin1Char(']');
    line += QStringLiteral("  ")
        + QCoreApplication::translate("loketctl", "issued %1").arg(localTime(t.issuedAt, office));
    return line;
}

std::optional<QueueCounter> counterByNumber(
    Cli &cli, const DatabasePtr &db, const QString &number, const Command &command)
{
    bool ok = false;
    const int n = number.trimmed().toInt(&ok);
    if (!ok || n <= 0) {
        cli.failUsage(QCoreApplication::translate("loketctl", "give the counter number, e.g. --counter 2."), command);
        return std::nullopt;
    }
    auto c = CounterService(db, cli.clock()).counterByNumber(n);
    if (!c) {
        cli.fail(c.error());
        return std::nullopt;
    }
    return c.value();
}

qint64 signedInCounter(const DatabasePtr &db, const Actor &actor)
{
    if (!actor.isUser())
        return 0;
    auto c = CounterService(db).counterOf(actor.userId);
    return c && c->has_value() ? (*c)->id : 0;
}

} // namespace loket::cli::queuecli
