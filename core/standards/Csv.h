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

// RFC 4180 CSV: quoted fields may hold separators, quotes ("") and line
// breaks. Spreadsheets in an Indonesian locale save with ';' (the comma is
// the decimal mark there), so reading accepts either, decided by the header.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    static Result<QList<CsvRecord>> parse(const QString &text);
    // One line, without the line break; quotes a field only when needed.
    static QString row(const QStringList &fields, QChar separator = QLatin1Char(','));
    // UTF-8 with a byte order mark, so that spreadsheets read the accents right.
    static QByteArray toBytes(const QString &text);
    static QString fromBytes(const QByteArray &bytes);
};

} // namespace loket
