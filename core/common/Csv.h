// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace loket {

struct CsvRecord {
    int line = 0; // the line the record starts on, 1-based
    QStringList fields;
};

// The one CSV writer and reader of Loket (standards, holidays and every
// later export and import).
//
// Reading: RFC 4180 — quoted fields may hold separators, quotes ("") and line
// breaks; LF or CR LF; a UTF-8 byte order mark is dropped. Spreadsheets in an
// Indonesian locale save with ';' (the comma is the decimal mark there), so
// either is accepted, decided by the header line. Blank lines are skipped.
// The first record is the header; a file cut in the middle is refused with
// its line number: a quote never closed at the end of the file, or a record
// with fewer fields than the header.
//
// Formula guard (OWASP CSV injection): a spreadsheet runs a cell that starts
// with = + - @ (or a tab or a carriage return) as a formula, so the writer
// puts a ' before such a cell ("=HYPERLINK(…)" is written '=HYPERLINK(…)),
// and before a cell that is ' followed by one of them, so that the guard is
// never ambiguous. The reader removes that one ' again — only when a
// trigger character follows the quotes — so an exported file imports as the
// very same text, and a cell a person typed as '=1 in a spreadsheet reads as
// =1. Cells are never trimmed; callers decide.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    static Result<QList<CsvRecord>> parse(const QString &text);
    // As above from file bytes, which must be UTF-8 (with or without a BOM).
    static Result<QList<CsvRecord>> parse(const QByteArray &utf8);

    // One line, without the line break; guards formulas and quotes a field
    // only when needed.
    static QString row(const QStringList &fields, QChar separator = QLatin1Char(','));
    // One cell as row() writes it.
    static QString field(const QString &value, QChar separator = QLatin1Char(','));

    // The formula guard alone: guard("=1") == "'=1", unguard("'=1") == "=1".
    static QString guard(const QString &cell);
    static QString unguard(const QString &cell);

    // UTF-8 with a byte order mark, so that spreadsheets read the accents right.
    static QByteArray toBytes(const QString &text);
    static QString fromBytes(const QByteArray &bytes);
};

} // namespace loket
