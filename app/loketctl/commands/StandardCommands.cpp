// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl standard: the register of service standards (Standar Pelayanan).
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "app/loketctl/commands/StandardCliSupport.h"
#include "app/loketctl/commands/StandardPrintCommand.h"
#include "core/catalog/OfficeService.h"
#include "core/common/OfficeTime.h"
#include "core/standards/ReviewSchedule.h"
#include "core/standards/StandardCompliance.h"
#include "core/standards/StandardRegister.h"
#include "core/standards/StandardService.h"
#include "core/standards/StandardsCsv.h"
#include "core/standards/StandardsJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

using namespace loket;
using namespace loket::cli;
using namespace loket::cli::standardcli;

namespace {

const Command &self()
{
    return *CommandRegistry::instance().find(QStringLiteral("standard"));
}

// Reading the register needs no sign-in: a standard is a public document
// (UU 25/2009 art. 21). With --user, the reads are made as that user.
std::optional<Actor> reader(Cli &cli)
{
    if (!cli.username.isEmpty())
        return cli.actor();
    return Actor::system();
}

QDate officeToday(Cli &cli, const DatabasePtr &db)
{
    auto office = OfficeService(db, cli.clock()).get();
    const OfficeTime time(office ? office->timeZone : OfficeTimeZone::WIB);
    return time.localDate(cli.clock().nowUtc());
}

// --date D, or the office's today; nullopt after a usage error.
std::optional<QDate> dateOption(
    Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option, const DatabasePtr &db)
{
    if (!parser.isSet(option))
        return officeToday(cli, db);
    const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!d.isValid()) {
        cli.failUsage(
            QCoreApplication::translate("loketctl", "--%1 needs a date like 2026-11-23.").arg(option.names().first()),
            self());
        return std::nullopt;
    }
    return d;
}

int list(Cli &cli, const DatabasePtr &db, QDate date)
{
    auto actor = reader(cli);
    if (!actor)
        return cli.lastExit();
    auto rows = StandardService(db, cli.clock()).list(*actor, date);
    if (!rows)
        return cli.fail(rows.error());
    auto schedule = ReviewSchedule(db).schedule(*actor, date);
    if (!schedule)
        return cli.fail(schedule.error());
    QHash<qint64, ReviewDue> due;
    for (const ReviewDue &r : schedule.value())
        due.insert(r.service.id, r);
    if (cli.json) {
        QJsonArray a;
        for (const StandardSummary &s : rows.value()) {
            QJsonObject o { { QStringLiteral("code"), s.service.code }, { QStringLiteral("name"), s.service.name },
                { QStringLiteral("active"), s.service.active }, { QStringLiteral("versions"), s.versionCount },
                { QStringLiteral("filled_components"), s.filledComponents } };
            o.insert(QStringLiteral("version_in_force"), s.inForce ? QJsonValue(s.inForce->number) : QJsonValue());
            o.insert(QStringLiteral("decree_number"), s.inForce ? QJsonValue(s.inForce->decreeNumber) : QJsonValue());
            o.insert(QStringLiteral("effective_from"), isoDate(s.inForce ? s.inForce->effectiveFrom : QDate()));
            o.insert(QStringLiteral("draft_version"), s.draft ? QJsonValue(s.draft->number) : QJsonValue());
            const auto r = due.constFind(s.service.id);
            o.insert(QStringLiteral("review_due"), isoDate(r != due.cend() ? r->dueOn : QDate()));
            o.insert(
                QStringLiteral("review_state"), r != due.cend() ? QJsonValue(reviewStateCode(r->state)) : QJsonValue());
            a << o;
        }
        cli.printJson(a);
        return ExitOk;
    }
    QList<QStringList> table { { QCoreApplication::translate("loketctl", "CODE"),
        QCoreApplication::translate("loketctl", "IN FORCE"), QCoreApplication::translate("loketctl", "DECREE"),
        QCoreApplication::translate("loketctl", "FROM"), QCoreApplication::translate("loketctl", "DRAFT"),
        QCoreApplication::translate("loketctl", "FILLED"), QCoreApplication::translate("loketctl", "REVIEW DUE"),
        QCoreApplication::translate("loketctl", "NAME") } };
    for (const StandardSummary &s : rows.value()) {
        const auto r = due.constFind(s.service.id);
        QString review = r != due.cend() ? dateText(r->dueOn) : QStringLiteral("-");
        if (r != due.cend() && r->state == ReviewState::Overdue)
            review += QLatin1Char(' ') + QCoreApplication::translate("loketctl", "(overdue)");
        table << QStringList { s.service.code,
            s.inForce ? QStringLiteral("v%1").arg(s.inForce->number) : QStringLiteral("-"),
            s.inForce ? s.inForce->decreeNumber : QStringLiteral("-"),
            s.inForce ? dateText(s.inForce->effectiveFrom) : QStringLiteral("-"),
            s.draft ? QStringLiteral("v%1").arg(s.draft->number) : QStringLiteral("-"),
            QStringLiteral("%1/14").arg(s.filledComponents), review, s.service.name };
    }
    printTable(cli.out(), table);
    return ExitOk;
}

