// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace loket::cli {

class Cli;
struct Command;

// loketctl ticket print ID [--escpos FILE|HOST:PORT] [--paper 58|80] [--qr native|raster|none]:
// the ticket's printout as ESC/POS bytes, to a file, a printer's device file
// or a network printer (default: the ESC/POS printer in Loket's settings).
int printTicketCommand(Cli &cli, const QStringList &args, const Command &command);

} // namespace loket::cli
