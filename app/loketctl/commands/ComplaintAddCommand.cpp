// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint add: a complaint logged from the command line.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/ComplaintCli.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/ServiceCatalog.h"

#include <QFile>
#include <QFileInfo>

using namespace loket;

namespace loket::cli {

namespace {

QString joined(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

template <typename E>
QStringList codesOf(const QList<E> &values, QString (*code)(E))
{
    QStringList out;
    for (E v : values)
        out << code(v);
    return out;
}

} // namespace

int complaintAdd(Cli &cli, const QStringList &args)
{
    const Command &cmd = complaintCommand();
    QCommandLineParser parser;
    auto valued = [](const char *name, const char *value) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(value));
    };
    const QCommandLineOption channel = valued("channel", "C"), type = valued("type", "T"), tier = valued("tier", "T"),
                             service = valued("service", "CODE"), component = valued("component", "C"),
                             summary = valued("summary", "TEXT"), details = valued("details", "TEXT"),
                             loss = valued("loss", "TEXT"), remedy = valued("remedy", "TEXT"), name = valued("name", "N"),
                             phone = valued("phone", "P"), email = valued("email", "E"), address = valued("address", "A"),
                             received = valued("received", "YYYY-MM-DDTHH:MM"), ticket = valued("ticket", "ID"),
                             lapor = valued("lapor", "NO"), attach = valued("attach", "FILE");
    const QCommandLineOption anonymous(QStringLiteral("anonymous")), confidential(QStringLiteral("confidential"));
    parser.addOptions({channel, type, tier, service, component, summary, details, loss, remedy, name, phone, email,
        address, received, ticket, lapor, attach, anonymous, confidential});
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint add takes options only; put texts in quotes."), cmd);
    if (!parser.isSet(channel))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--channel is needed: how the complaint came in (%1).")
                                 .arg(joined(codesOf(allChannels(), &channelCode))), cmd);
    ComplaintIntake in;
    const auto ch = channelFromCode(parser.value(channel));
    if (!ch)
        return cli.failUsage(QCoreApplication::translate("loketctl", "unknown channel \"%1\"; the channels are: %2.")
                                 .arg(parser.value(channel).left(40), joined(codesOf(allChannels(), &channelCode))), cmd);
    in.channel = *ch;
    if (parser.isSet(type)) {
        const auto t = typeFromCode(parser.value(type));
        if (!t)
            return cli.failUsage(QCoreApplication::translate("loketctl", "unknown type \"%1\"; the types are: %2.")
                                     .arg(parser.value(type).left(40), joined(codesOf(allTypes(), &typeCode))), cmd);
        in.type = *t;
    }
    if (parser.isSet(tier)) {
        const auto t = tierFromCode(parser.value(tier));
        if (!t)
            return cli.failUsage(QCoreApplication::translate("loketctl", "unknown tier \"%1\"; the tiers are: %2.")
                                     .arg(parser.value(tier).left(40), joined(codesOf(allTiers(), &tierCode))), cmd);
        in.tier = *t;
    }
    in.summary = parser.value(summary);
    in.details = parser.value(details);
    in.loss = parser.value(loss);
    in.remedy = parser.value(remedy);
    in.component = parser.value(component);
    in.laporNumber = parser.value(lapor);
    in.anonymous = parser.isSet(anonymous);
    in.confidential = parser.isSet(confidential);
    if (parser.isSet(ticket)) {
        bool ok = false;
        in.ticketId = parser.value(ticket).toLongLong(&ok);
        if (!ok || in.ticketId <= 0)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--ticket needs the ticket's id (a whole number)."), cmd);
    }
    const ComplaintIdentity person {parser.value(name), parser.value(phone), parser.value(email), parser.value(address)};
    QList<ComplaintAttachmentFile> files;
    for (const QString &path : parser.values(attach)) {
        auto file = ComplaintAttachmentFile::read(path);
        if (!file)
            return cli.fail(file.error());
        files << file.value();
    }
    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    if (parser.isSet(received)) {
        const QString text = parser.value(received).trimmed();
        const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!local.isValid())
            return cli.failUsage(QCoreApplication::translate("loketctl", "\"%1\" is not a time of receipt: write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:30.")
                                     .arg(text.left(40)), cmd);
        auto zone = CalendarRepository(db).officeTime();
        if (!zone)
            return cli.fail(zone.error());
        in.receivedAt = zone->utcOf(local.date(), local.time());
    }
    if (parser.isSet(service)) {
        auto found = ServiceCatalog(db, cli.clock()).findByCode(parser.value(service));
        if (!found)
            return cli.fail(found.error());
        in.serviceId = found->id;
    }
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    ComplaintService complaints(db, cli.clock());
    auto c = complaints.add(*actor, in, person, files);
    if (!c)
        return cli.fail(c.error());
    if (cli.json) {
        cli.printJson(complaintJson(c.value()));
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Complaint logged: %1. Give this number to the complainant.").arg(c->number) << '\n';
    printComplaint(cli, c.value());
    return ExitOk;
}

} // namespace loket::cli
