// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Result.h"
#include "core/standards/StandardVersion.h"
#include "core/storage/Database.h"

#include <QList>

namespace loket {

enum class ReviewState { NotDue, Due, Overdue };

QString reviewStateCode(ReviewState state); // "not_due", "due", "overdue"

struct ReviewDue {
    ServiceRef service;
    int versionNumber = 0; // the version set now
    QDate setOn; // its decree date
    QDate lastReview; // invalid when never reviewed
    QDate dueOn;
    ReviewState state = ReviewState::NotDue;
    int daysOverdue = 0; // > 0 when overdue
};

// Evaluators want every standard reviewed every year. A standard is due for
// review SettingKey::StandardsReviewMonths (default 12) after its last review,
// or after the decree of the version set now when it was never reviewed
// since. Only active services with a set standard are scheduled.
class ReviewSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSchedule)
public:
    explicit ReviewSchedule(DatabasePtr db);

    int periodMonths() const;
    static QDate dueDate(QDate setOn, QDate lastReview, int periodMonths);
    // Overdue after the due date; due from `dueWithinDays` before it.
    static ReviewState stateOn(QDate dueOn, QDate date, int dueWithinDays);

    // Every scheduled service, soonest due first.
    Result<QList<ReviewDue>> schedule(const Actor &actor, QDate date, int dueWithinDays = 30) const;
    // Only those due or overdue on `date`.
    Result<QList<ReviewDue>> dueOrOverdue(const Actor &actor, QDate date, int dueWithinDays = 30) const;

private:
    DatabasePtr m_db;
    AuditLog m_audit;
};

} // namespace loket
