// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint report: the monthly complaint report as a table, JSON,
// an A4 PDF on the letterhead and a spreadsheet.
#include "app/loketctl/Output.h"
#include "app/loketctl/commands/ComplaintCli.h"
#include "core/catalog/OfficeService.h"
#include "core/complaints/ComplaintReport.h"
#include "print/complaints/ComplaintReportPdf.h"
#include "print/complaints/ComplaintReportXlsx.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace loket;

namespace loket::cli {

namespace {

// "2026-12" → 1 December 2026; nothing for anything else.
std::optional<QDate> monthOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!d.isValid() || d.year() < 2000)
        return std::nullopt;
    return d;
}

QJsonArray countsJson(const QList<ReportCount> &rows)
{
    QJsonArray a;
    for (const ReportCount &c : rows) {
        a << QJsonObject {{QStringLiteral("code"), c.code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.code)},
            {QStringLiteral("name"), c.label}, {QStringLiteral("count"), c.count}};
    }
    return a;
}

QJsonObject reportJson(const ComplaintMonthReport &r)
{
    QJsonArray deadlines;
    for (const ReportDeadline &d : r.deadlines) {
        deadlines << QJsonObject {{QStringLiteral("code"), d.code}, {QStringLiteral("met_in_time"), d.metInTime},
            {QStringLiteral("met_late"), d.metLate}, {QStringLiteral("missed_open"), d.missedOpen},
            {QStringLiteral("pending"), d.pending}, {QStringLiteral("not_needed"), d.notNeeded}};
    }
    return QJsonObject {{QStringLiteral("month"), r.month.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)}, {QStringLiteral("received"), r.received},
        {QStringLiteral("completed"), r.completed},
        {QStringLiteral("completed_share"), std::round(r.completedShare() * 10000.0) / 10000.0},
        {QStringLiteral("overdue"),
            QJsonObject {{QStringLiteral("total"), r.overdue()}, {QStringLiteral("answered_late"), r.overdueAnsweredLate},
                {QStringLiteral("open"), r.overdueOpen}}},
        {QStringLiteral("by_channel"), countsJson(r.byChannel)}, {QStringLiteral("by_type"), countsJson(r.byType)},
        {QStringLiteral("by_tier"), countsJson(r.byTier)}, {QStringLiteral("by_service"), countsJson(r.byService)},
        {QStringLiteral("by_state"), countsJson(r.byState)},
        {QStringLiteral("response_time"), countsJson(r.responseTime)}, {QStringLiteral("deadlines"), deadlines}};
}

double shareOf(qint64 n, qint64 of)
{
    return of > 0 ? double(n) / double(of) : 0.0;
}

void printCounts(QTextStream &o, const QString &heading, const QList<ReportCount> &rows, qint64 received)
{
    QList<QStringList> table {{heading, QCoreApplication::translate("loketctl", "COUNT"), QCoreApplication::translate("loketctl", "SHARE")}};
    for (const ReportCount &c : rows)
        table << QStringList {c.label, count(c.count), percent(shareOf(c.count, received))};
    o << '\n';
    printTable(o, table, Columns::NumbersRight);
}