int show(Cli &cli, const DatabasePtr &db, const QString &code, std::optional<int> number, QDate date)
{
    auto actor = reader(cli);
    if (!actor)
        return cli.lastExit();
    auto picked = chooseVersion(db, cli.clock(), *actor, code, number, date);
    if (!picked)
        return cli.fail(picked.error());
    const StandardVersion *chosen = &picked->version;
    const QList<StandardVersion> &history = picked->history;
    if (cli.json) {
        QJsonObject o = StandardsJson::versionJson(*chosen);
        o.insert(QStringLiteral("missing_components"), [&] {
            QJsonArray a;
            for (StandardComponent c : chosen->content.missingComponents())
                a << standardComponentCode(c);
            return a;
        }());
        QJsonArray versions;
        for (const StandardVersion &h : history) {
            versions << QJsonObject { { QStringLiteral("version"), h.number },
                { QStringLiteral("status"), versionStatusCode(h.status) },
                { QStringLiteral("decree_number"), h.decreeNumber },
                { QStringLiteral("effective_from"), isoDate(h.effectiveFrom) },
                { QStringLiteral("effective_to"), isoDate(h.effectiveTo) } };
        }
        o.insert(QStringLiteral("versions"), versions);
        cli.printJson(o);
        return ExitOk;
    }
    printVersion(cli.out(), *chosen, history);
    return ExitOk;
}

int exportRegister(Cli &cli, const DatabasePtr &db, const QString &format, const QString &to, QDate date)
{
    auto actor = reader(cli);
    if (!actor)
        return cli.lastExit();
    const Result<QByteArray> bytes = format == QLatin1String("csv")
        ? StandardsCsv(db, cli.clock()).exportCsv(*actor, date)
        : StandardsJson(db, cli.clock()).exportJson(*actor);
    if (!bytes)
        return cli.fail(bytes.error());
    if (to.isEmpty() || to == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cli.fail(
                makeError(ErrorCode::Io, QCoreApplication::translate("loketctl", "Cannot write to standard output.")));
        out.write(bytes.value());
        return ExitOk;
    }
    QSaveFile file(to);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return cli.fail(makeError(ErrorCode::Io,
            QCoreApplication::translate("loketctl", "Cannot write %1 (%2). Check the folder exists and is writable.")
                .arg(to, file.errorString())));
    }
    if (cli.json)
        cli.printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(to).absoluteFilePath() },
            { QStringLiteral("format"), format }, { QStringLiteral("bytes"), qint64(bytes->size()) } });
    else
        cli.out() << QCoreApplication::translate("loketctl", "Standards exported to %1").arg(to) << Qt::endl;
    return ExitOk;
}

