// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QString>

#include <optional>

namespace loket::cli {

class Cli;

// What `standard print` puts on paper: the A4 standard with letterhead and
// signature, the one-page poster of its public part, or the office's
// Maklumat Pelayanan.
enum class StandardPrintKind { A4, Poster, Maklumat };
std::optional<StandardPrintKind> standardPrintKindFromCode(const QString &code); // "a4", "poster", "maklumat"

// loketctl standard print CODE --pdf FILE [--kind a4|poster] [--version N] [--date D],
// loketctl standard print --kind maklumat --pdf FILE:
// the printout as a PDF on A4, painted by print/ exactly as the application
// prints it (no display needed). The version is chosen as `standard show`
// chooses it. With --json: the file's path, its pages, the kind and the version.
int printStandard(Cli &cli, const DatabasePtr &db, const Actor &reader, StandardPrintKind kind,
    const QString &code, const QString &file, std::optional<int> number, QDate date);

} // namespace loket::cli
