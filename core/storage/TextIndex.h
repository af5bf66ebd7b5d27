// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace loket {

// Full-text search over the texts of one kind of record (a complaint's
// summary, and its body: what happened, notes, responses). Words match
// whatever their case and accents ("keluhan" finds "Keluhan", "resume" finds
// "résumé"); every word of the query must occur; the last word also matches
// as a prefix ("lamb" finds "lambat"). The engine behind it is the
// database's own: FTS5 on SQLite (a second engine brings its own class).
class TextIndex {
    Q_DECLARE_TR_FUNCTIONS(TextIndex)
public:
    virtual ~TextIndex() = default;

    // Sets the texts of a record (inside the caller's transaction).
    virtual Status put(qint64 id, const QString &summary, const QString &body) const = 0;
    // Adds text to a record's body.
    virtual Status append(qint64 id, const QString &more) const = 0;
    // The ids of matching records, newest first (a help desk's order; ranking
    // every hit of a common word costs too much on years of records), at
    // most `limit`.
    virtual Result<QList<qint64>> search(const QString &query, int limit) const = 0;

    // The index of the complaints' texts for this database.
    static std::unique_ptr<TextIndex> complaints(DatabasePtr db);

    // The words of a query as the index sees them (letters and digits).
    static QStringList words(const QString &query);

protected:
    // Runs a search statement (one column: the record's id) and reads its ids.
    static Result<QList<qint64>> idsOf(const Database &db, QSqlQuery &q);
};

} // namespace loket
