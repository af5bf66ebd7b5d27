// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/HashChain.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

namespace loket {

namespace {

QByteArray hashOf(const QString &previousHashHex, const QByteArray &canonical)
{
    QByteArray previous = QByteArray::fromHex(previousHashHex.toLatin1());
    if (previous.size() != crypto_hash_sha256_BYTES)
        previous = QByteArray(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(previous.constData()), previous.size());
    crypto_hash_sha256_update(
        &state, reinterpret_cast<const unsigned char *>(canonical.constData()), static_cast<unsigned long long>(canonical.size()));
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, out);
    return QByteArray(reinterpret_cast<const char *>(out), crypto_hash_sha256_BYTES).toHex();
}

} // namespace

ChainContent &ChainContent::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(utf8.size()), len);
    m_bytes.append('T').append(len, 4).append(utf8);
    return *this;
}

ChainContent &ChainContent::integer(qint64 value)
{
    char v[8];
    qToBigEndian<qint64>(value, v);
    m_bytes.append('I').append(v, 8);
    return *this;
}

ChainContent &ChainContent::null()
{
    m_bytes.append('N');
    return *this;
}

QString chainHash(const QString &previousHashHex, const ChainContent &content)
{
    return QString::fromLatin1(hashOf(previousHashHex, content.bytes()));
}

QString ChainAnchor::toJson() const
{
    const QJsonObject o {{QStringLiteral("count"), count}, {QStringLiteral("seq"), seq},
        {QStringLiteral("hash"), hash}, {QStringLiteral("at"), writtenAtMs}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ChainAnchor> ChainAnchor::fromJson(const QString &json)
{
    if (json.trimmed().isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ChainAnchor a;
    a.count = o.value(QStringLiteral("count")).toInteger(-1);
    a.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    a.hash = o.value(QStringLiteral("hash")).toString();
    a.writtenAtMs = o.value(QStringLiteral("at")).toInteger(0);
    if (a.count < 0 || a.seq < 0)
        return std::nullopt;
    return a;
}

QString ChainReport::reasonCode() const
{
    if (!firstBreak)
        return {};
    switch (firstBreak->reason) {
    case ChainBreak::Reason::Changed: return QStringLiteral("changed");
    case ChainBreak::Reason::Missing: return QStringLiteral("missing");
    case ChainBreak::Reason::Unchained: return QStringLiteral("unchained");
    case ChainBreak::Reason::TimeBack: return QStringLiteral("time_back");
    case ChainBreak::Reason::TailMissing: return QStringLiteral("tail_missing");
    }
    return {};
}

QString ChainReport::summary(const QTimeZone &zone, const std::function<QString(const QString &)> &label) const
{
    const QLocale locale;
    if (!firstBreak)
        return HashChain::tr("intact: %1 entries").arg(locale.toString(count));
    ChainBreak b = *firstBreak;
    // As the audit page's table shows times ("2 Des 2026 07.16"), in the office's zone.
    const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(b.timeMs, Qt::UTC).toTimeZone(zone),
        QStringLiteral("d MMM yyyy HH.mm"));
    if (label)
        b.label = label(b.label);
    switch (b.reason) {
    case ChainBreak::Reason::Changed:
        return HashChain::tr("broken at entry %1 (%2, %3): it was changed after it was written")
            .arg(b.id).arg(when, b.label);
    case ChainBreak::Reason::Missing:
        return HashChain::tr("broken at entry %1 (%2, %3): entries before it were removed")
            .arg(b.id).arg(when, b.label);
    case ChainBreak::Reason::Unchained:
        return HashChain::tr("broken at entry %1 (%2, %3): it was added outside Loket")
            .arg(b.id).arg(when, b.label);
    case ChainBreak::Reason::TimeBack:
        return HashChain::tr("broken at entry %1 (%2, %3): it is dated before the entry preceding it")
            .arg(b.id).arg(when, b.label);
    case ChainBreak::Reason::TailMissing:
        return HashChain::tr("broken at its end: %1 recorded %2 entries, the log now ends after %3 entries; the "
                             "newest entries were removed")
            .arg(anchor ? anchor->source : QString(), locale.toString(b.expectedCount), locale.toString(count));
    }
    return {};
}

ChainAnchor ChainReport::toAnchor(qint64 nowMs) const
{
    ChainAnchor a;
    a.count = count;
    a.seq = last.seq;
    a.hash = last.hash;
    a.writtenAtMs = nowMs;
    return a;
}

HashChain::HashChain(ChainTable table)
    : m_table(std::move(table))
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

ChainContent HashChain::contentOf(qint64 seq, const QVariantList &values) const
{
    ChainContent c;
    c.integer(seq);
    for (int i = 0; i < m_table.fields.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            c.null();
        else if (m_table.fields.at(i).kind == ChainTable::Kind::Integer)
            c.integer(v.toLongLong());
        else
            c.text(v.toString());
    }
    return c;
}

Result<ChainLink> HashChain::last(const Database &db) const
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT seq, hash, %2 FROM %1 WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
                                   .arg(m_table.table, m_table.timeColumn.isEmpty() ? QStringLiteral("0") : m_table.timeColumn));
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("reading the end of the %1 chain").arg(m_table.table));
    ChainLink link;
    if (q.next()) {
        link.seq = q.value(0).toLongLong();
        link.hash = q.value(1).toString();
        link.timeMs = q.value(2).toLongLong();
    }
    q.finish();
    return link;
}

