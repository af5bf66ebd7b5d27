// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl holiday|calendar: the holiday table and working-day arithmetic.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/HolidayService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace loket;
using namespace loket::cli;

namespace {

const Command &command(const char *name)
{
    return *CommandRegistry::instance().find(QLatin1String(name));
}

std::optional<QDate> dateArgument(Cli &cli, const QString &text, const Command &cmd)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid() || text.trimmed().size() != 10) {
        cli.failUsage(QCoreApplication::translate("loketctl",
                          "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. "
                          "2026-08-17.")
                          .arg(text),
            cmd);
        return std::nullopt;
    }
    return date;
}

QJsonObject holidayJson(const Holiday &h)
{
    return QJsonObject { { QStringLiteral("date"), h.date.toString(Qt::ISODate) },
        { QStringLiteral("kind"), holidayKindCode(h.kind) }, { QStringLiteral("name"), h.name } };
}

int listHolidays(Cli &cli, HolidayService &holidays, int year)
{
    auto list = holidays.list(year);
    if (!list)
        return cli.fail(list.error());
    if (cli.json) {
        QJsonArray a;
        for (const Holiday &h : list.value())
            a << holidayJson(h);
        cli.printJson(a);
        return ExitOk;
    }
    QTextStream &o = cli.out();
    for (const Holiday &h : list.value()) {
        o << h.date.toString(Qt::ISODate) << "  "
          << QLocale().dayName(h.date.dayOfWeek(), QLocale::ShortFormat).leftJustified(4) << ' '
          << holidayKindCode(h.kind).leftJustified(15) << ' ' << h.name << '\n';
    }
    if (list->isEmpty())
        o << QCoreApplication::translate("loketctl", "No holidays are listed.") << '\n';
    o.flush();
    return ExitOk;
}

int runHoliday(Cli &cli, QStringList args)
{
    const Command &cmd = command("holiday");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), QString(), QStringLiteral("YEAR"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    parser.addOptions({ yearOption, outputOption });
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    int year = 0;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 2000 || year > 2200)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--year needs a year, e.g. 2026."), cmd);
    }
    const bool list = sub == QLatin1String("list"), exportCsv = sub == QLatin1String("export");
    const bool import = sub == QLatin1String("import"), add = sub == QLatin1String("add"),
               remove = sub == QLatin1String("remove");
    if (!list && !exportCsv && !import && !add && !remove) {
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                 "give a subcommand: list, add, remove, import or "
                                 "export."),
            cmd);
    }
    if (((list || exportCsv) && !pos.isEmpty()) || (import && pos.size() != 1) || (add && pos.size() < 3)
        || (remove && pos.size() != 1)) {
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "wrong arguments for \"holiday %1\".").arg(sub), cmd);
    }
    std::optional<QDate> date;
    if ((add || remove) && !(date = dateArgument(cli, pos.at(0), cmd)))
        return ExitUsage;
    std::optional<HolidayKind> kind;
    if (add && !(kind = holidayKindFromCode(pos.at(1)))) {
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                 "the kind is libur_nasional, cuti_bersama or "
                                 "libur_lokal."),
            cmd);
    }
    QByteArray file;
    if (import) {
        QFile f(pos.at(0));
        if (!f.open(QIODevice::ReadOnly)) {
            return cli.fail(makeError(ErrorCode::Io,
                QCoreApplication::translate("loketctl",
                    "The file %1 cannot be "
                    "read (%2).")
                    .arg(pos.at(0), f.errorString())));
        }
        file = f.readAll();
    }

    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    HolidayService holidays(db, cli.clock());
    if (list)
        return listHolidays(cli, holidays, year);
    if (exportCsv) {
        auto csv = holidays.exportCsv(year);
        if (!csv)
            return cli.fail(csv.error());
        if (!parser.isSet(outputOption)) {
            cli.out() << csv.value() << Qt::flush;
            return ExitOk;
        }
        QFile out(parser.value(outputOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv->toUtf8()) < 0 || !out.flush()) {
            return cli.fail(makeError(ErrorCode::Io,
                QCoreApplication::translate("loketctl",
                    "The file %1 cannot be "
                    "written (%2).")
                    .arg(parser.value(outputOption), out.errorString())));
        }
        return ExitOk;
    }
    auto actor = cli.actor();
    if (!actor)
        return ExitDenied;
    if (import) {
        auto summary = holidays.importCsv(*actor, file);
        if (!summary)
            return cli.fail(summary.error());
        if (cli.json) {
            cli.printJson(QJsonObject { { QStringLiteral("added"), summary->added },
                { QStringLiteral("updated"), summary->updated }, { QStringLiteral("unchanged"), summary->unchanged } });
        } else {
            cli.out() << QCoreApplication::translate("loketctl",
                "Holidays imported: %1 added, %2 changed, %3 "
                "already listed.")
                             .arg(summary->added)
                             .arg(summary->updated)
                             .arg(summary->unchanged)
                      << Qt::endl;
        }
        return ExitOk;
    }
    if (add) {
        const Holiday h { *date, *kind, pos.mid(2).join(QLatin1Char(' ')) };
        if (Status st = holidays.add(*actor, h); !st)
            return cli.fail(st.error());
        cli.out() << QCoreApplication::translate("loketctl", "Holiday added: %1 %2")
                         .arg(h.date.toString(Qt::ISODate), h.name.simplified())
                  << Qt::endl;
        return ExitOk;
    }
    if (Status st = holidays.remove(*actor, *date); !st)
        return cli.fail(st.error());
    cli.out() << QCoreApplication::translate("loketctl", "Holiday removed: %1").arg(date->toString(Qt::ISODate))
              << Qt::endl;
    return ExitOk;
}

