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
        QSqlQuery &q = m_db->prepared(QStringLiteral("INSERT INTO %1 (rowid, summary, body, words) VALUES (?, ?, ?, ?) "
                                                     "ON CONFLICT (rowid) DO UPDATE SET summary = excluded.summary, "
                                                     "body = excluded.body, words = excluded.words").arg(m_table));
        q.addBindValue(id);
        q.addBindValue(summary.isNull() ? QStringLiteral("") : summary);
        q.addBindValue(body.isNull() ? QStringLiteral("") : body);
        q.addBindValue(foldedText(summary + QLatin1Char(' ') + body));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), TextIndex::tr("updating the search index"));
        return {};
    }

    Status append(qint64 id, const QString &more) const override
    {
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("UPDATE %1 SET body = body || chr(10) || ?, words = words || ' ' || ? WHERE rowid = ?")
                .arg(m_table));
        q.addBindValue(more);
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
            QStringLiteral("SELECT rowid FROM %1 WHERE to_tsvector('simple', words) "
                           "@@ to_tsquery('simple', ?) ORDER BY rowid DESC LIMIT ?").arg(m_table));
        q.addBindValue(terms.join(QStringLiteral(" & ")));
        q.addBindValue(limit);
        return idsOf(*m_db, q);
    }

private:
    DatabasePtr m_db;
    QString m_table;
};

} // namespace

Status refreshPostgresWords(const Database &db, const QString &table)
{
    // Rows written by another engine (a copy) have their texts but not their words.
    QSqlQuery r(db.connection());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT rowid, summary, body FROM %1 WHERE words = ''").arg(table)))
        return db.sqlError(r.lastError(), TextIndex::tr("updating the search index"));
    QList<std::pair<qint64, QString>> rows;
    while (r.next())
        rows.append({r.value(0).toLongLong(), foldedText(r.value(1).toString() + QLatin1Char(' ') + r.value(2).toString())});
    r.finish();
    QSqlQuery w(db.connection());
    w.prepare(QStringLiteral("UPDATE %1 SET words = ? WHERE rowid = ?").arg(table));
    for (const auto &[id, words] : rows) {
        w.addBindValue(words);
        w.addBindValue(id);
        if (!w.exec())
            return db.sqlError(w.lastError(), TextIndex::tr("updating the search index"));
    }
    return {};
}

std::unique_ptr<TextIndex> makePostgresTextIndex(DatabasePtr db, const QString &table)
{
    return std::make_unique<PostgresTextIndex>(std::move(db), table);
}

} // namespace loket
