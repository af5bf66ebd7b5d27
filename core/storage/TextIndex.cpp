// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TextIndex.h"

#include "core/storage/PostgresTextIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

// FTS5 over a table (rowid = the record's id; columns summary, body).
class Fts5Index final : public TextIndex {
public:
    Fts5Index(DatabasePtr db, QString table)
        : m_db(std::move(db))
        , m_table(std::move(table))
    {
    }

    Status put(qint64 id, const QString &summary, const QString &body) const override
    {
        QSqlQuery &del = m_db->prepared(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(m_table));
        del.addBindValue(id);
        if (!del.exec())
            return m_db->sqlError(del.lastError(), TextIndex::tr("updating the search index"));
        QSqlQuery &ins = m_db->prepared(QStringLiteral("INSERT INTO %1 (rowid, summary, body) VALUES (?, ?, ?)").arg(m_table));
        ins.addBindValue(id);
        // Never NULL: text appended later to a NULL body would vanish.
        ins.addBindValue(summary.isNull() ? QStringLiteral("") : summary);
        ins.addBindValue(body.isNull() ? QStringLiteral("") : body);
        if (!ins.exec())
            return m_db->sqlError(ins.lastError(), TextIndex::tr("updating the search index"));
        return {};
    }

    Status append(qint64 id, const QString &more) const override
    {
        QSqlQuery &up = m_db->prepared(
            QStringLiteral("UPDATE %1 SET body = coalesce(body, '') || char(10) || ? WHERE rowid = ?").arg(m_table));
        up.addBindValue(more);
        up.addBindValue(id);
        if (!up.exec())
            return m_db->sqlError(up.lastError(), TextIndex::tr("updating the search index"));
        return {};
    }

    Result<QList<qint64>> search(const QString &query, int limit) const override
    {
        const QStringList w = words(query);
        if (w.isEmpty())
            return QList<qint64> {};
        // Each word quoted (so no word is read as an operator); the last one
        // as a prefix too, for a search that follows the typing.
        QStringList terms;
        for (int i = 0; i < w.size(); ++i) {
            QString t = QLatin1Char('"') + w.at(i) + QLatin1Char('"');
            if (i == w.size() - 1)
                t += QLatin1Char('*');
            terms << t;
        }
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?").arg(m_table));
        q.addBindValue(terms.join(QLatin1Char(' ')));
        q.addBindValue(limit);
        return idsOf(*m_db, q);
    }

private:
    DatabasePtr m_db;
    QString m_table;
};

} // namespace

std::unique_ptr<TextIndex> TextIndex::complaints(DatabasePtr db)
{
    if (db->isServer())
        return makePostgresTextIndex(std::move(db), QStringLiteral("complaint_text"));
    return std::make_unique<Fts5Index>(std::move(db), QStringLiteral("complaint_text"));
}

Result<QList<qint64>> TextIndex::idsOf(const Database &db, QSqlQuery &q)
{
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("searching"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

QStringList TextIndex::words(const QString &query)
{
    QStringList out;
    QString current;
    for (const QChar c : query) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    if (out.size() > 16)
        out = out.mid(0, 16);
    return out;
}

} // namespace loket
