// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Ikm.h"
#include "core/survey/SurveyPeriod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// Where a response was given: on the survey screen after the counter
// (kiosk), on a paper form entered by staff, or on an online form.
enum class SurveyChannel { Kiosk, Paper, Online };

QString surveyChannelCode(SurveyChannel channel); // "kiosk", "paper", "online"
std::optional<SurveyChannel> surveyChannelFromCode(const QString &code);
QString surveyChannelLabel(SurveyChannel channel); // translated

// One element's question and its four option labels (value 1 … 4).
struct SurveyQuestion {
    QString element;    // "U1" …
    QString question;
    QStringList options; // exactly four, for the values 1, 2, 3, 4
};

// A version of the questionnaire: all nine elements, always.
struct Questionnaire {
    int version = 0;
    QDateTime createdAt; // UTC; version 1 (the standard wording) has none
    qint64 createdBy = 0;
    QString note;
    QList<SurveyQuestion> questions; // in the standard questionnaire's order: U1 … U7, U9, U8
    const SurveyQuestion *question(const QString &element) const;
};

// Who answered, anonymously. Every field may be left empty.
struct RespondentProfile {
    QString gender;     // "", "L" (laki-laki), "P" (perempuan)
    int age = 0;        // 0: not given; else 10 … 120
    QString education;  // one of the configured list, or empty
    QString occupation; // one of the configured list, or empty
};

// A response as it is entered.
struct SurveyEntry {
    qint64 serviceId = 0;  // 0: the linked ticket's service
    qint64 ticketId = 0;   // 0: not linked (paper, or the screen without a handed-over ticket)
    SurveyChannel channel = SurveyChannel::Paper;
    QDateTime answeredAt;  // invalid: now; the survey screen always records now
    int version = 0;       // the questionnaire version the respondent was given; 0: the current one
    QMap<QString, int> answers; // element code → 1 … 4; an element not in the map was left unanswered
    RespondentProfile profile;
    QString comment;       // the respondent's own words (saran/komentar), optional, at most 1 000 characters
};

struct SurveyResponse {
    qint64 id = 0;
    int version = 0;
    qint64 serviceId = 0;
    QDateTime answeredAt; // UTC
    SurveyChannel channel = SurveyChannel::Paper;
    qint64 ticketId = 0;
    RespondentProfile profile;
    QMap<QString, int> answers;
    QDateTime enteredAt; // UTC
    qint64 enteredBy = 0; // 0: the survey screen or Loket itself
    QString comment;
};

// What is wrong with one line of an imported file.
struct SurveyImportProblem {
    int line = 0;   // 1-based, as a spreadsheet numbers it (the header is line 1)
    QString field;  // the column, e.g. "U3" or "date"; empty when the whole line is wrong
    QString message; // translated
};

// The survey's settings (SettingsStore keys survey.*).
struct SurveySettings {
    SurveyPeriod::Kind periodKind = SurveyPeriod::Kind::Quarter;
    IkmWeighting weighting = IkmWeighting::Exact;
    QStringList educationOptions;  // empty: the question is not asked
    QStringList occupationOptions;
    static QStringList standardEducation();  // SD, SMP, SMA, D1-D3, S1, S2, S3
    static QStringList standardOccupation(); // PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA
};

// The index of one group of responses (the office, or one service).
struct SurveyGroupIndex {
    qint64 serviceId = 0; // 0: the whole office
    QString serviceCode;
    QString serviceName;
    IkmResult ikm;               // ikm.respondents: the responses of the group
    SampleSufficiency sample;    // N: tickets served in the range
};

// The index over a range of office-local days.
struct SurveyIndexReport {
    QDate from;
    QDate to;
    std::optional<SurveyPeriod> period; // when computed for one
    IkmWeighting weighting = IkmWeighting::Exact;
    SurveyGroupIndex office;
    // Every service with a response or a served ticket in the range, in the catalogue's order.
    QList<SurveyGroupIndex> byService;
    const SurveyGroupIndex *service(qint64 serviceId) const;
};

} // namespace loket
