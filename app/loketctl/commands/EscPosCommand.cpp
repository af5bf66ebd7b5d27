// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// loketctl escpos FILE: what a file of ESC/POS bytes would print, for checking
// a ticket sent with "ticket print --escpos FILE" without a printer.
#include "app/loketctl/Cli.h"
#include "app/loketctl/CommandRegistry.h"
#include "core/printing/EscPosDecoder.h"

#include <QFile>

using namespace loket;
using namespace loket::cli;

namespace {

int runEscPos(Cli &cli, QStringList args)
{
    const Command &self = *CommandRegistry::instance().find(QStringLiteral("escpos"));
    if (args.size() != 1)
        return cli.failUsage(QCoreApplication::translate("loketctl", "give one file of ESC/POS bytes."), self);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return cli.fail(makeError(ErrorCode::Io, QCoreApplication::translate("loketctl", "%1 cannot be read: %2")
                                                     .arg(args.first(), file.errorString())));
    }
    const QByteArray bytes = file.readAll();
    cli.out() << EscPosDecoder::dump(bytes) << Qt::endl;
    return ExitOk;
}

} // namespace

LOKET_COMMAND({
    .name = QStringLiteral("escpos"),
    .summary = QT_TRANSLATE_NOOP("loketctl", "show what a file of ESC/POS printer bytes prints, command by command"),
    .usage = QT_TRANSLATE_NOOP("loketctl",
                               "Usage: loketctl escpos FILE\n\n"
                               "Reads ESC/POS bytes (e.g. written by \"loketctl ticket print ID --escpos FILE\") and "
                               "prints them as readable text with each printer command named: [INIT], [ALIGN center], "
                               "[SIZE 4x4], the text lines, [QR …] with its payload, [CUT]. Needs no database."),
    .needsDatabase = false,
    .run = runEscPos,
});
