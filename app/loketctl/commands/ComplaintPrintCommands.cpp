// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl complaint receipt|letter: the receipt for the complainant (ESC/POS
// for the ticket printer, or an A5 PDF) and the response letter (A4 PDF).
#include "app/loketctl/commands/ComplaintCli.h"
#include "core/common/PrivateFiles.h"
#include "core/complaints/ComplaintReceipt.h"
#include "core/complaints/ResponseLetter.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/printing/EscPosEncoder.h"
#include "core/storage/SettingsStore.h"
#include "print/complaints/ComplaintReceiptPdf.h"
#include "print/complaints/ResponseLetterPdf.h"
#include "print/raw/RawPrinterPort.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace loket;

namespace loket::cli {

namespace {

// The acting user and the complaint service; reports the error itself.
struct Session {
    DatabasePtr db;
    std::optional<Actor> actor;
};

Session open(Cli &cli)
{
    Session s;
    s.db = cli.database();
    if (!s.db)
        return s;
    s.actor = cli.actor();
    return s;
}

int written(
    Cli &cli, const QString &number, const QString &kind, const QString &file, int pagesOrBytes, const QString &text)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (cli.json) {
        QJsonObject o { { QStringLiteral("number"), number }, { kind, path } };
        o.insert(kind == QLatin1String("escpos") ? QStringLiteral("bytes") : QStringLiteral("pages"), pagesOrBytes);
        cli.printJson(o);
        return ExitOk;
    }
    cli.out() << text.arg(number, path) << Qt::endl;
    return ExitOk;
}

} // namespace

int complaintReceipt(Cli &cli, const QStringList &args)
{
    const Command &cmd = complaintCommand();
    QCommandLineParser parser;
    const QCommandLineOption escpos(QStringLiteral("escpos"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"), QString(), QStringLiteral("MM"));
    parser.addOptions({ escpos, pdf, paper });
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "complaint receipt takes one register number."), cmd);
    if (parser.isSet(escpos) == parser.isSet(pdf))
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "complaint receipt needs --escpos FILE or --pdf FILE."), cmd);
    const QString file = (parser.isSet(pdf) ? parser.value(pdf) : parser.value(escpos)).trimmed();
    if (file.isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "--escpos and --pdf need a file name."), cmd);
    if (parser.isSet(paper) && parser.value(paper) != QLatin1String("58") && parser.value(paper) != QLatin1String("80"))
        return cli.failUsage(QCoreApplication::translate("loketctl", "--paper is 58 or 80 (mm)."), cmd);

    Session s = open(cli);
    if (!s.actor)
        return cli.lastExit();
    ComplaintService complaints(s.db, cli.clock());
    // Everything is read before a file is made: an unknown complaint writes nothing.
    auto receipt = ComplaintReceipt::gather(s.db, complaints, *s.actor, parser.positionalArguments().first());
    if (!receipt)
        return cli.fail(receipt.error());

    if (parser.isSet(pdf)) {
        auto pages = ComplaintReceiptPdf::write(receipt.value(), file);
        if (!pages)
            return cli.fail(pages.error());
        return written(cli, receipt->number, QStringLiteral("pdf"), file, pages.value(),
            QCoreApplication::translate("loketctl", "The receipt of complaint %1 was written to %2 (PDF, A5)."));
    }
    const PrinterSettings settings = PrinterSettings::load(SettingsStore(s.db));
    PaperWidth width = settings.paper;
    if (parser.isSet(paper))
        width = parser.value(paper) == QLatin1String("58") ? PaperWidth::Mm58 : PaperWidth::Mm80;
    auto bytes = EscPosEncoder().encode(receipt->slip(width));
    if (!bytes)
        return cli.fail(bytes.error());
    if (Status sent = RawPrinterPort::writeFile(file, bytes.value()); !sent)
        return cli.fail(sent.error());
    if (QFileInfo(file).isFile())
        privatefiles::makePrivate(file); // it names a complaint
    return written(cli, receipt->number, QStringLiteral("escpos"), file, int(bytes->size()),
        QCoreApplication::translate("loketctl", "The receipt of complaint %1 was written to %2 (ESC/POS)."));
}

int complaintLetter(Cli &cli, const QStringList &args)
{
    const Command &cmd = complaintCommand();
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOption(pdf);
    if (!cli.parse(parser, args, cmd))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(
            QCoreApplication::translate("loketctl", "complaint letter takes one register number."), cmd);
    const QString file = parser.value(pdf).trimmed();
    if (file.isEmpty())
        return cli.failUsage(QCoreApplication::translate("loketctl", "complaint letter needs --pdf FILE."), cmd);

    Session s = open(cli);
    if (!s.actor)
        return cli.lastExit();
    ComplaintService complaints(s.db, cli.clock());
    auto letter = LetterData::gather(s.db, complaints, *s.actor, parser.positionalArguments().first());
    if (!letter)
        return cli.fail(letter.error());
    auto pages = ResponseLetterPdf::write(letter.value(), file);
    if (!pages)
        return cli.fail(pages.error());
    if (cli.json) {
        cli.printJson(QJsonObject { { QStringLiteral("number"), letter->complaintNumber },
            { QStringLiteral("pdf"), QFileInfo(file).absoluteFilePath() }, { QStringLiteral("pages"), pages.value() },
            { QStringLiteral("letter_number"), letter->letterNumber } });
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl",
        "The response letter to complaint %1 was written to %2 (PDF, A4, %n page(s)).", nullptr, pages.value())
                     .arg(letter->complaintNumber, QFileInfo(file).absoluteFilePath())
              << Qt::endl;
    return ExitOk;
}

} // namespace loket::cli