int importRegister(Cli &cli, const DatabasePtr &db, const QString &path, QString format, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::NotFound,
            QCoreApplication::translate("loketctl", "Cannot read %1 (%2).").arg(path, file.errorString())));
    const QByteArray bytes = file.readAll();
    if (format.isEmpty())
        format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                           : QStringLiteral("json");
    const bool csv = format == QLatin1String("csv");

    // Problems are shown before anyone signs in: a typo in the file costs no password.
    const QList<ImportProblem> problems
        = csv ? StandardsCsv(db, cli.clock()).check(bytes) : StandardsJson(db, cli.clock()).check(bytes);
    if (!problems.isEmpty()) {
        const Error error = importProblemsError(problems);
        cli.err() << "loketctl: " << error.message << Qt::endl;
        if (cli.json) {
            QJsonArray a;
            for (const ImportProblem &p : problems) {
                a << QJsonObject { { QStringLiteral("where"), p.where }, { QStringLiteral("field"), p.field },
                    { QStringLiteral("message"), p.message } };
            }
            cli.printJson(QJsonObject { { QStringLiteral("error"), errorCodeName(error.code) },
                { QStringLiteral("message"), error.message }, { QStringLiteral("problems"), a } });
        }
        return ExitError;
    }
    auto actor = dryRun ? reader(cli) : cli.actor();
    if (!actor)
        return cli.lastExit();
    auto report = csv ? StandardsCsv(db, cli.clock()).importCsv(*actor, bytes, dryRun)
                      : StandardsJson(db, cli.clock()).importJson(*actor, bytes, dryRun);
    if (!report)
        return cli.fail(report.error());
    const StandardsImportReport &r = report.value();
    if (cli.json) {
        cli.printJson(QJsonObject { { QStringLiteral("dry_run"), r.dryRun }, { QStringLiteral("format"), format },
            { QStringLiteral("services"), QJsonArray::fromStringList(r.serviceCodes) },
            { QStringLiteral("versions"), r.versions }, { QStringLiteral("replaced_versions"), r.replacedVersions },
            { QStringLiteral("consultations"), r.consultations }, { QStringLiteral("publications"), r.publications },
            { QStringLiteral("reviews"), r.reviews }, { QStringLiteral("maklumat"), r.maklumat },
            { QStringLiteral("deleted"),
                QJsonObject { { QStringLiteral("versions"), r.deletedVersions },
                    { QStringLiteral("in_force"), r.deletedInForce },
                    { QStringLiteral("consultations"), r.deletedConsultations },
                    { QStringLiteral("publications"), r.deletedPublications },
                    { QStringLiteral("reviews"), r.deletedReviews },
                    { QStringLiteral("lines"), QJsonArray::fromStringList(r.deletions) } } } });
        return ExitOk;
    }
    QTextStream &out = cli.out();
    if (csv) {
        out << (r.dryRun ? QCoreApplication::translate(
                    "loketctl", "The file is fine. Importing it would write the drafts of %1 service(s): %2")
                         : QCoreApplication::translate("loketctl",
                             "Drafts written for %1 service(s): %2. Set them with \"loketctl standard set\"."))
                   .arg(r.services)
                   .arg(r.serviceCodes.join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitOk;
    }
    out << (r.dryRun ? QCoreApplication::translate(
                "loketctl", "The file is fine. Importing it would replace the register of %1 service(s): %2")
                     : QCoreApplication::translate("loketctl", "Imported the register of %1 service(s): %2"))
               .arg(r.services)
               .arg(r.serviceCodes.join(QStringLiteral(", ")))
        << '\n'
        << QCoreApplication::translate(
               "loketctl", "  %1 versions (replacing %2), %3 consultations, %4 publications, %5 reviews%6")
               .arg(r.versions)
               .arg(r.replacedVersions)
               .arg(r.consultations)
               .arg(r.publications)
               .arg(r.reviews)
               .arg(r.maklumat ? QCoreApplication::translate("loketctl", ", and the Maklumat Pelayanan") : QString())
        << Qt::endl;
    if (r.deletions.isEmpty()) {
        out << (r.dryRun ? QCoreApplication::translate("loketctl", "  Nothing would be deleted.")
                         : QCoreApplication::translate("loketctl", "  Nothing was deleted."))
            << Qt::endl;
    } else {
        out << (r.dryRun ? QCoreApplication::translate("loketctl",
                               "  It would delete %1 version(s) (%2 of them in force or once in force), %3 "
                               "publication(s), %4 review(s), %5 consultation(s):")
                         : QCoreApplication::translate("loketctl",
                               "  Deleted %1 version(s) (%2 of them in force or once in force), %3 publication(s), "
                               "%4 review(s), %5 consultation(s):"))
                   .arg(r.deletedVersions)
                   .arg(r.deletedInForce)
                   .arg(r.deletedPublications)
                   .arg(r.deletedReviews)
                   .arg(r.deletedConsultations)
            << '\n';
        for (const QString &line : r.deletions)
            out << "    - " << line << '\n';
        out.flush();
    }
    return ExitOk;
}

