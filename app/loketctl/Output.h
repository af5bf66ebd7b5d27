// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// How loketctl writes for people: in the chosen language and its number
// formats ("3,4 %", "ya"). --json output does not come here: it keeps stable
// English codes and dot decimals for scripts.
namespace loket::cli {

enum class Columns {
    Left,          // every column left-aligned (lists of records)
    NumbersRight,  // the first column left, the others right-aligned (figures)
};
// Columns padded to the widest cell; trailing blanks trimmed.
void printTable(QTextStream &out, const QList<QStringList> &rows, Columns columns = Columns::Left);

QString yesNo(bool value);                       // "ya" / "tidak"
QString decimal(double value, int decimals = 1); // "3,4"
QString percent(double share);                   // 0.034 → "3,4 %"
QString count(qint64 value);                     // "1.234"
QString ticketEventName(const QString &kind);    // "no_show" → "tidak hadir"
// "ya"/"tidak" and "yes"/"no" (and true/false, 1/0), for options.
std::optional<bool> parseYesNo(const QString &text);

} // namespace loket::cli
