// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseCopy.h"

#include "core/storage/PostgresTextIndex.h"
#include "core/storage/SqlDialect.h"

#include <QElapsedTimer>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

namespace {

constexpr int kBatchRows = 200; // rows per INSERT: a round trip per row would make a 5-year office take hours

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, one).join(QStringLiteral(", ")));
}

} // namespace

Result<QList<DatabaseCopy::TableCount>> DatabaseCopy::count(const Database &db)
{
    QSqlDatabase c = db.connection();
    return countOn(db, c);
}

Result<QList<DatabaseCopy::TableCount>> DatabaseCopy::countOn(const Database &db, QSqlDatabase &c)
{
    QList<TableCount> out;
    QSqlQuery q(c);
    for (const QString &t : db.dialect().tables(c)) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t)) || !q.next())
            return db.sqlError(q.lastError(), tr("counting the rows of %1").arg(t));
        out << TableCount {t, q.value(0).toLongLong(), 0};
    }
    return out;
}

Result<DatabaseCopy::Report> DatabaseCopy::copy(const Database &from, const Database &to,
                                                const std::function<void(const QString &, qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (from.schemaVersion() != to.schemaVersion()) {
        return makeError(ErrorCode::InvalidState,
            tr("The two databases are at different versions of Loket's schema (%1 and %2): open the older one with "
               "this Loket first (\"loketctl init\" upgrades it), then copy.")
                .arg(from.schemaVersion()).arg(to.schemaVersion()));
    }
    QSqlDatabase src = from.connection();
    QSqlDatabase dst = to.connection();
    // In the order of the target, which this Loket's schema steps made: a
    // table after those it refers to (a file made by an older Loket may list them otherwise).
    const QStringList sourceTables = from.dialect().tables(src);
    const QStringList targetTables = to.dialect().tables(dst);
    for (const QString &t : sourceTables) {
        if (!targetTables.contains(t))
            return makeError(ErrorCode::InvalidState, tr("The target database has no table %1.").arg(t));
    }
    QStringList tables;
    for (const QString &t : targetTables) {
        if (sourceTables.contains(t))
            tables << t;
    }
    {
        QSqlQuery q(dst);
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM tickets)")) || !q.next())
            return to.sqlError(q.lastError(), tr("checking the target database"));
        if (q.value(0).toLongLong() > 0) {
            return makeError(ErrorCode::Conflict,
                tr("The target database %1 already holds an office (users or tickets). Copy only into a new, empty "
                   "database (\"loketctl db init\"); nothing was changed.").arg(to.path()));
        }
    }

    // The source is read at one moment, whatever its counters write meanwhile,
    // and counted at that same moment.
    QSqlQuery snapshot(src);
    if (from.inTransaction() || !from.dialect().beginSnapshot(snapshot))
        return from.sqlError(snapshot.lastError(), tr("reading %1").arg(from.path()));
    struct EndSnapshot {
        QSqlQuery &q;
        ~EndSnapshot() { q.exec(QStringLiteral("ROLLBACK")); }
    } endSnapshot {snapshot};
    auto before = countOn(from, src);
    if (!before)
        return before.error();

    Report report;
    Status copied = to.transaction([&]() -> Status {
        QSqlQuery w(dst);
        QStringList saved;
        if (!to.dialect().suspendTriggers(w, tables, &saved))
            return to.sqlError(w.lastError(), tr("preparing the target database"));
        // What the target's schema seeded (the questionnaire, the priority reasons) makes way for the source's rows.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!w.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
                return to.sqlError(w.lastError(), tr("preparing the target database"));
        }
        for (const QString &table : tables) {
            // The columns both have: an engine's own (the server's folded search
            // words) stay behind and are made again on the other side.
            const QStringList targetColumns = to.dialect().columns(dst, table);
            QStringList columns;
            for (const QString &col : from.dialect().columns(src, table)) {
                if (targetColumns.contains(col))
                    columns << col;
            }
            if (columns.isEmpty())
                return makeError(ErrorCode::InvalidState, tr("The target database's table %1 has none of its columns.").arg(table));
            // A yes/no column is a boolean on the server and 1 or 0 in a file:
            // each value goes in as the target's type says.
            const QSqlRecord targetRecord = dst.record(table);
            QList<bool> yesNo;
            for (const QString &col : std::as_const(columns))
                yesNo << (targetRecord.field(col).metaType().id() == QMetaType::Bool);
            QSqlQuery r(src);
            r.setForwardOnly(true);
            if (!r.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QStringLiteral(", ")), table)))
                return from.sqlError(r.lastError(), tr("reading %1").arg(table));
            QSqlQuery batch(dst);
            batch.prepare(insertSql(table, columns, kBatchRows));
            QVariantList pending;
            qint64 rows = 0;
            auto flush = [&](bool full) -> Status {
                if (pending.isEmpty())
                    return {};
                QSqlQuery rest(dst);
                QSqlQuery &ins = full ? batch : rest;
                if (!full)
                    rest.prepare(insertSql(table, columns, int(pending.size() / columns.size())));
                for (const QVariant &v : std::as_const(pending))
                    ins.addBindValue(v);
                if (!ins.exec())
                    return to.sqlError(ins.lastError(), tr("writing %1").arg(table));
                pending.clear();
                return {};
            };
            while (r.next()) {
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant v = r.value(i);
                    pending << (yesNo.at(i) && !v.isNull() ? QVariant(v.toBool()) : v);
                }
                ++rows;
                if (rows % kBatchRows == 0) {
                    if (Status s = flush(true); !s)
                        return s;
                }
            }
            if (Status s = flush(false); !s)
                return s;
            r.finish();
            report.rows += rows;
            if (progress)
                progress(table, report.rows);
        }
        if (!to.dialect().restoreTriggers(w, tables, saved) || !to.dialect().finishSchema(w))
            return to.sqlError(w.lastError(), tr("finishing the target database"));
        if (to.isServer() && tables.contains(QStringLiteral("complaint_text")))
            return refreshPostgresWords(to, QStringLiteral("complaint_text"));
        return {};
    });
    if (!copied)
        return copied.error();

    auto after = count(to);
    if (!after)
        return after.error();
    QStringList differ;
    for (TableCount t : before.value()) {
        for (const TableCount &a : after.value()) {
            if (a.table == t.table)
                t.target = a.source;
        }
        if (t.source != t.target)
            differ << QStringLiteral("%1 (%2 → %3)").arg(t.table).arg(t.source).arg(t.target);
        report.tables << t;
    }
    report.elapsedMs = timer.elapsed();
    if (!differ.isEmpty()) {
        return makeError(ErrorCode::Io,
            tr("The copy does not match its source: %1. Do not use the target; copy again.")
                .arg(differ.join(QStringLiteral(", "))));
    }
    return report;
}

} // namespace loket