ChainLink HashChain::follow(const ChainLink &previous, const QVariantList &values, qint64 timeMs) const
{
    ChainLink next;
    next.seq = previous.seq + 1;
    next.hash = QString::fromLatin1(hashOf(previous.hash, contentOf(next.seq, values).bytes()));
    next.timeMs = timeMs;
    return next;
}

Result<ChainReport> HashChain::verify(const Database &db, const std::optional<ChainAnchor> &anchor) const
{
    return verify(db.connection(), anchor);
}

Result<ChainReport> HashChain::verify(QSqlDatabase connection, const std::optional<ChainAnchor> &anchor) const
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("hash")};
    int timeIndex = -1;
    int labelIndex = -1;
    for (int i = 0; i < m_table.fields.size(); ++i) {
        columns << m_table.fields.at(i).column;
        if (m_table.fields.at(i).column == m_table.timeColumn)
            timeIndex = i;
        if (m_table.fields.at(i).column == m_table.labelColumn)
            labelIndex = i;
    }
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    // Rows without a seq come first (NULLs sort first): they are not chained.
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY seq, id").arg(columns.join(QStringLiteral(", ")), m_table.table))) {
        qWarning("loket: checking the %s chain: %s", qPrintable(m_table.table), qPrintable(q.lastError().text()));
        return makeError(ErrorCode::NotADatabase,
            tr("The %1 table could not be read to check its chain. See the log for the details.").arg(m_table.table));
    }

    ChainReport report;
    report.anchor = anchor;
    ChainLink previous;
    QVariantList values;
    const int n = m_table.fields.size();
    while (q.next()) {
        ++report.count;
        values.clear();
        for (int i = 0; i < n; ++i)
            values << q.value(3 + i);
        if (report.firstBreak)
            continue; // only the count goes on
        const qint64 id = q.value(0).toLongLong();
        const QVariant seqValue = q.value(1);
        const QString stored = q.value(2).toString();
        const qint64 timeMs = timeIndex >= 0 ? values.at(timeIndex).toLongLong() : 0;
        auto broken = [&](ChainBreak::Reason reason) {
            ChainBreak b;
            b.reason = reason;
            b.id = id;
            b.seq = seqValue.toLongLong();
            b.timeMs = timeMs;
            b.label = labelIndex >= 0 ? values.at(labelIndex).toString() : QString();
            report.firstBreak = b;
        };
        if (seqValue.isNull() || stored.isEmpty()) {
            broken(ChainBreak::Reason::Unchained);
            continue;
        }
        const qint64 seq = seqValue.toLongLong();
        ChainContent full = contentOf(seq, values);
        const QString computed = QString::fromLatin1(hashOf(previous.hash, full.bytes()));
        if (seq != previous.seq + 1) {
            broken(ChainBreak::Reason::Missing);
            continue;
        }
        if (computed != stored) {
            broken(ChainBreak::Reason::Changed);
            continue;
        }
        if (timeIndex >= 0 && seq > 1 && timeMs < previous.timeMs - m_table.timeSlackMs) {
            broken(ChainBreak::Reason::TimeBack);
            continue;
        }
        if (anchor && seq == anchor->seq && stored != anchor->hash) {
            broken(ChainBreak::Reason::Changed);
            continue;
        }
        previous.seq = seq;
        previous.hash = stored;
        previous.timeMs = timeMs;
    }
    report.last = previous;
    if (!report.firstBreak && anchor && (previous.seq < anchor->seq || report.count < anchor->count)) {
        ChainBreak b;
        b.reason = ChainBreak::Reason::TailMissing;
        b.seq = anchor->seq;
        b.timeMs = previous.timeMs;
        b.expectedCount = anchor->count;
        report.firstBreak = b;
    }
    return report;
}

Status HashChain::chainUnchained(const Database &db) const
{
    auto end = last(db);
    if (!end)
        return end.error();
    ChainLink previous = end.value();
    QStringList columns {QStringLiteral("id")};
    for (const ChainTable::Field &f : m_table.fields)
        columns << f.column;
    QSqlQuery q(db.connection());
    const QString order = m_table.timeColumn.isEmpty() ? QStringLiteral("id") : m_table.timeColumn + QStringLiteral(", id");
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE seq IS NULL ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), m_table.table, order)))
        return db.sqlError(q.lastError(), tr("chaining the %1 table").arg(m_table.table));
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE %1 SET seq = ?, hash = ? WHERE id = ?").arg(m_table.table));
    int timeIndex = -1;
    for (int i = 0; i < m_table.fields.size(); ++i)
        if (m_table.fields.at(i).column == m_table.timeColumn)
            timeIndex = i;
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < m_table.fields.size(); ++i)
            values << q.value(1 + i);
        const qint64 seq = previous.seq + 1;
        const QString hash = QString::fromLatin1(hashOf(previous.hash, contentOf(seq, values).bytes()));
        update.addBindValue(seq);
        update.addBindValue(hash);
        update.addBindValue(q.value(0));
        if (!update.exec())
            return db.sqlError(update.lastError(), tr("chaining the %1 table").arg(m_table.table));
        previous.seq = seq;
        previous.hash = hash;
        previous.timeMs = timeIndex >= 0 ? values.at(timeIndex).toLongLong() : 0;
    }
    return {};
}

} // namespace loket