int setStandard(Cli &cli, const DatabasePtr &db, const QString &code, const Decree &decree)
{
    StandardService standards(db, cli.clock());
    auto svc = standards.service(code);
    if (!svc)
        return cli.fail(svc.error());
    auto previous = standards.versionInForce(svc->id, decree.effectiveFrom.addDays(-1));
    auto actor = cli.actor();
    if (!actor)
        return cli.lastExit();
    auto set = standards.setStandard(*actor, svc->id, decree);
    if (!set)
        return cli.fail(set.error());
    if (cli.json) {
        cli.printJson(StandardsJson::versionJson(set.value()));
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "%1: version %2 set by decree %3 of %4, in force from %5.")
                     .arg(set->service.code)
                     .arg(set->number)
                     .arg(set->decreeNumber, dateText(set->decreeDate), dateText(set->effectiveFrom))
              << Qt::endl;
    if (previous && previous.value())
        cli.out() << QCoreApplication::translate("loketctl", "Version %1 is in force until %2.")
                         .arg(previous.value()->number)
                         .arg(dateText(decree.effectiveFrom.addDays(-1)))
                  << Qt::endl;
    return ExitOk;
}

int reviewDue(Cli &cli, const DatabasePtr &db, QDate date, int within)
{
    auto actor = reader(cli);
    if (!actor)
        return cli.lastExit();
    ReviewSchedule schedule(db);
    auto due = schedule.dueOrOverdue(*actor, date, within);
    if (!due)
        return cli.fail(due.error());
    if (cli.json) {
        QJsonArray a;
        for (const ReviewDue &r : due.value()) {
            a << QJsonObject { { QStringLiteral("code"), r.service.code }, { QStringLiteral("name"), r.service.name },
                { QStringLiteral("state"), reviewStateCode(r.state) }, { QStringLiteral("due_on"), isoDate(r.dueOn) },
                { QStringLiteral("days_overdue"), r.daysOverdue },
                { QStringLiteral("last_review"), isoDate(r.lastReview) },
                { QStringLiteral("set_on"), isoDate(r.setOn) }, { QStringLiteral("version"), r.versionNumber } };
        }
        cli.printJson(a);
        return ExitOk;
    }
    if (due->isEmpty()) {
        cli.out() << QCoreApplication::translate("loketctl", "No standard is due for review on %1 (period: %2 months).")
                         .arg(dateText(date))
                         .arg(schedule.periodMonths())
                  << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "CODE"),
        QCoreApplication::translate("loketctl", "STATE"), QCoreApplication::translate("loketctl", "DUE ON"),
        QCoreApplication::translate("loketctl", "LAST REVIEW"), QCoreApplication::translate("loketctl", "SET ON"),
        QCoreApplication::translate("loketctl", "NAME") } };
    for (const ReviewDue &r : due.value()) {
        rows << QStringList { r.service.code,
            r.state == ReviewState::Overdue
                ? QCoreApplication::translate("loketctl", "overdue by %1 days").arg(r.daysOverdue)
                : QCoreApplication::translate("loketctl", "due"),
            dateText(r.dueOn),
            r.lastReview.isValid() ? dateText(r.lastReview) : QCoreApplication::translate("loketctl", "never"),
            dateText(r.setOn), r.service.name };
    }
    printTable(cli.out(), rows);
    return ExitOk;
}