int runCalendar(Cli &cli, QStringList args)
{
    const Command &cmd = command("calendar");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption atOption(QStringLiteral("at"), QString(), QStringLiteral("HH:MM"));
    parser.addOption(atOption);
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const bool addDays = sub == QLatin1String("add-days"), between = sub == QLatin1String("between"),
               check = sub == QLatin1String("check");
    if (!addDays && !between && !check)
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "give a subcommand: add-days, between or check."), cmd);
    if (pos.size() != (check ? 1 : 2))
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "wrong arguments for \"calendar %1\".").arg(sub), cmd);
    const auto from = dateArgument(cli, pos.at(0), cmd);
    if (!from)
        return ExitUsage;
    std::optional<QDate> to;
    if (between && !(to = dateArgument(cli, pos.at(1), cmd)))
        return ExitUsage;
    bool nOk = true;
    const int n = addDays ? pos.at(1).toInt(&nOk) : 0;
    if (!nOk || n < 0 || n > 3650)
        return cli.failUsage(QCoreApplication::translate("loketctl", "N is a number of working days, e.g. 5."), cmd);
    QTime at;
    if (parser.isSet(atOption)) {
        at = QTime::fromString(parser.value(atOption), QStringLiteral("H:mm"));
        if (!at.isValid() || !addDays)
            return cli.failUsage(QCoreApplication::translate("loketctl",
                                     "--at takes a time HH:MM and goes with "
                                     "add-days."),
                cmd);
    }

    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;
    auto cal = CalendarRepository(db).load();
    if (!cal)
        return cli.fail(cal.error());
    if (between) {
        const int count = cal->workingDaysBetween(*from, *to);
        if (cli.json)
            cli.printJson(QJsonObject { { QStringLiteral("from"), from->toString(Qt::ISODate) },
                { QStringLiteral("to"), to->toString(Qt::ISODate) }, { QStringLiteral("working_days"), count } });
        else
            cli.out() << count << Qt::endl;
        return ExitOk;
    }
    if (check) {
        const bool working = cal->isWorkingDay(*from);
        const auto holiday = cal->holiday(*from);
        if (cli.json) {
            QJsonObject o { { QStringLiteral("date"), from->toString(Qt::ISODate) },
                { QStringLiteral("working_day"), working } };
            if (holiday)
                o.insert(QStringLiteral("holiday"), holidayJson(*holiday));
            cli.printJson(o);
        } else {
            cli.out() << (working ? QCoreApplication::translate("loketctl", "%1: working day")
                                  : QCoreApplication::translate("loketctl", "%1: office closed"))
                             .arg(from->toString(Qt::ISODate));
            if (holiday)
                cli.out() << " (" << holiday->name << ", " << holidayKindDisplayName(holiday->kind) << ')';
            cli.out() << Qt::endl;
        }
        return ExitOk;
    }
    const QDate counted = at.isValid() ? cal->effectiveReceiptDay(QDateTime(*from, at)) : *from;
    const QDate result = at.isValid() ? cal->addWorkingDays(QDateTime(*from, at), n) : cal->addWorkingDays(*from, n);
    if (!result.isValid()) {
        return cli.fail(makeError(ErrorCode::InvalidState,
            QCoreApplication::translate("loketctl",
                "The office has no open day in its opening "
                "hours. Set them with \"office set --hours\".")));
    }
    if (cli.json) {
        cli.printJson(QJsonObject { { QStringLiteral("from"), from->toString(Qt::ISODate) },
            { QStringLiteral("counted_from"), counted.toString(Qt::ISODate) }, { QStringLiteral("working_days"), n },
            { QStringLiteral("date"), result.toString(Qt::ISODate) },
            { QStringLiteral("cuti_bersama_is_holiday"), cal->cutiBersamaIsHoliday() } });
    } else {
        cli.out() << result.toString(Qt::ISODate) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("holiday"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "list, add, remove, import and export holidays"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--user NAME] holiday SUBCOMMAND [ARGS]\n\n"
        "  holiday list [--year YEAR] [--json]\n"
        "  holiday add DATE KIND NAME...   (KIND: libur_nasional, cuti_bersama or libur_lokal)\n"
        "  holiday remove DATE\n"
        "  holiday import FILE.csv         (all or nothing; see below)\n"
        "  holiday export [--year YEAR] [--output FILE.csv]\n\n"
        "DATE is YYYY-MM-DD. The CSV file has the header line \"date,kind,name\" and one holiday per line, e.g.\n"
        "  2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia\n"
        "A file with any mistake imports nothing; the message names each line and field. A date already listed "
        "takes the kind and name from the file.\n"
        "Adding, removing and importing need an administrator (--user NAME) and are written to the audit log."),
    .needsDatabase = true,
    .run = runHoliday,
});

LOKET_COMMAND({
    .name = QStringLiteral("calendar"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "working-day arithmetic with the office's hours and holidays"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl calendar SUBCOMMAND [ARGS] [--json]\n\n"
        "  calendar add-days DATE N [--at HH:MM]   the date N working days after DATE\n"
        "  calendar between DATE1 DATE2            working days after DATE1 up to and including DATE2\n"
        "  calendar check DATE                     whether the office works that day, and which holiday it is\n\n"
        "Counting starts from the next working day: Friday + 1 is Monday. With --at, DATE and the time are when "
        "something was received: received at or after closing time, or on a day the office is closed, it counts "
        "as received on the next working day (Monday 17:00 + 1 is Wednesday). Whether cuti bersama closes the "
        "office is a setting (default: it does)."),
    .needsDatabase = true,
    .run = runCalendar,
});
