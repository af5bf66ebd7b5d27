// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace loket {

// Moves an office from one database to another, either way between a file
// and a server (the office that gets a server; a copy taken home; a server's
// backup): every row of every table, as it is, ids and the hash chains
// included, read at one moment while the source goes on working. The target
// must be a Loket database at the same schema version holding no office yet
// (what `loketctl db init` leaves). All in one transaction on the target:
// a failure leaves it as it was. Afterwards the rows of every table are
// counted on both sides; a difference fails the copy.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report {
        QList<TableCount> tables;
        qint64 rows = 0;
        qint64 elapsedMs = 0;
    };
    // progress(table, rows copied so far) after each table.
    static Result<Report> copy(const Database &from, const Database &to,
                               const std::function<void(const QString &, qint64)> &progress = {});
    // The rows of every table of `db`, in creation order.
    static Result<QList<TableCount>> count(const Database &db);

private:
    static Result<QList<TableCount>> countOn(const Database &db, QSqlDatabase &c);
};

} // namespace loket