int compliance(Cli &cli, const DatabasePtr &db, QDate date)
{
    auto actor = reader(cli);
    if (!actor)
        return cli.lastExit();
    auto summary = StandardCompliance(db).summary(*actor, date);
    if (!summary)
        return cli.fail(summary.error());
    const ComplianceSummary &s = summary.value();
    if (cli.json) {
        cli.printJson(complianceJson(s));
        return ExitOk;
    }
    const QString yes = yesNo(true), no = yesNo(false);
    QList<QStringList> rows { { QCoreApplication::translate("loketctl", "CODE"),
        QCoreApplication::translate("loketctl", "FILLED"), QCoreApplication::translate("loketctl", "DECREE"),
        QCoreApplication::translate("loketctl", "CONSULTED"), QCoreApplication::translate("loketctl", "MEDIA"),
        QCoreApplication::translate("loketctl", "SIPPN"), QCoreApplication::translate("loketctl", "REVIEWED"),
        QCoreApplication::translate("loketctl", "MET") } };
    for (const ServiceCompliance &c : s.services) {
        rows << QStringList { c.service.code, QStringLiteral("%1/14").arg(c.filledComponents),
            c.setByDecree ? c.decreeNumber : no,
            c.consulted() ? QCoreApplication::translate("loketctl", "%1 groups").arg(c.consultationGroups) : no,
            QString::number(c.publicationMedia), c.onSippn ? yes : no, c.reviewedInPeriod ? dateText(c.lastReview) : no,
            QStringLiteral("%1/5").arg(c.criteriaMet()) };
    }
    printTable(cli.out(), rows);
    cli.out() << '\n'
              << QCoreApplication::translate("loketctl",
                     "On %1, of %2 services: %3 complete, %4 set by decree, %5 consulted, %6 published on 4+ media and "
                     "SIPPN, %7 reviewed in the last %8 months; %9 meet every criterion.")
                     .arg(dateText(s.date))
                     .arg(s.serviceCount)
                     .arg(s.complete)
                     .arg(s.set)
                     .arg(s.consulted)
                     .arg(s.publishedFully)
                     .arg(s.reviewed)
                     .arg(s.reviewMonths)
                     .arg(s.fullyCompliant)
              << '\n'
              << QCoreApplication::translate("loketctl", "Maklumat Pelayanan: %1, published on %2 media.")
                     .arg(s.maklumatSigned ? QCoreApplication::translate("loketctl", "signed")
                                           : QCoreApplication::translate("loketctl", "not signed yet"))
                     .arg(s.maklumatMedia)
              << Qt::endl;
    return ExitOk;
}

