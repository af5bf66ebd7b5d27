// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresTextIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

// As FTS5's unicode61 tokenizer with remove_diacritics folds: the words are
// stored folded, so the server needs no extension (unaccent) to match them.
QString foldedText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

namespace {

class PostgresTextIndex final : public TextIndex {
public:
    PostgresTextIndex(DatabasePtr db, QString table)
        : m_db(std::move(db))
        , m_table(std::move(table))
    {
    }

    Status put(qint64 id, const QString &summary, const QString &body) const override
    {
        QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT INTO %1 (rowid, summary, body) VALUES (?, ?, ?) "
                                                     "ON CONFLICT (rowid) DO UPDATE SET summary = excluded.summary, "
                                                     "body = excluded.body").arg(m_table));
        q.addBindValue(id);
        q.addBindValue(foldedText(summary));
        q.addBindValue(foldedText(body));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), TextIndex::tr("updating the search index"));
        return {};
    }

    Status append(qint64 id, const QString &more) const override
    {
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("UPDATE %1 SET body = body || chr(10) || ? WHERE rowid = ?").arg(m_table));
        q.addBindValue(foldedText(more));
        q.addBindValue(id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), TextIndex::tr("updating the search index"));
        return {};
    }

    Result<QList<qint64>> search(const QString &query, int limit) const override
    {
        const QStringList w = words(foldedText(query));
        if (w.isEmpty())
            return QList<qint64> {};
        // Every word (letters and digits only, so none is an operator); the last also as a prefix.
        QStringList terms;
        for (int i = 0; i < w.size(); ++i)
            terms << (i == w.size() - 1 ? w.at(i) + QStringLiteral(":*") : w.at(i));
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("SELECT rowid FROM %1 WHERE to_tsvector('simple', summary || ' ' || body) "
                           "@@ to_tsquery('simple', ?) ORDER BY rowid DESC LIMIT ?").arg(m_table));
        q.addBindValue(terms.join(QStringLiteral(" & ")));
        q.addBindValue(limit);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), TextIndex::tr("searching"));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        return ids;
    }

private:
    DatabasePtr m_db;
    QString m_table;
};

} // namespace

std::unique_ptr<TextIndex> makePostgresTextIndex(DatabasePtr db, const QString &table)
{
    return std::make_unique<PostgresTextIndex>(std::move(db), table);
}

} // namespace loket
