// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/TextIndex.h"

namespace loket {

// TextIndex on PostgreSQL: the texts in a table (rowid, summary, body, as
// FTS5 keeps them), and their words folded (the column words, which a GIN
// index of to_tsvector('simple') holds).
// Lower case without accents ("Résumé" → "resume"): how its texts are stored.
QString foldedText(const QString &text);

// Fills the words of rows that have none (copied from a file's FTS5 table).
Status refreshPostgresWords(const Database &db, const QString &table);

std::unique_ptr<TextIndex> makePostgresTextIndex(DatabasePtr db, const QString &table);

} // namespace loket
