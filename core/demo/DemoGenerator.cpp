// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/auth/UserService.h"
#include "core/demo/DemoComplaints.h"
#include "core/demo/DemoSuggestions.h"
#include "core/demo/DemoSurvey.h"
#include "core/demo/DemoHistory.h"
#include "core/demo/DemoOffice.h"
#include "core/standards/DemoStandards.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

Result<DemoSummary> generateDemo(const DatabasePtr &db, const DemoOptions &options)
{
    if (options.days < 0 || options.days > 3660)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("loket", "The number of days must be between 0 and 3660."));
    if (options.visitorsPerDay < 0 || options.visitorsPerDay > 5000)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("loket", "The visitors per day must be between 1 and 5000."));
    // The weekday pattern averages 1.012 (busy Mondays, quiet Fridays).
    const double scale = options.visitorsPerDay > 0 ? options.visitorsPerDay / (kDemoDefaultVisitors * 1.012) : 1.0;
    const int counterSets = options.visitorsPerDay > 0 ? std::max(1, (options.visitorsPerDay + 179) / 180) : 1;
    UserService users(db);
    if (users.hasAnyUser())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("loket", "The database already has users: demo data goes only into "
                                                              "a new database. Give another --database file."));
    const int utcOffset = 7 * 3600; // the demo office is in WIB
    // Without a date the demo ends now: today's queue is the one in progress.
    const qint64 realNow = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    const QDate until = options.until.isValid()
        ? options.until
        : QDateTime::fromMSecsSinceEpoch(options.nowUtcMs > 0 ? options.nowUtcMs : realNow, Qt::UTC)
              .addSecs(utcOffset)
              .date();
    qint64 now = options.nowUtcMs;
    if (now <= 0) {
        now = options.until.isValid()
            ? QDateTime(until.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - qint64(utcOffset) * 1000 - 1
            : realNow;
    }

    // Accounts first: hashing is slow and must stay outside the long transaction. The office is set
    // up at the start of its history, so the audit log (a hash chain that never goes back in time)
    // runs in time order: the office, then the complaints as they came, then today's standards work.
    const QDate first = until.addDays(-options.days);
    const ManualClock setupClock(QDateTime(first, QTime(0, 0), Qt::UTC).addSecs(-utcOffset));
    auto office = demo::writeOffice(db, setupClock, counterSets);
    if (!office)
        return office.error();

    DemoSummary summary;
    summary.services = int(office->history.services.size());
    summary.counters = int(office->history.counters.size());
    summary.users = office->users;

    QRandomGenerator random(options.seed);
    demo::HistoryInput input = office->history;
    input.first = first;
    input.last = until;
    input.nowUtcMs = now;
    input.utcOffsetSeconds = utcOffset;
    input.visitorScale = scale;
    demo::HistoryOutput history;
    Status written = db->transaction([&]() -> Status {
        auto out = demo::writeHistory(db, input, random);
        if (!out)
            return out.error();
        history = out.value();
        return demo::openCountersForToday(db, input, now);
    });
    if (!written)
        return written.error();
    // The complaint log of the same days, written through the complaint service.
    // With the suggestion-box openings of those months on the same timeline.
    auto sessions = std::make_shared<int>(0);
    auto survey = std::make_shared<demo::SurveyCounts>();
    auto complaints = demo::writeComplaints(db, input.first, until, now, random,
        [&](demo::Timeline &timeline, const Clock &clock) {
            demo::planSuggestions(db, input.first, until, now, random, timeline, clock, sessions);
            demo::planSurvey(db, input.first, until, now, random, timeline, clock, survey, scale);
        });
    if (!complaints)
        return complaints.error();
    summary.complaints = complaints.value();
    summary.suggestionSessions = *sessions;
    summary.surveyResponses = survey->kiosk + survey->paper;
    summary.surveyPlanItems = survey->planItems;
    // Standards for the demo services: decrees, a consultation, publications, one review overdue,
    // dated from the demo's "now" (not the computer's), so they are in force on the demo's days.
    const ManualClock demoClock(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    auto standards = seedDemoStandards(db, Actor::system(), demoClock);
    if (!standards)
        return standards.error();
    summary.standards = standards.value();
    summary.workingDays = history.workingDays;
    summary.tickets = history.tickets;
    summary.priorityTickets = history.priority;
    summary.noShows = history.noShows;
    summary.waitingNow = history.waitingNow;
    return summary;
}

} // namespace loket
