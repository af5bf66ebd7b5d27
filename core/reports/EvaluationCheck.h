// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/standards/StandardCompliance.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

enum class EvidenceState { Met, Partly, Missing };
QString evidenceStateCode(EvidenceState state); // "met", "partly", "missing"

// One point evaluators (KemenPANRB's PEKPPP, Ombudsman RI; domain.md §8) look
// at, the evidence Loket holds for it and what is still missing.
struct EvaluationPoint {
    QString code;      // stable: "standards_components", "skm_done", …
    QString label;     // translated: what is looked at
    QString evaluator; // "PEKPPP", "Ombudsman" or "PEKPPP, Ombudsman"
    EvidenceState state = EvidenceState::Missing;
    QString evidence;  // translated: what Loket holds
    QString missing;   // translated: what to do; empty when met
};

// What the check reads, for the twelve months up to its day.
struct EvaluationInput {
    QDate day;
    ComplianceSummary standards; // on the day
    // The survey: the newest period that ended on or before the day, with responses.
    QString surveyPeriod;        // its code; empty: no survey in the last twelve months
    qint64 surveyRespondents = 0;
    bool surveySampleSufficient = false;
    PlanStanding surveyPlan;     // of that period
    // Complaints received in the twelve months.
    qint64 complaints = 0;
    qint64 complaintsCompleted = 0;    // closed, forwarded or archived
    qint64 complaintsAnsweredIn1Day = 0; // first response within 1×24 h
    int complaintChannels = 0;         // distinct channels they came through
    int suggestionOpenings = 0;        // signed openings of the suggestion boxes in the last three months
    // The queue.
    qint64 ticketsLast30Days = 0;
    int priorityReasons = 0;           // active reasons (lansia, disabilitas, …)
    qint64 priorityServed = 0;         // in the twelve months
};

struct EvaluationCheckResult {
    QDate day;
    QList<EvaluationPoint> points;
    int count(EvidenceState state) const;
};

// The evaluation self-check: the page an office prints before the evaluators
// visit. Needs ViewReports (a refusal is audited, "report.evaluation").
class EvaluationCheck {
    Q_DECLARE_TR_FUNCTIONS(EvaluationCheck)
public:
    EvaluationCheck(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // On `day` (invalid: today in the office).
    Result<EvaluationCheckResult> check(const Actor &actor, QDate day = {}) const;

    // The checklist from what was read; pure.
    static QList<EvaluationPoint> evaluate(const EvaluationInput &input);

private:
    Result<EvaluationInput> read(const Actor &actor, QDate day) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace loket
