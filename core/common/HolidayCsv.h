// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/WorkingCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace loket {

// The holiday list as CSV text, one holiday per line under the header line:
//     date,kind,name
//     2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia
// date is YYYY-MM-DD, kind is libur_nasional | cuti_bersama | libur_lokal; a
// name holding a comma is written in double quotes. Read and written with the
// one CSV reader and writer (core/common/Csv: quotes, CR LF, BOM, the formula
// guard, cut lines refused). A name with a control character, a NUL or only a
// byte order mark is refused (TextCheck). Blank lines are ignored.
// Any problem rejects the whole text, so an import is all or nothing; the
// error lists every problem with its line number and field.
class HolidayCsv
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCsv)
public:
    static Result<QList<Holiday>> parse(const QString &text);
    // As above from file bytes: UTF-8, with or without a byte-order mark.
    static Result<QList<Holiday>> parse(const QByteArray &utf8);
    // The same format, sorted by date; parse(write(list)) gives the list back.
    static QString write(const QList<Holiday> &holidays);

    static constexpr int MaxProblemsReported = 10;
};

} // namespace loket
