// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/auth/AuditLog.h"
#include "core/catalog/OfficeProfile.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyPlan.h"
#include "core/survey/SurveyService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace loket {

// One line of a respondents-by-profile table: a stable code ("L", "SMA",
// "20-29", a service code; "" for "not given"), its label, how many.
struct SurveyProfileCount {
    QString code;
    QString label;
    qint64 count = 0;
};

// Respondents by one profile field: "gender", "age", "education",
// "occupation", "service", "channel". The counts add up to the respondents.
struct SurveyProfileTable {
    QString field;
    QString title; // translated: "Jenis kelamin" …
    QList<SurveyProfileCount> rows;
};

// One response, for the appendix and the workbook. Anonymous: no ticket.
struct SurveyRawRow {
    qint64 id = 0;
    QDate day;          // office-local
    QDateTime answeredAt; // UTC
    QString serviceCode;
    QString serviceName;
    SurveyChannel channel = SurveyChannel::Paper;
    int version = 1;
    RespondentProfile profile;
    std::array<int, SurveyElements::kCount> answers {}; // by code order U1 … U9; 0: left unanswered
};

// The index of one earlier (or the same) period, for the trend.
struct SurveyTrendPoint {
    SurveyPeriod period;
    qint64 respondents = 0;
    std::optional<int> convertedCenti; // empty: no complete index in the period
    std::optional<IkmGrade> grade;
};

// What the report prints about how the survey was run (SettingKey::SurveyReport*).
// Stored empty, each is the translated default (defaultMethod() …).
struct SurveyReportSettings {
    QString team;   // one member per line: "Name — role in the team"
    QString method;
    QString place;
    static QString defaultMethod();
    static QString defaultTeam(const QString &officeName);
    static QString defaultPlace(const OfficeProfile &office);
};

// Everything the SKM report (the PDF and the workbook) prints for a range
// of office-local days, read once.
struct SurveyReportData {
    QDate from;
    QDate to;
    QDate madeOn; // office-local day it was made (the signature's date)
    OfficeProfile office;
    SurveySettings settings;
    SurveyIndexReport index; // the office, per service, per element, the sample; index.weighting is printed

    // The configured kind of period, the one holding `to` and the ones before (oldest first).
    QList<SurveyTrendPoint> trend;

    QList<SurveyProfileTable> profiles; // gender, age, education, occupation, service, channel
    // answerCounts[element][value - 1]: how many answered `value` (1 … 4), by code order.
    std::array<std::array<qint64, 4>, SurveyElements::kCount> answerCounts {};
    // The questionnaire versions the respondents in the range were given
    // (the current one when nobody answered), oldest first.
    QList<Questionnaire> questionnaires;
    QList<SurveyRawRow> rows; // oldest first; only when asked for (withRows)

    // How the survey was run, as printed (the settings, or their defaults).
    QStringList team; // one line per member
    QString method;
    QString place;

    // The follow-up plan and the publications of the periods the range
    // covers (periodCodes: the configured kind's periods overlapping the
    // range, and the range itself when it is a period of another kind).
    QStringList periodCodes;
    QList<PlanItem> planItems;
    QList<SurveyPublication> publications;
    std::optional<QDate> forumDate;
    QList<PlanProposal> proposals; // D-graded elements without an item yet

    // The answered elements ordered by their converted NRR: weakest first, for the analysis.
    QList<const IkmElement *> elementsByScore() const;
};

// Reads the SKM report's data. Needs ViewReports (refusals audited; a
// report made is recorded as "survey.report"). Aggregates in SQL: the
// index, the trend (one pass over its periods) and the profile counts; the
// per-response rows only when asked for (the workbook), one row each.
class SurveyReport {
    Q_DECLARE_TR_FUNCTIONS(SurveyReport)
public:
    SurveyReport(DatabasePtr db, const Clock &clock = SystemClock::instance());

    struct Options {
        std::optional<IkmWeighting> weighting; // empty: the setting
        bool withRows = true;
        int trendPeriods = 6; // how many periods the trend shows, the last holding `to`
    };
    Result<SurveyReportData> read(const Actor &actor, QDate from, QDate to, const Options &options) const;
    Result<SurveyReportData> read(const Actor &actor, QDate from, QDate to) const { return read(actor, from, to, Options {}); }

    // The report's settings as stored (empty texts: the defaults). Reading needs nothing.
    SurveyReportSettings settings() const;
    // ManageSurvey; audited. Texts are trimmed; each at most 2,000 characters.
    Status setSettings(const Actor &actor, const SurveyReportSettings &settings);

    // "Kurang dari 20", "20–29" … "60 ke atas" for the age groups; code "" = not given.
    static QString ageGroupCode(int age);

private:
    Status readProfiles(SurveyReportData &data, qint64 startMs, qint64 endMs) const;
    Status readTrend(SurveyReportData &data, int periods, const OfficeTime &time) const;
    Status readRows(SurveyReportData &data, qint64 startMs, qint64 endMs, const OfficeTime &time) const;
    Status readPlan(const Actor &actor, SurveyReportData &data) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    SurveyService m_survey;
};

} // namespace loket