void printReport(QTextStream &o, const ComplaintMonthReport &r)
{
    o << QCoreApplication::translate("loketctl", "Complaint report for %1 (state as of %2)").arg(ComplaintReport::monthName(r.month), dayText(r.asOf))
      << "\n\n";
    printTable(o,
        {{QCoreApplication::translate("loketctl", "Received"), count(r.received)},
            {QCoreApplication::translate("loketctl", "Followed up to completion"), count(r.completed) + QStringLiteral(" (") + percent(r.completedShare())
                    + QStringLiteral(")")},
            {QCoreApplication::translate("loketctl", "Past the settlement deadline"),
                QCoreApplication::translate("loketctl", "%1 (answered late %2, still open %3)")
                    .arg(count(r.overdue()), count(r.overdueAnsweredLate), count(r.overdueOpen))}});
    printCounts(o, QCoreApplication::translate("loketctl", "CHANNEL"), r.byChannel, r.received);
    printCounts(o, QCoreApplication::translate("loketctl", "TYPE"), r.byType, r.received);
    printCounts(o, QCoreApplication::translate("loketctl", "TIER"), r.byTier, r.received);
    if (!r.byService.isEmpty())
        printCounts(o, QCoreApplication::translate("loketctl", "SERVICE"), r.byService, r.received);
    printCounts(o, QCoreApplication::translate("loketctl", "STATE"), r.byState, r.received);
    printCounts(o, QCoreApplication::translate("loketctl", "FIRST RESPONSE"), r.responseTime, r.received);
    QList<QStringList> table {
        {QCoreApplication::translate("loketctl", "DEADLINE"), QCoreApplication::translate("loketctl", "IN TIME"), QCoreApplication::translate("loketctl", "LATE"), QCoreApplication::translate("loketctl", "MISSED, OPEN"), QCoreApplication::translate("loketctl", "NOT YET DUE"), QCoreApplication::translate("loketctl", "NOT NEEDED")}};
    for (const ReportDeadline &d : r.deadlines) {
        table << QStringList {d.label, count(d.metInTime), count(d.metLate), count(d.missedOpen), count(d.pending),
            count(d.notNeeded)};
    }
    o << '\n';
    printTable(o, table, Columns::NumbersRight);
}

} // namespace

int complaintReport(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QString(), QStringLiteral("YYYY-MM"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QString(), QStringLiteral("FILE"));
    parser.addOptions({month, pdf, xlsx});
    if (!cli.parse(parser, args, complaintCommand()))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint report takes no arguments besides its options."), complaintCommand());
    if (!parser.isSet(month))
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint report needs --month YYYY-MM (for example --month 2026-12)."),
                             complaintCommand());
    const auto first = monthOf(parser.value(month));
    if (!first) {
        return cli.failUsage(QCoreApplication::translate("loketctl", "\"%1\" is not a month: give it as YYYY-MM, the month from 01 to 12 "
                                "(for example --month 2026-12).")
                                 .arg(parser.value(month).left(40)),
                             complaintCommand());
    }
    for (const QCommandLineOption *file : {&pdf, &xlsx}) {
        if (parser.isSet(*file) && parser.value(*file).trimmed().isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--%1 needs a file name.").arg(file->names().first()), complaintCommand());
    }

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    auto made = ComplaintReport(db, cli.clock()).month(*actor, *first);
    if (!made)
        return cli.fail(made.error());
    const ComplaintMonthReport &r = made.value();

    auto office = OfficeService(db, cli.clock()).get();
    const OfficeProfile profile = office ? office.value() : OfficeProfile {};
    QJsonObject json = reportJson(r);
    QStringList written;
    if (parser.isSet(pdf)) {
        auto pages = ComplaintReportPdf(profile, r.asOf).write(parser.value(pdf), r);
        if (!pages)
            return cli.fail(pages.error());
        const QString path = QFileInfo(parser.value(pdf)).absoluteFilePath();
        json.insert(QStringLiteral("pdf"), path);
        json.insert(QStringLiteral("pages"), pages.value());
        written << QCoreApplication::translate("loketctl", "The report was written to %1 (PDF, A4, %n page(s)).", nullptr, pages.value()).arg(path);
    }
    if (parser.isSet(xlsx)) {
        if (Status s = ComplaintReportXlsx::write(parser.value(xlsx), r, profile.name); !s)
            return cli.fail(s.error());
        const QString path = QFileInfo(parser.value(xlsx)).absoluteFilePath();
        json.insert(QStringLiteral("xlsx"), path);
        written << QCoreApplication::translate("loketctl", "The report was written to %1 (spreadsheet).").arg(path);
    }
    if (cli.json) {
        cli.printJson(json);
        return ExitOk;
    }
    QTextStream &o = cli.out();
    printReport(o, r);
    for (const QString &line : written)
        o << '\n' << line;
    if (!written.isEmpty())
        o << '\n';
    o.flush();
    return ExitOk;
}

} // namespace loket::cli