int run(Cli &cli, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    QCommandLineParser parser;
    const QCommandLineOption dateOpt(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QString(), QStringLiteral("N"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QString(), QStringLiteral("json|csv"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"), QString());
    const QCommandLineOption decreeOpt(QStringLiteral("decree"), QString(), QStringLiteral("NO"));
    const QCommandLineOption decreeDateOpt(QStringLiteral("decree-date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption effectiveOpt(QStringLiteral("effective"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption withinOpt(
        QStringLiteral("within"), QString(), QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption pdfOpt(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), QString(), QStringLiteral("a4|poster|maklumat"));
    parser.addOptions({ dateOpt, versionOpt, formatOpt, toOpt, dryRunOpt, decreeOpt, decreeDateOpt, effectiveOpt,
        withinOpt, pdfOpt, kindOpt });
    if (!cli.parse(parser, args, self()))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const QStringList known { QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("export"),
        QStringLiteral("import"), QStringLiteral("set"), QStringLiteral("review-due"), QStringLiteral("compliance"),
        QStringLiteral("print") };
    if (!known.contains(sub)) {
        return cli.failUsage(QCoreApplication::translate("loketctl",
                                 "give a subcommand: list, show, export, import, set, review-due, compliance or print."),
            self());
    }
    std::optional<StandardPrintKind> printKind;
    if (sub == QLatin1String("print")) {
        printKind = standardPrintKindFromCode(parser.isSet(kindOpt) ? parser.value(kindOpt) : QStringLiteral("a4"));
        if (!printKind)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--kind is a4, poster or maklumat."), self());
        if (parser.value(pdfOpt).trimmed().isEmpty())
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "print needs --pdf FILE: the PDF to write."), self());
        // The Maklumat Pelayanan is the office's promise, not one service's.
        if (*printKind == StandardPrintKind::Maklumat && !pos.isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl",
                                     "the Maklumat Pelayanan is the whole office's: give no service code with "
                                     "--kind maklumat."),
                self());
    }
    const bool needsCode = sub == QLatin1String("show") || sub == QLatin1String("set")
        || (printKind && *printKind != StandardPrintKind::Maklumat);
    const bool needsFile = sub == QLatin1String("import");
    if ((needsCode || needsFile) != (pos.size() == 1) || pos.size() > 1) {
        return cli.failUsage(needsFile ? QCoreApplication::translate("loketctl", "give the file to import.")
                : needsCode ? QCoreApplication::translate("loketctl", "give the code of one service, e.g. KK.")
                            : QCoreApplication::translate("loketctl", "%1 takes no argument.").arg(sub),
            self());
    }
    QString format = parser.value(formatOpt).toLower();
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--format is json or csv."), self());
    std::optional<int> number;
    if (parser.isSet(versionOpt)) {
        bool ok = false;
        number = parser.value(versionOpt).toInt(&ok);
        if (!ok || *number < 1)
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "--version needs a version number such as 2."), self());
    }
    bool withinOk = false;
    const int within = parser.value(withinOpt).toInt(&withinOk);
    if (!withinOk || within < 0)
        return cli.failUsage(QCoreApplication::translate("loketctl", "--within needs a number of days."), self());
    Decree decree;
    if (sub == QLatin1String("set")) {
        if (!parser.isSet(decreeOpt) || !parser.isSet(decreeDateOpt) || !parser.isSet(effectiveOpt))
            return cli.failUsage(QCoreApplication::translate(
                                     "loketctl", "set needs --decree NO, --decree-date DATE and --effective DATE."),
                self());
        decree.number = parser.value(decreeOpt);
        decree.date = QDate::fromString(parser.value(decreeDateOpt), Qt::ISODate);
        decree.effectiveFrom = QDate::fromString(parser.value(effectiveOpt), Qt::ISODate);
        if (!decree.date.isValid() || !decree.effectiveFrom.isValid())
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "--decree-date and --effective need dates like 2026-11-23."),
                self());
    }

    DatabasePtr db = cli.database();
    if (!db)
        return cli.lastExit();
    const auto date = dateOption(cli, parser, dateOpt, db);
    if (!date)
        return ExitUsage;

    if (sub == QLatin1String("list"))
        return list(cli, db, *date);
    if (sub == QLatin1String("show"))
        return show(cli, db, pos.first(), number, *date);
    if (sub == QLatin1String("export"))
        return exportRegister(cli, db, format.isEmpty() ? QStringLiteral("json") : format, parser.value(toOpt), *date);
    if (sub == QLatin1String("import"))
        return importRegister(cli, db, pos.first(), format, parser.isSet(dryRunOpt));
    if (sub == QLatin1String("set"))
        return setStandard(cli, db, pos.first(), decree);
    if (sub == QLatin1String("review-due"))
        return reviewDue(cli, db, *date, within);
    if (printKind) {
        auto actor = reader(cli);
        if (!actor)
            return cli.lastExit();
        return printStandard(cli, db, *actor, *printKind, pos.value(0), parser.value(pdfOpt).trimmed(), number, *date);
    }
    return compliance(cli, db, *date);
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("standard"),
    .summary = QT_TRANSLATE_NOOP(
        "loketctl", "service standards: list, show, export, import, set, reviews, compliance, print"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
        "Usage: loketctl [--database FILE] [--user NAME] [--json] standard SUBCOMMAND\n\n"
        "  list [--date D]                     every service with its standard in force, draft and review date\n"
        "  show CODE [--version N] [--date D]  the 14 components of the version in force (or version N)\n"
        "  export [--format json|csv] [--to FILE] [--date D]\n"
        "                                      the whole register as JSON, or the public part (six components)\n"
        "                                      of the versions in force as CSV; to standard output without --to\n"
        "  import FILE [--format json|csv] [--dry-run]\n"
        "                                      JSON replaces the register of the services in the file; CSV writes\n"
        "                                      the six public components into drafts. The whole file is checked\n"
        "                                      first: on any problem nothing changes (see docs/standards-json.md)\n"
        "  set CODE --decree NO --decree-date DATE --effective DATE\n"
        "                                      sets the draft by decree; the version in force ends the day before\n"
        "  review-due [--date D] [--within DAYS]\n"
        "                                      standards overdue for their yearly review, or due within DAYS (30)\n"
        "  compliance [--date D]               what evaluators check, per service and for the office\n"
        "  print CODE --pdf FILE [--kind a4|poster] [--version N] [--date D]\n"
        "                                      the standard on A4 with letterhead and signature (a4), or its\n"
        "                                      public part on one page for the counter wall (poster), as a PDF,\n"
        "                                      printed as the application prints it; the version as for show\n"
        "  print --kind maklumat --pdf FILE    the office's Maklumat Pelayanan on one A4 page, as a PDF\n\n"
        "Dates are YYYY-MM-DD; --date defaults to today in the office's time zone. Reading needs no sign-in\n"
        "(a standard is a public document); import and set need --user with the ManageStandards permission\n"
        "(supervisor or administrator). Exit codes: 0 done, 1 usage, 2 error (an import with problems lists\n"
        "them all), 3 the service has no standard yet (show), 4 not allowed."),
    .needsDatabase = true,
    .run = run,
});
