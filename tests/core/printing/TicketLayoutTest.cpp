// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/TicketLayout.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

QDateTime wib(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 7 * 3600);
}

} // namespace

TEST_CASE("the ticket date is written the Indonesian way in office time")
{
    TicketLayout t;
    t.issuedLocal = wib(2026, 11, 23, 8, 15);
    CHECK(t.dateTimeText() == QStringLiteral("Senin, 23 November 2026 08.15"));

    // The same instant seen from UTC still prints the office's wall clock once converted.
    t.issuedLocal = QDateTime(QDate(2026, 8, 17), QTime(2, 5), Qt::UTC).toOffsetFromUtc(8 * 3600); // WITA
    CHECK(t.dateTimeText() == QStringLiteral("Senin, 17 Agustus 2026 10.05"));
}

TEST_CASE("people ahead and the wait estimate are left out when unknown")
{
    TicketLayout t;
    CHECK(t.peopleAheadText().isEmpty());
    CHECK(t.estimatedWaitText().isEmpty());
    t.peopleAhead = 0;
    t.estimatedWaitMinutes = 12;
    CHECK(t.peopleAheadText().contains(QLatin1Char('0')));
    CHECK(t.estimatedWaitText().contains(QStringLiteral("12")));
}

TEST_CASE("paper widths give 32 and 48 characters and 384 and 576 dots")
{
    CHECK(charactersPerLine(PaperWidth::Mm58) == 32);
    CHECK(charactersPerLine(PaperWidth::Mm80) == 48);
    CHECK(printableDots(PaperWidth::Mm58) == 384);
    CHECK(printableDots(PaperWidth::Mm80) == 576);
}
