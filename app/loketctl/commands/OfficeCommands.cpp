// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl office show|set: the office profile, time zone and opening hours.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/catalog/OfficeService.h"

#include <QFile>
#include <QJsonObject>

#include <optional>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &officeCommand()
{
    return *CommandRegistry::instance().find(QStringLiteral("office"));
}

// The text fields of the profile with their option names, in display order.
struct TextField {
    const char *option;
    const char *label;
    QString OfficeProfile::*member;
};

const QList<TextField> &textFields()
{
    static const QList<TextField> fields = {
        { "name", QT_TRANSLATE_NOOP("loketctl", "Name"), &OfficeProfile::name },
        { "parent-agency", QT_TRANSLATE_NOOP("loketctl", "Parent agency"), &OfficeProfile::parentAgency },
        { "address", QT_TRANSLATE_NOOP("loketctl", "Address"), &OfficeProfile::address },
        { "city", QT_TRANSLATE_NOOP("loketctl", "City"), &OfficeProfile::city },
        { "province", QT_TRANSLATE_NOOP("loketctl", "Province"), &OfficeProfile::province },
        { "postal-code", QT_TRANSLATE_NOOP("loketctl", "Postal code"), &OfficeProfile::postalCode },
        { "phone", QT_TRANSLATE_NOOP("loketctl", "Phone"), &OfficeProfile::phone },
        { "email", QT_TRANSLATE_NOOP("loketctl", "E-mail"), &OfficeProfile::email },
        { "website", QT_TRANSLATE_NOOP("loketctl", "Website"), &OfficeProfile::website },
        { "head-name", QT_TRANSLATE_NOOP("loketctl", "Head of office"), &OfficeProfile::headName },
        { "head-title", QT_TRANSLATE_NOOP("loketctl", "Head's title"), &OfficeProfile::headTitle },
        { "head-nip", QT_TRANSLATE_NOOP("loketctl", "Head's NIP"), &OfficeProfile::headNip },
    };
    return fields;
}

QJsonObject officeJson(const OfficeProfile &p)
{
    QJsonObject o;
    for (const TextField &f : textFields()) {
        QString key = QLatin1String(f.option);
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        o.insert(key, p.*(f.member));
    }
    o.insert(QStringLiteral("time_zone"), OfficeTime::zoneCode(p.timeZone));
    o.insert(QStringLiteral("hours"), WorkingCalendar::formatSchedule(p.hours));
    o.insert(QStringLiteral("logo_bytes"), p.logoPng.size());
    return o;
}

int showOffice(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, args, officeCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "\"office show\" takes no arguments."), officeCommand());
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto office = OfficeService(db, cli.clock()).get();
    if (!office)
        return cli.fail(office.error());
    if (cli.json) {
        cli.printJson(officeJson(office.value()));
        return ExitOk;
    }
    QTextStream &o = cli.out();
    auto line = [&](const QString &label, const QString &value) {
        o << QString(label + QLatin1Char(':')).leftJustified(18) << ' '
          << (value.isEmpty() ? QStringLiteral("-") : value) << '\n';
    };
    for (const TextField &f : textFields())
        line(QCoreApplication::translate("loketctl", f.label), office.value().*(f.member));
    line(QCoreApplication::translate("loketctl", "Time zone"), OfficeTime::zoneDisplayName(office->timeZone));
    line(QCoreApplication::translate("loketctl", "Opening hours"), WorkingCalendar::formatSchedule(office->hours));
    line(QCoreApplication::translate("loketctl", "Logo"),
        office->logoPng.isEmpty()
            ? QString()
            : QCoreApplication::translate("loketctl", "PNG, %1 KB").arg((office->logoPng.size() + 1023) / 1024));
    o.flush();
    return ExitOk;
}

