// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/TextIndex.h"

namespace loket {

// TextIndex on PostgreSQL: the folded texts in a table (rowid, summary,
// body) with a GIN index of their words (to_tsvector 'simple').
// Lower case without accents ("Résumé" → "resume"): how its texts are stored.
QString foldedText(const QString &text);

std::unique_ptr<TextIndex> makePostgresTextIndex(DatabasePtr db, const QString &table);

} // namespace loket
