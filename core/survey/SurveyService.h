// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/OfficeTime.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/survey/Survey.h"
#include "core/survey/SurveyMonthStore.h"

#include <map>

namespace loket {

// The satisfaction survey (SKM, PermenPANRB 14/2017; domain.md §6): the
// versioned questionnaire, the anonymous responses and the index of a period.
//
// Who may do what (checked with the actor; refusals are audited):
// - reading the questionnaire and the settings needs no permission (the
//   questionnaire is what every citizen is shown);
// - EnterSurvey: officers, the follow-up team, supervisors and administrators
//   enter paper and online responses (audited, with the channel and
//   service); the survey screen, as QueueService::kioskActor(), records the
//   kiosk channel's responses only, at the present moment, unaudited (the
//   respondent is an anonymous citizen; the response itself is the record);
//   nobody else records the kiosk channel;
// - ManageSurvey (supervisors, administrators): reword a question (a new
//   questionnaire version), the settings; both audited;
// - ViewReports (supervisors, administrators): the index.
//
// Responses are written once: the database refuses any change or removal.
class SurveyService {
    Q_DECLARE_TR_FUNCTIONS(SurveyService)
public:
    SurveyService(DatabasePtr db, const Clock &clock = SystemClock::instance());

    // The questionnaire.
    Result<Questionnaire> currentQuestionnaire() const;
    Result<Questionnaire> questionnaire(int version) const;
    Result<QList<Questionnaire>> questionnaires() const; // every version, oldest first
    // A new version with `element`'s question and four option labels
    // changed and the other elements as they are. Every text is required:
    // an element can be reworded, never dropped.
    Result<Questionnaire> reword(const Actor &actor, const QString &element, const QString &question,
                                 const QStringList &options, const QString &note = {});

    // Settings (SettingKey::Survey*).
    SurveySettings settings() const;
    Status setSettings(const Actor &actor, const SurveySettings &settings);

    // Records a response. Refused, with what to correct, when an answer is
    // not 1 … 4 or not for an element U1 … U9, when nothing is answered, when
    // a profile value is not in the configured lists, when the ticket does
    // not exist, was not served or already has its response, or when the
    // service does not exist or is not the ticket's.
    Result<SurveyResponse> addResponse(const Actor &actor, SurveyEntry entry);
    Result<SurveyResponse> response(const Actor &actor, qint64 id) const; // ViewReports
    // Whether a served ticket may still be given the survey (for the counter's hand-over key).
    Result<bool> ticketMayAnswer(const Actor &actor, qint64 ticketId) const;

    // Imports responses from a spreadsheet's CSV (UTF-8; ',' or ';'): the
    // header date,service,gender,age,education,occupation,U1,…,U9 (any
    // order, case ignored; optional columns: channel, paper or online, paper
    // when absent; comment, the respondent's own words). date is YYYY-MM-DD (optionally with HH:MM, office
    // time); service is the service's code; an empty cell is an unanswered
    // element or an unknown profile field. All or nothing: when any row is
    // wrong nothing is imported and `problems` holds each one with its line
    // and field. ManageSurvey (supervisors, administrators); one audit entry.
    Result<int> importCsv(const Actor &actor, const QByteArray &utf8, QList<SurveyImportProblem> *problems = nullptr);

    // The index over office-local days `from` … `to` (both included), for the
    // office and per service, per element, with the Krejcie–Morgan sample
    // from the tickets served in the range. weighting: empty = the setting.
    Result<SurveyIndexReport> index(const Actor &actor, QDate from, QDate to,
                                    std::optional<IkmWeighting> weighting = std::nullopt) const;
    Result<SurveyIndexReport> index(const Actor &actor, const SurveyPeriod &period,
                                    std::optional<IkmWeighting> weighting = std::nullopt) const;
    // The period containing today, of the configured kind.
    SurveyPeriod currentPeriod() const;
    // Whether index() reads and writes the stored tallies of finished months
    // (on by default; off computes everything from the responses, as a
    // benchmark's baseline and a test's reference).
    void setMonthStoreEnabled(bool enabled) { m_monthStore = enabled; }

    static constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;
    static constexpr int kMaxComment = 1000;

private:
    // The SQL aggregates the index reads over office-local days from … to:
    // per service, per element, the sum and count of the answers, the
    // responses and the tickets served. One statement each; no answer row is
    // loaded.
    Result<SurveyTallies> computeTallies(const OfficeTime &time, QDate from, QDate to) const;
    // The same, with each whole finished month inside the range read from
    // (or written to) SurveyMonthStore, and the rest computed.
    Result<SurveyTallies> rangeTallies(const OfficeTime &time, QDate from, QDate to) const;
    Result<SurveyTallies> monthTallies(const OfficeTime &time, QDate month) const;
    Result<OfficeTime> officeTime() const;
    // What checkEntry reads once for many entries (an import).
    struct CheckContext {
        SurveySettings settings;
        int currentVersion = 0;
    };
    Status checkEntry(const Actor &actor, SurveyEntry &entry, qint64 nowMs, const CheckContext *known = nullptr) const;
    Status checkTicket(SurveyEntry &entry) const;
    Result<SurveyResponse> load(qint64 id) const;
    // The rows of a checked response (inside the caller's transaction), unaudited.
    Status insertResponse(const Actor &actor, const SurveyEntry &entry, qint64 nowMs, qint64 &id) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    bool m_monthStore = true;
};

} // namespace loket
