// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/QueueCounter.h"
#include "core/storage/Database.h"

#include <optional>

namespace loket {

// A window (one running Loket) where an officer works at a counter.
struct OfficerWindow {
    QString token; // one per window
    QString host; // the PC
    qint64 pid = 0; // the process on that PC
    qint64 counterId = 0;
    int counterNumber = 0;
    QDateTime since; // UTC
};

// The working state of counters: open, paused (with a reason) or closed, and
// the officer signed in at each. An officer is signed in at one counter at a
// time; closing a counter signs its officer out. A counter that is still busy
// with a called or served ticket cannot be paused or closed.
// Adding counters and choosing their services is core/catalog's work.
class CounterService
{
    Q_DECLARE_TR_FUNCTIONS(CounterService)
public:
    CounterService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<QList<QueueCounter>> counters() const; // active counters, by number
    Result<QueueCounter> counter(qint64 id) const;
    Result<QueueCounter> counterByNumber(int number) const;
    // The counter the user is signed in at, if any.
    Result<std::optional<QueueCounter>> counterOf(qint64 userId) const;

    // Opens a closed counter or resumes a paused one. An officer opening a
    // counter nobody is signed in at is signed in at it.
    Result<QueueCounter> open(const Actor &actor, qint64 counterId);
    Result<QueueCounter> pause(const Actor &actor, qint64 counterId, const QString &reason);
    Result<QueueCounter> close(const Actor &actor, qint64 counterId);
    Result<QueueCounter> signIn(const Actor &actor, qint64 counterId);

    // Signing in and opening are allowed at any hour (work before opening, a
    // late citizen), but the officer is told: outside the office's hours, on
    // a closed weekday or a holiday, a message that says when the office is
    // open; none within its hours.
    Result<std::optional<QString>> outOfHours() const;

    // This window, for claimWindow(): a fresh token, this PC and process.
    static OfficerWindow thisWindow();
    // Notes that `window` works at the counter for the actor and returns
    // another window still open where the actor works, on this PC or another
    // (two windows at one counter call two citizens at once). Windows of
    // processes that ended on this PC, and entries older than a working day,
    // are forgotten.
    Result<std::optional<OfficerWindow>> claimWindow(const Actor &actor, qint64 counterId, const OfficerWindow &window);
    // The same question, without writing.
    Result<std::optional<OfficerWindow>> otherWindow(const Actor &actor, const OfficerWindow &window) const;
    // The window closes or leaves the counter.
    Status releaseWindow(const Actor &actor, const OfficerWindow &window);

    // Shared with QueueService: refuses unless the actor is the officer signed
    // in at the counter (Loket itself acts anywhere).
    static Status checkStaffedBy(const QueueCounter &counter, const Actor &actor);

private:
    Result<QueueCounter> change(
        const Actor &actor, qint64 counterId, const QString &action, const std::function<Status(QueueCounter &)> &work);
    Status checkMayOperate(const QueueCounter &counter, const Actor &actor) const;
    Status checkNotBusy(const QueueCounter &counter, const QString &refusal) const;
    Status write(const QueueCounter &counter) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
