// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/ReviewSchedule.h"

#include "core/standards/StandardRecordStore.h"
#include "core/standards/StandardRepository.h"
#include "core/storage/SettingsStore.h"

#include <algorithm>

namespace loket {

QString reviewStateCode(ReviewState state)
{
    switch (state) {
    case ReviewState::NotDue:
        return QStringLiteral("not_due");
    case ReviewState::Due:
        return QStringLiteral("due");
    case ReviewState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

ReviewSchedule::ReviewSchedule(DatabasePtr db)
    : m_db(std::move(db))
    , m_audit(m_db)
{ }

int ReviewSchedule::periodMonths() const
{
    const int months = SettingsStore(m_db).intValue(QLatin1String(SettingKey::StandardsReviewMonths));
    return months > 0 ? months : 12;
}

QDate ReviewSchedule::dueDate(QDate setOn, QDate lastReview, int periodMonths)
{
    // The yearly cadence follows the reviews themselves: a version set as
    // the outcome of a review does not restart the clock.
    const QDate base = lastReview.isValid() ? lastReview : setOn;
    return base.isValid() ? base.addMonths(periodMonths) : QDate();
}

ReviewState ReviewSchedule::stateOn(QDate dueOn, QDate date, int dueWithinDays)
{
    if (!dueOn.isValid())
        return ReviewState::NotDue;
    if (dueOn < date)
        return ReviewState::Overdue;
    if (date.daysTo(dueOn) <= dueWithinDays)
        return ReviewState::Due;
    return ReviewState::NotDue;
}

Result<QList<ReviewDue>> ReviewSchedule::schedule(const Actor &actor, QDate date, int dueWithinDays) const
{
    if (Status ok = m_audit.require(
            actor, Permission::ViewStandards, QStringLiteral("standard.read"), QStringLiteral("standard"));
        !ok)
        return ok.error();
    StandardRepository repo(m_db);
    StandardRecordStore store(m_db);
    const int months = periodMonths();
    auto services = repo.services();
    if (!services)
        return services.error();
    auto reviews = store.reviews(0);
    if (!reviews)
        return reviews.error();
    QList<ReviewDue> out;
    for (const ServiceRef &s : services.value()) {
        if (!s.active)
            continue;
        auto versions = repo.versions(s.id, false);
        if (!versions)
            return versions.error();
        const auto set = std::find_if(versions->cbegin(), versions->cend(),
            [](const StandardVersion &v) { return v.status == VersionStatus::Set; });
        if (set == versions->cend())
            continue;
        ReviewDue row;
        row.service = s;
        row.versionNumber = set->number;
        row.setOn = set->decreeDate;
        for (const StandardReview &r : reviews.value()) {
            if (r.serviceId == s.id && r.date <= date && (!row.lastReview.isValid() || r.date > row.lastReview))
                row.lastReview = r.date;
        }
        row.dueOn = dueDate(row.setOn, row.lastReview, months);
        row.state = stateOn(row.dueOn, date, dueWithinDays);
        row.daysOverdue = row.state == ReviewState::Overdue ? int(row.dueOn.daysTo(date)) : 0;
        out << row;
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewDue &a, const ReviewDue &b) { return a.dueOn < b.dueOn; });
    return out;
}

Result<QList<ReviewDue>> ReviewSchedule::dueOrOverdue(const Actor &actor, QDate date, int dueWithinDays) const
{
    auto all = schedule(actor, date, dueWithinDays);
    if (!all)
        return all.error();
    QList<ReviewDue> out;
    for (const ReviewDue &r : all.value()) {
        if (r.state != ReviewState::NotDue)
            out << r;
    }
    return out;
}

} // namespace loket