int setOffice(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> textOptions;
    for (const TextField &f : textFields())
        textOptions << QCommandLineOption(QLatin1String(f.option), QString(), QStringLiteral("TEXT"));
    parser.addOptions(textOptions);
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"), QString(), QStringLiteral("WIB|WITA|WIT"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QString(), QStringLiteral("HOURS"));
    const QCommandLineOption logoOption(QStringLiteral("logo"), QString(), QStringLiteral("FILE.png"));
    const QCommandLineOption noLogoOption(QStringLiteral("no-logo"), QString());
    parser.addOptions({ zoneOption, hoursOption, logoOption, noLogoOption });
    if (!cli.parse(parser, args, officeCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate(
                                 "loketctl", "\"office set\" takes only options, e.g. --name \"Kecamatan Cibinong\"."),
            officeCommand());
    if (parser.optionNames().isEmpty())
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give at least one field to change, e.g. --name or --time-zone."),
            officeCommand());

    std::optional<OfficeTimeZone> zone;
    if (parser.isSet(zoneOption)) {
        zone = OfficeTime::zoneFromCode(parser.value(zoneOption));
        if (!zone)
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "give the time zone as WIB, WITA or WIT."), officeCommand());
    }
    std::optional<WeeklySchedule> hours;
    if (parser.isSet(hoursOption)) {
        auto parsed = WorkingCalendar::parseSchedule(parser.value(hoursOption));
        if (!parsed)
            return cli.failUsage(parsed.error().message, officeCommand());
        hours = parsed.value();
    }
    std::optional<QByteArray> logo;
    if (parser.isSet(noLogoOption)) {
        logo = QByteArray();
    } else if (parser.isSet(logoOption)) {
        QFile file(parser.value(logoOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return cli.fail(makeError(ErrorCode::Io,
                QCoreApplication::translate("loketctl", "The logo file %1 cannot be read (%2).")
                    .arg(parser.value(logoOption), file.errorString())));
        }
        logo = file.read(OfficeService::MaxLogoBytes + 1);
    }

    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    OfficeService service(db, cli.clock());
    OfficeProfile profile;
    if (auto current = service.get(); current.ok())
        profile = current.value();
    else if (current.error().code != ErrorCode::NotFound)
        return cli.fail(current.error());
    for (int i = 0; i < textFields().size(); ++i) {
        if (parser.isSet(textOptions.at(i)))
            profile.*(textFields().at(i).member) = parser.value(textOptions.at(i));
    }
    if (zone)
        profile.timeZone = *zone;
    if (hours)
        profile.hours = *hours;
    if (logo)
        profile.logoPng = *logo;
    if (Status saved = service.save(*actor, profile); !saved)
        return cli.fail(saved.error());
    if (cli.json)
        cli.printJson(officeJson(service.get().value()));
    else
        cli.out()
            << QCoreApplication::translate("loketctl", "Office saved: %1").arg(OfficeService::normalized(profile).name)
            << Qt::endl;
    return ExitOk;
}

int runOffice(Cli &cli, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("show"))
        return showOffice(cli, args);
    if (sub == QLatin1String("set"))
        return setOffice(cli, args);
    return cli.failUsage(QCoreApplication::translate("loketctl", "give a subcommand: show or set."), officeCommand());
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("office"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "show or change the office profile, time zone and opening hours"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] office SUBCOMMAND [OPTIONS]\n\n"
        "  office show [--json]\n"
        "  office set [--name TEXT] [--parent-agency TEXT] [--address TEXT] [--city TEXT] [--province TEXT]\n"
        "             [--postal-code NNNNN] [--phone TEXT] [--email ADDRESS] [--website URL]\n"
        "             [--head-name TEXT] [--head-title TEXT] [--head-nip NIP]\n"
        "             [--time-zone WIB|WITA|WIT] [--hours HOURS] [--logo FILE.png | --no-logo]\n\n"
        "\"set\" changes only the fields given and needs an administrator (--user NAME); the change is written "
        "to the audit log. HOURS lists the open days, e.g. \"mon-fri 07:30-16:00, sat 08:00-12:00\"; days not "
        "named are closed.\n"
        "Exit codes: 0 done, 1 wrong arguments, 2 failed (e.g. a field is not valid, or the office is not set "
        "up yet), 4 not allowed."),
    .needsDatabase = true,
    .run = runOffice,
});
