// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <functional>
#include <optional>

namespace loket {

class Database;

// The canonical bytes of one row's content: each field in a fixed order as a
// type byte and its value ('N' null; 'I' and 8 bytes big-endian; 'T', a
// 4-byte big-endian length and the UTF-8 text). Two rows have the same bytes
// only if every field is the same.
class ChainContent {
public:
    ChainContent &text(const QString &value);
    ChainContent &integer(qint64 value);
    ChainContent &null();
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// SHA-256 over the previous entry's hash (32 raw bytes; zeros before the
// first entry) followed by the canonical content; lowercase hex.
QString chainHash(const QString &previousHashHex, const ChainContent &content);

// A chained table: columns `seq` (1, 2, 3 … in the chain's order) and `hash`,
// and the content columns, in the order they are hashed. `timeColumn`
// (INTEGER ms) must not go back along the chain.
struct ChainTable {
    enum class Kind { Integer, Text };
    struct Field {
        QString column;
        Kind kind;
    };
    QString table;
    QList<Field> fields; // hashed in this order, after the seq
    QString timeColumn;  // one of the fields; empty = no time order check
    QString labelColumn; // shown for a broken entry (e.g. the action)
    // How far an entry may be dated before the one preceding it (a clock
    // corrected by the time service); more counts as back-dated.
    qint64 timeSlackMs = 10 * 60 * 1000;
};

// The last link of a chain (seq 0 and no hash for an empty one).
struct ChainLink {
    qint64 seq = 0;
    QString hash;
    qint64 timeMs = 0;
};

// A copy of the chain's end kept elsewhere (a setting, each backup), so that
// removing the newest entries is seen too.
struct ChainAnchor {
    qint64 count = 0;
    qint64 seq = 0;
    QString hash;
    qint64 writtenAtMs = 0;
    QString source; // where it was read from, for messages

    QString toJson() const;
    static std::optional<ChainAnchor> fromJson(const QString &json);
};

struct ChainBreak {
    enum class Reason {
        Changed,     // the content or hash of this entry is not what was chained
        Missing,     // entries before this one were removed (a gap in the sequence)
        Unchained,   // this entry has no place in the chain (written around Loket)
        TimeBack,    // this entry is dated well before the one preceding it (ChainTable::timeSlackMs)
        TailMissing, // the chain ends before the anchor's end
    };
    Reason reason = Reason::Changed;
    qint64 id = 0;      // the row; 0 for TailMissing
    qint64 seq = 0;     // its place; for TailMissing the anchor's last seq
    qint64 timeMs = 0;
    QString label;
    qint64 expectedCount = 0; // TailMissing: the anchor's count
};

struct ChainReport {
    qint64 count = 0;
    ChainLink last;
    std::optional<ChainBreak> firstBreak;
    std::optional<ChainAnchor> anchor; // the anchor compared with, if any
    bool intact() const { return !firstBreak.has_value(); }
    // One line for people: "intact: 1.234 entries" or the first broken entry,
    // its time in `zone` (the office's; the computer's when not given) and its
    // label through `label` (e.g. the audit action as people read it).
    QString summary(const QTimeZone &zone = QTimeZone::systemTimeZone(),
        const std::function<QString(const QString &)> &label = {}) const;
    QString reasonCode() const; // "changed", "missing", … ("" when intact)
    ChainAnchor toAnchor(qint64 nowMs) const;
};

// A hash-chained, append-only table: each row stores seq and the SHA-256 of
// the previous row's hash and its own canonical content. Appending reads only
// the last row (an index on seq), so it costs the same on any size; it must
// run inside the write transaction that inserts the row, so that two
// processes never take the same place.
class HashChain {
    Q_DECLARE_TR_FUNCTIONS(HashChain)
public:
    explicit HashChain(ChainTable table);

    const ChainTable &table() const { return m_table; }

    // The newest link (inside the write transaction).
    Result<ChainLink> last(const Database &db) const;
    // The link a new row takes after `previous`: `values` are the table's
    // fields in order, as they are bound for the INSERT.
    ChainLink follow(const ChainLink &previous, const QVariantList &values, qint64 timeMs = 0) const;

    // Recomputes the whole chain, in seq order; compares its end with `anchor`.
    Result<ChainReport> verify(const Database &db, const std::optional<ChainAnchor> &anchor = {}) const;
    // The same on any connection (a backup file opened read-only).
    Result<ChainReport> verify(QSqlDatabase connection, const std::optional<ChainAnchor> &anchor = {}) const;

    // Chains the rows that have no seq yet, in (time, id) order, after the
    // chain's end (for a migration; needs UPDATE on the table).
    Status chainUnchained(const Database &db) const;

private:
    ChainContent contentOf(qint64 seq, const QVariantList &values) const;
    ChainTable m_table;
};

} // namespace loket
