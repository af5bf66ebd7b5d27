// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyMonthStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {

namespace {

// Bumped whenever the encoded shape changes: an older row is then recomputed.
constexpr int kFormat = 1;

QString monthCode(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonArray counts(const std::map<qint64, qint64> &m)
{
    QJsonArray a;
    for (const auto &[id, n] : m)
        a.append(QJsonArray {double(id), double(n)});
    return a;
}

bool counts(const QJsonValue &v, std::map<qint64, qint64> &out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonArray a = e.toArray();
        if (a.size() != 2)
            return false;
        out[qint64(a.at(0).toDouble())] = qint64(a.at(1).toDouble());
    }
    return true;
}

} // namespace

void SurveyTallies::add(const SurveyTallies &other)
{
    for (const auto &[id, t] : other.answers) {
        ElementTallies &mine = answers[id];
        for (size_t i = 0; i < mine.size(); ++i) {
            mine[i].sum += t[i].sum;
            mine[i].count += t[i].count;
        }
    }
    for (const auto &[id, n] : other.respondents)
        respondents[id] += n;
    for (const auto &[id, n] : other.served)
        served[id] += n;
}

bool SurveyTallies::operator==(const SurveyTallies &other) const
{
    auto same = [](const ElementTallies &a, const ElementTallies &b) {
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].sum != b[i].sum || a[i].count != b[i].count)
                return false;
        return true;
    };
    if (answers.size() != other.answers.size() || respondents != other.respondents || served != other.served)
        return false;
    for (const auto &[id, t] : answers) {
        const auto o = other.answers.find(id);
        if (o == other.answers.end() || !same(t, o->second))
            return false;
    }
    return true;
}

SurveyMonthStore::SurveyMonthStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

QByteArray SurveyMonthStore::encode(const SurveyTallies &t)
{
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    QJsonArray answers;
    for (const auto &[id, tallies] : t.answers) {
        QJsonArray row {double(id)};
        for (const ElementTally &e : tallies)
            row << double(e.sum) << double(e.count);
        answers.append(row);
    }
    o[QStringLiteral("answers")] = answers;
    o[QStringLiteral("respondents")] = counts(t.respondents);
    o[QStringLiteral("served")] = counts(t.served);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SurveyTallies> SurveyMonthStore::decode(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat || !o.value(QStringLiteral("answers")).isArray())
        return std::nullopt;
    SurveyTallies t;
    for (const QJsonValue &e : o.value(QStringLiteral("answers")).toArray()) {
        const QJsonArray a = e.toArray();
        if (a.size() != 1 + 2 * SurveyElements::kCount)
            return std::nullopt;
        ElementTallies &row = t.answers[qint64(a.at(0).toDouble())];
        for (int i = 0; i < SurveyElements::kCount; ++i)
            row[size_t(i)] = ElementTally {qint64(a.at(1 + 2 * i).toDouble()), qint64(a.at(2 + 2 * i).toDouble())};
    }
    if (!counts(o.value(QStringLiteral("respondents")), t.respondents) || !counts(o.value(QStringLiteral("served")), t.served))
        return std::nullopt;
    return t;
}

Result<std::optional<SurveyTallies>> SurveyMonthStore::load(QDate month) const
{
    auto text = rows().load(monthCode(month), tr("reading the stored survey figures of a finished month"));
    if (!text)
        return text.error();
    if (!text->has_value())
        return std::optional<SurveyTallies> {};
    return decode(text->value());
}

Status SurveyMonthStore::reserve(QDate month, qint64 startUtcMs, qint64 endUtcMs, qint64 nowMs) const
{
    return rows().reserve(monthCode(month), nowMs, tr("storing the survey figures of a finished month"),
                          {{QStringLiteral("start_ms"), startUtcMs}, {QStringLiteral("end_ms"), endUtcMs}});
}

Result<bool> SurveyMonthStore::fill(QDate month, const SurveyTallies &tallies, qint64 nowMs) const
{
    return rows().fill(monthCode(month), encode(tallies), nowMs, tr("storing the survey figures of a finished month"));
}

MonthRows SurveyMonthStore::rows() const
{
    return MonthRows(m_db, QStringLiteral("survey_months"), QStringLiteral("tallies"));
}

} // namespace loket
