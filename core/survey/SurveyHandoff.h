// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace loket {

// A served ticket handed by its counter to the survey screen (table survey_handoffs).
struct SurveyHandoff {
    qint64 id = 0;
    qint64 counterId = 0;
    int counterNumber = 0;
    qint64 ticketId = 0;
    // For the officer's message at the counter only. pending() leaves it
    // empty: the survey screen never shows whose ticket it is.
    QString ticketNumber;
    qint64 serviceId = 0;
    QString serviceName;
    QDateTime handedAt; // UTC
    qint64 handedBy = 0;
};

// The counter hands the ticket it has just served to the survey screen beside
// it, so the citizen's response is linked to the ticket (and its service)
// without anybody typing a number (issue 11).
//
// - handOver (ServeQueue, the officer signed in at that counter; audited):
//   the ticket must be finished (done) at that counter and may still answer
//   (SurveyService::ticketMayAnswer). A newer hand-over from the same
//   counter, or of the same ticket, replaces an older one still pending.
// - pending (EnterSurvey: the survey screen as QueueService::kioskActor()):
//   the newest hand-over of the last kPendingMinutes from those counters
//   that is neither used, cancelled nor already answered.
// - SurveyService::addResponse with the handed ticket marks it used; an
//   abandoned survey leaves it pending until it expires.
class SurveyHandoffService {
    Q_DECLARE_TR_FUNCTIONS(SurveyHandoffService)
public:
    // How long a hand-over waits for its citizen: the walk from the counter to
    // the screen takes a minute or two; after ten the person at the screen is
    // somebody else, who must not answer for another's ticket.
    static constexpr int kPendingMinutes = 10;

    SurveyHandoffService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    Result<SurveyHandoff> handOver(const Actor &actor, qint64 counterId, qint64 ticketId);
    // Hands the ticket finished last at the counter within kPendingMinutes
    // (the citizen who has just left the desk); ErrorCode::Nothing, in words,
    // when none was.
    Result<SurveyHandoff> handOverLast(const Actor &actor, qint64 counterId);

    // For the survey screen: counterIds empty means every counter.
    Result<std::optional<SurveyHandoff>> pending(const Actor &actor, const QList<qint64> &counterIds = {}) const;

    // Called by SurveyService::addResponse inside its transaction: the
    // pending hand-overs of the ticket become used by the response.
    static Status markUsed(const Database &db, qint64 ticketId, qint64 responseId, qint64 nowMs);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
