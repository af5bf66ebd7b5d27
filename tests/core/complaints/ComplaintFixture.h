// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintService.h"
#include "tests/core/queue/QueueFixture.h"

namespace loket::test {

// The queue fixture's office (Monday 23 November 2026, 08.00 WIB; the 2026
// holidays loaded) with a follow-up team: dewi and eko (followup); sari is
// the supervisor, siti and budi officers, admin the administrator.
class ComplaintFixture : public QueueFixture {
public:
    ComplaintFixture();

    ComplaintService complaints;
    Actor dewi, eko;

    // The office-local wall time as UTC (WIB = UTC+7).
    static QDateTime wib(int y, int m, int d, int hh, int mm) { return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt::UTC).addSecs(-7 * 3600); }
    void setNow(const QDateTime &utc) { clock.set(utc); }

    ComplaintIntake intake(const QString &summary = QStringLiteral("Antrian KTP lambat sekali")) const;
    // Logs a complaint and fails the test when it cannot.
    Complaint log(const Actor &by, ComplaintIntake in, ComplaintIdentity person = {});
    int auditCount(const QString &action, const QString &outcome = QStringLiteral("ok")) const;
};

} // namespace loket::test
