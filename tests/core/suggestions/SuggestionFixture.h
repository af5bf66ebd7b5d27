// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/SuggestionService.h"
#include "tests/core/complaints/ComplaintFixture.h"

namespace loket::test {

// The complaint fixture's office, set up with its head of office (Camat),
// the clock on Monday 30 November 2026 at 10.00 WIB, and one box in the
// waiting room ("Kotak Saran 1").
class SuggestionFixture : public ComplaintFixture {
public:
    SuggestionFixture();

    SuggestionService suggestions;
    qint64 box = 0;

    // A draft opened by the supervisor on a day at 09.00 WIB (the clock's day by default).
    SuggestionSession openSession(QDate day = QDate(2026, 11, 30), QDate periodMonth = QDate(2026, 11, 1));
    // Two openers and two witnesses (one from the public).
    void addTeam(qint64 sessionId);
    SuggestionSlip addSlip(qint64 sessionId, SlipKind kind, std::optional<SlipDecision> decision,
                           const QString &summary = QStringLiteral("Antrian KTP terlalu lama"), qint64 serviceId = 0,
                           const QString &element = {}, qint64 ownerId = 0, QDate target = {});
    // A ready session (team, slips of every kind and decision) signed by the supervisor.
    SuggestionSession signedSession(QDate day = QDate(2026, 11, 30));
};

} // namespace loket::test
