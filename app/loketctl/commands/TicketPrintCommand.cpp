// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loketctl/commands/TicketPrintCommand.h"

#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/kiosk/PrinterSettings.h"
#include "core/kiosk/TicketPrintout.h"
#include "core/printing/EscPosEncoder.h"
#include "core/storage/SettingsStore.h"
#include "print/ticket/TicketPdf.h"
#include "print/raw/RawPrinterPort.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace loket::cli {

namespace {

// "HOST:PORT" names a network printer; anything with a slash, or without a port, is a file.
bool isNetworkTarget(const QString &target)
{
    return !target.contains(QLatin1Char('/')) && target.contains(QLatin1Char(':'))
        && PrinterSettings::parseAddress(target).has_value();
}

} // namespace

int printTicketCommand(Cli &cli, const QStringList &args, const Command &command)
{
    QCommandLineParser parser;
    const QCommandLineOption escposOption(QStringLiteral("escpos"), QString(), QStringLiteral("TARGET"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QString(), QStringLiteral("MM"));
    const QCommandLineOption qrOption(QStringLiteral("qr"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOptions({ escposOption, paperOption, qrOption, pdfOption });
    if (!cli.parse(parser, args, command))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give the ticket: ticket print ID."), command);
    DatabasePtr db = cli.database();
    if (!db)
        return ExitError;

    PrinterSettings settings = PrinterSettings::load(SettingsStore(db));
    if (parser.isSet(paperOption)) {
        const QString mm = parser.value(paperOption).trimmed();
        if (mm != QLatin1String("58") && mm != QLatin1String("80"))
            return cli.failUsage(QCoreApplication::translate("loketctl", "--paper is 58 or 80 (mm)."), command);
        settings.paper = mm == QLatin1String("58") ? PaperWidth::Mm58 : PaperWidth::Mm80;
    }
    if (parser.isSet(qrOption)) {
        const auto mode = qrPrintModeFromCode(parser.value(qrOption));
        if (!mode)
            return cli.failUsage(QCoreApplication::translate("loketctl", "--qr is native, raster or none."), command);
        settings.qrMode = *mode;
    }
    if (parser.isSet(pdfOption)) {
        // The ticket as the system printer would print it, on an 80 or 58 mm roll page.
        const QString file = parser.value(pdfOption).trimmed();
        if (file.isEmpty())
            return cli.failUsage(QCoreApplication::translate("loketctl", "--pdf needs a file name."), command);
        auto layout = TicketPrintout(db, cli.clock()).layout(parser.positionalArguments().first(), settings.paper);
        if (!layout)
            return cli.fail(layout.error());
        if (Status written = TicketPdf::write(layout.value(), file); !written)
            return cli.fail(written.error());
        if (cli.json) {
            cli.printJson(QJsonObject { { QStringLiteral("ticket"), layout->number }, { QStringLiteral("pdf"), file } });
            return ExitOk;
        }
        cli.out() << QCoreApplication::translate("loketctl", "Ticket %1 written to %2 (PDF).").arg(layout->number, file)
                  << Qt::endl;
        return ExitOk;
    }

    QString target;
    if (parser.isSet(escposOption)) {
        target = parser.value(escposOption).trimmed();
        if (target.isEmpty())
            return cli.failUsage(
                QCoreApplication::translate("loketctl", "--escpos needs a file or HOST:PORT."), command);
    } else if (settings.kind == PrinterKind::EscPosDevice) {
        target = settings.device;
    } else if (settings.kind == PrinterKind::EscPosNetwork) {
        target = settings.host.contains(QLatin1Char(':')) ? settings.host : settings.host + QStringLiteral(":9100");
    } else {
        return cli.fail(makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("loketctl",
                "Loket's printer is set to \"%1\"; loketctl prints only ESC/POS. Give --escpos FILE or HOST:PORT, "
                "or print from the Loket application.")
                .arg(printerKindDisplayName(settings.kind))));
    }

    auto layout = TicketPrintout(db, cli.clock()).layout(parser.positionalArguments().first(), settings.paper);
    if (!layout)
        return cli.fail(layout.error());
    EscPosOptions options;
    options.qrMode = settings.qrMode;
    auto bytes = EscPosEncoder(options).encode(layout.value());
    if (!bytes)
        return cli.fail(bytes.error());
    const Status sent = isNetworkTarget(target)
        ? RawPrinterPort::send(*PrinterSettings::parseAddress(target), bytes.value())
        : RawPrinterPort::writeFile(target, bytes.value());
    if (!sent)
        return cli.fail(sent.error());
    if (cli.json) {
        cli.printJson(QJsonObject { { QStringLiteral("ticket"), layout->number }, { QStringLiteral("target"), target },
            { QStringLiteral("bytes"), bytes->size() } });
        return ExitOk;
    }
    cli.out() << QCoreApplication::translate("loketctl", "Ticket %1 sent to %2 (%3 bytes of ESC/POS).")
                     .arg(layout->number, target)
                     .arg(bytes->size())
              << Qt::endl;
    return ExitOk;
}

} // namespace loket::cli
