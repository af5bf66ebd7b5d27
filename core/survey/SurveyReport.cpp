// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyReport.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/OfficeService.h"
#include "core/common/TextCheck.h"
#include "core/storage/SettingsStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace loket {

namespace {

const QString kAction = QStringLiteral("survey.report");

// The age groups of the respondents table.
struct AgeGroup {
    int below; // the group holds ages < below
    const char *code;
    const char *label;
};
const AgeGroup kAgeGroups[] = {
    {20, "<20", QT_TRANSLATE_NOOP("SurveyReport", "Under 20")},
    {30, "20-29", QT_TRANSLATE_NOOP("SurveyReport", "20–29")},
    {40, "30-39", QT_TRANSLATE_NOOP("SurveyReport", "30–39")},
    {50, "40-49", QT_TRANSLATE_NOOP("SurveyReport", "40–49")},
    {60, "50-59", QT_TRANSLATE_NOOP("SurveyReport", "50–59")},
    {1000, "60+", QT_TRANSLATE_NOOP("SurveyReport", "60 and over")},
};

QString notGiven()
{
    return SurveyReport::tr("Not filled in");
}

// Counts keyed by stored value, then the table in `order` (every listed value,
// zeros too), the values found that the list no longer holds, and "not given".
SurveyProfileTable table(const QString &field, const QString &title, const std::map<QString, qint64> &counts,
                         const QList<std::pair<QString, QString>> &order)
{
    SurveyProfileTable t;
    t.field = field;
    t.title = title;
    std::map<QString, qint64> rest = counts;
    for (const auto &[code, label] : order) {
        const auto it = rest.find(code);
        t.rows << SurveyProfileCount {code, label, it == rest.end() ? 0 : it->second};
        if (it != rest.end())
            rest.erase(it);
    }
    qint64 empty = 0;
    for (const auto &[code, n] : rest) {
        if (code.isEmpty())
            empty += n;
        else
            t.rows << SurveyProfileCount {code, code, n};
    }
    t.rows << SurveyProfileCount {QString(), notGiven(), empty};
    return t;
}

QList<std::pair<QString, QString>> sameLabels(const QStringList &codes)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &c : codes)
        out << std::pair {c, c};
    return out;
}

} // namespace

QString SurveyReportSettings::defaultMethod()
{
    return SurveyReport::tr(
        "A closed questionnaire of nine elements with four answers each (PermenPANRB 14/2017), filled in by the "
        "service users themselves right after being served: on the survey screen in the service room, on a paper "
        "form, or online. The respondents are anonymous.");
}

QString SurveyReportSettings::defaultTeam(const QString &officeName)
{
    return officeName.trimmed().isEmpty()
        ? SurveyReport::tr("The satisfaction survey team appointed by the head of office")
        : SurveyReport::tr("The satisfaction survey team of %1, appointed by the head of office").arg(officeName.trimmed());
}

QString SurveyReportSettings::defaultPlace(const OfficeProfile &office)
{
    QStringList parts;
    if (!office.name.trimmed().isEmpty())
        parts << SurveyReport::tr("The service room of %1").arg(office.name.trimmed());
    if (!office.address.trimmed().isEmpty())
        parts << office.address.trimmed();
    if (!office.city.trimmed().isEmpty())
        parts << office.city.trimmed();
    return parts.isEmpty() ? SurveyReport::tr("The office's service room") : parts.join(QStringLiteral(", "));
}

QList<const IkmElement *> SurveyReportData::elementsByScore() const
{
    QList<const IkmElement *> out;
    for (const IkmElement &e : index.office.ikm.elements) {
        if (e.answered())
            out << &e;
    }
    // By the exact NRR (sum/count, compared as fractions), then by code.
    std::stable_sort(out.begin(), out.end(), [](const IkmElement *a, const IkmElement *b) {
        const qint64 l = a->sum * b->count, r = b->sum * a->count; // sums ≤ 4 · count: no overflow
        return l < r;
    });
    return out;
}

SurveyReport::SurveyReport(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_survey(m_db, clock)
{
}

QString SurveyReport::ageGroupCode(int age)
{
    if (age <= 0)
        return {};
    for (const AgeGroup &g : kAgeGroups) {
        if (age < g.below)
            return QLatin1String(g.code);
    }
    return {};
}

SurveyReportSettings SurveyReport::settings() const
{
    const SettingsStore store(m_db);
    SurveyReportSettings s;
    s.team = store.stringValue(QLatin1String(SettingKey::SurveyReportTeam)).trimmed();
    s.method = store.stringValue(QLatin1String(SettingKey::SurveyReportMethod)).trimmed();
    s.place = store.stringValue(QLatin1String(SettingKey::SurveyReportPlace)).trimmed();
    return s;
}

Status SurveyReport::setSettings(const Actor &actor, const SurveyReportSettings &in)
{
    const QString action = QStringLiteral("survey.report_settings");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, QStringLiteral("settings")); !allowed)
        return allowed;
    const std::pair<const char *, QString> values[] = {
        {SettingKey::SurveyReportTeam, in.team.trimmed()},
        {SettingKey::SurveyReportMethod, in.method.trimmed()},
        {SettingKey::SurveyReportPlace, in.place.trimmed()},
    };
    const QString names[] = {tr("The survey team"), tr("The survey method"), tr("The survey place")};
    for (int i = 0; i < 3; ++i) {
        if (Status s = TextCheck::check(values[i].second, names[i], TextCheck::Kind::MultiLine); !s)
            return s;
        if (values[i].second.size() > 2000)
            return makeError(ErrorCode::InvalidInput, tr("%1 is too long (at most 2,000 characters).").arg(names[i]));
    }
    const SettingsStore store(m_db);
    return m_db->transaction([&]() -> Status {
        for (const auto &[key, value] : values) {
            if (Status s = store.setValue(QLatin1String(key), value); !s)
                return s;
        }
        return m_audit.record(actor, action, QStringLiteral("settings"));
    });
}

Result<SurveyReportData> SurveyReport::read(const Actor &actor, QDate from, QDate to, const Options &options) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, kAction, QStringLiteral("survey")); !allowed)
        return allowed.error();
    auto index = m_survey.index(actor, from, to, options.weighting);
    if (!index)
        return index.error();
    auto time = CalendarRepository(m_db).officeTime();
    if (!time)
        return time.error();

    SurveyReportData data;
    data.from = from;
    data.to = to;
    data.madeOn = time->localDateOfMs(m_clock.nowMs());
    data.settings = m_survey.settings();
    data.index = index.value();
    // A range that is exactly a period says so (the report's title, the plan).
    for (const SurveyPeriod::Kind kind : {data.settings.periodKind, SurveyPeriod::Kind::Quarter,
                                          SurveyPeriod::Kind::Semester, SurveyPeriod::Kind::Year}) {
        const SurveyPeriod p = SurveyPeriod::containing(kind, from);
        if (p.from() == from && p.to() == to) {
            data.index.period = p;
            break;
        }
    }
    if (auto office = OfficeService(m_db, m_clock).get())
        data.office = office.value();

    const SurveyReportSettings stored = settings();
    for (const QString &line : (stored.team.isEmpty() ? SurveyReportSettings::defaultTeam(data.office.name) : stored.team)
                                   .split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            data.team << line.trimmed();
    }
    data.method = stored.method.isEmpty() ? SurveyReportSettings::defaultMethod() : stored.method;
    data.place = stored.place.isEmpty() ? SurveyReportSettings::defaultPlace(data.office) : stored.place;

    const qint64 startMs = time->dayStartUtcMs(from), endMs = time->dayEndUtcMs(to);
    if (Status s = readProfiles(data, startMs, endMs); !s)
        return s.error();
    if (Status s = readTrend(data, std::clamp(options.trendPeriods, 1, 12), time.value()); !s)
        return s.error();
    if (options.withRows) {
        if (Status s = readRows(data, startMs, endMs, time.value()); !s)
            return s.error();
    }
    if (Status s = readPlan(actor, data); !s)
        return s.error();
    if (Status s = m_audit.record(actor, kAction, QStringLiteral("survey"),
                                  from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate));
        !s)
        return s.error();
    return data;
}

Status SurveyReport::readProfiles(SurveyReportData &data, qint64 startMs, qint64 endMs) const
{
    // One GROUP BY over the range's responses (no answer row): the
    // combinations are few (each field has a handful of values), and each
    // table is summed from them.
    std::map<QString, qint64> gender, ages, education, occupation, channel, versions;
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT gender, coalesce(age, 0), education, occupation, channel, version, count(*) "
                                 "FROM survey_responses WHERE answered_at >= ? AND answered_at < ? "
                                 "GROUP BY gender, coalesce(age, 0), education, occupation, channel, version"));
        q.addBindValue(startMs);
        q.addBindValue(endMs);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("counting the respondents"));
        while (q.next()) {
            const qint64 n = q.value(6).toLongLong();
            gender[q.value(0).toString()] += n;
            ages[q.value(1).toString()] += n;
            education[q.value(2).toString()] += n;
            occupation[q.value(3).toString()] += n;
            channel[q.value(4).toString()] += n;
            versions[q.value(5).toString()] += n;
        }
    }
    std::map<QString, qint64> ageGroups;
    for (const auto &[age, n] : ages)
        ageGroups[ageGroupCode(age.toInt())] += n;

    data.profiles << table(QStringLiteral("gender"), tr("Gender"), gender,
                           {{QStringLiteral("L"), tr("Male")}, {QStringLiteral("P"), tr("Female")}});
    QList<std::pair<QString, QString>> ageOrder;
    for (const AgeGroup &g : kAgeGroups)
        ageOrder << std::pair {QString::fromLatin1(g.code), tr(g.label)};
    data.profiles << table(QStringLiteral("age"), tr("Age"), ageGroups, ageOrder);
    data.profiles << table(QStringLiteral("education"), tr("Education"), education,
                           sameLabels(data.settings.educationOptions));
    data.profiles << table(QStringLiteral("occupation"), tr("Occupation"), occupation,
                           sameLabels(data.settings.occupationOptions));
    SurveyProfileTable services;
    services.field = QStringLiteral("service");
    services.title = tr("Service received");
    for (const SurveyGroupIndex &g : data.index.byService) {
        if (g.ikm.respondents > 0)
            services.rows << SurveyProfileCount {g.serviceCode, g.serviceName, g.ikm.respondents};
    }
    data.profiles << services;
    QList<std::pair<QString, QString>> channels;
    for (const SurveyChannel c : {SurveyChannel::Kiosk, SurveyChannel::Paper, SurveyChannel::Online})
        channels << std::pair {surveyChannelCode(c), surveyChannelLabel(c)};
    SurveyProfileTable byChannel = table(QStringLiteral("channel"), tr("Channel"), channel, channels);
    byChannel.rows.removeLast(); // the channel is always given
    data.profiles << byChannel;

    // The questionnaire versions given; the current one when nobody answered.
    for (const auto &[version, n] : versions) {
        auto q = m_survey.questionnaire(version.toInt());
        if (!q)
            return q.error();
        data.questionnaires << q.value();
    }
    std::sort(data.questionnaires.begin(), data.questionnaires.end(),
              [](const Questionnaire &a, const Questionnaire &b) { return a.version < b.version; });
    if (data.questionnaires.isEmpty()) {
        auto q = m_survey.currentQuestionnaire();
        if (!q)
            return q.error();
        data.questionnaires << q.value();
    }
    return {};
}

Status SurveyReport::readTrend(SurveyReportData &data, int periods, const OfficeTime &time) const
{
    QList<SurveyPeriod> list {SurveyPeriod::containing(data.settings.periodKind, data.to)};
    while (list.size() < periods)
        list.prepend(list.first().previous());
    // One pass over the trend's periods and the report's range together: the
    // answers counted per element and value in slices cut at every period's
    // and the range's bounds (a CASE over bound values, no date function).
    // A slice lies in at most one period and wholly inside or outside the
    // range, so both the trend's sums and the range's answer counts add up
    // from the slices.
    const qint64 rangeStart = time.dayStartUtcMs(data.from), rangeEnd = time.dayEndUtcMs(data.to);
    std::vector<qint64> bounds {rangeStart, rangeEnd};
    for (const SurveyPeriod &p : list) {
        bounds.push_back(p.startUtcMs(time));
        bounds.push_back(p.endUtcMs(time));
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    // Slice i is [bounds[i], bounds[i + 1]).
    const int slices = int(bounds.size()) - 1;
    QString bucket = QStringLiteral("CASE");
    for (int i = 1; i < slices; ++i)
        bucket += QStringLiteral(" WHEN r.answered_at < ? THEN %1").arg(i - 1);
    bucket += QStringLiteral(" ELSE %1 END").arg(slices - 1);
    const auto bind = [&](QSqlQuery &q) {
        for (int i = 1; i < slices; ++i)
            q.addBindValue(bounds[size_t(i)]);
        q.addBindValue(bounds.front());
        q.addBindValue(bounds.back());
    };
    const auto periodOf = [&](int slice) {
        const qint64 at = bounds[size_t(slice)];
        for (int p = 0; p < list.size(); ++p) {
            if (at >= list.at(p).startUtcMs(time) && at < list.at(p).endUtcMs(time))
                return p;
        }
        return -1;
    };
    const auto inRange = [&](int slice) { return bounds[size_t(slice)] >= rangeStart && bounds[size_t(slice)] < rangeEnd; };

    std::vector<ElementTallies> tallies(size_t(list.size()));
    std::vector<qint64> respondents(size_t(list.size()), 0);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 AS p, a.element, a.value, count(*) "
                             "FROM survey_responses r CROSS JOIN survey_answers a "
                             "WHERE a.response_id = r.id AND r.answered_at >= ? AND r.answered_at < ? GROUP BY p, a.element, a.value")
                  .arg(bucket));
    bind(q);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the survey's trend"));
    while (q.next()) {
        const int slice = q.value(0).toInt();
        const int i = SurveyElements::index(q.value(1).toString());
        const int value = q.value(2).toInt();
        const qint64 n = q.value(3).toLongLong();
        if (slice < 0 || slice >= slices || i < 0 || value < 1 || value > 4)
            continue;
        if (const int p = periodOf(slice); p >= 0) {
            ElementTally &t = tallies[size_t(p)][size_t(i)];
            t.sum += qint64(value) * n;
            t.count += n;
        }
        if (inRange(slice))
            data.answerCounts[size_t(i)][size_t(value - 1)] += n;
    }
    q.prepare(QStringLiteral("SELECT %1 AS p, count(*) FROM survey_responses r "
                             "WHERE r.answered_at >= ? AND r.answered_at < ? GROUP BY p")
                  .arg(bucket));
    bind(q);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the survey's trend"));
    while (q.next()) {
        const int slice = q.value(0).toInt();
        if (slice < 0 || slice >= slices)
            continue;
        if (const int p = periodOf(slice); p >= 0)
            respondents[size_t(p)] += q.value(1).toLongLong();
    }
    for (int p = 0; p < list.size(); ++p) {
        SurveyTrendPoint point;
        point.period = list.at(p);
        point.respondents = respondents[size_t(p)];
        auto ikm = Ikm::compute(tallies[size_t(p)], data.index.weighting, point.respondents);
        if (!ikm)
            return ikm.error();
        point.convertedCenti = ikm->convertedCenti;
        point.grade = ikm->grade;
        data.trend << point;
    }
    return {};
}

Status SurveyReport::readRows(SurveyReportData &data, qint64 startMs, qint64 endMs, const OfficeTime &time) const
{
    std::map<qint64, std::pair<QString, QString>> services;
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT id, code, name FROM services")))
            return m_db->sqlError(q.lastError(), tr("reading the services"));
        while (q.next())
            services[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toString()};
    }
    // One row per response, its nine answers side by side (a pivot both engines run).
    QString pivot;
    for (const QString &code : SurveyElements::codes())
        pivot += QStringLiteral(", max(CASE WHEN a.element = '%1' THEN a.value END)").arg(code);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.answered_at, r.service_id, r.channel, r.version, r.gender, "
                             "coalesce(r.age, 0), r.education, r.occupation%1 "
                             "FROM survey_responses r CROSS JOIN survey_answers a "
                             "WHERE a.response_id = r.id AND r.answered_at >= ? AND r.answered_at < ? "
                             // In the index's order (no sort): the other columns depend on r.id, the key.
                             "GROUP BY r.answered_at, r.service_id, r.id ORDER BY r.answered_at, r.service_id, r.id")
                  .arg(pivot));
    q.addBindValue(startMs);
    q.addBindValue(endMs);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the survey responses"));
    while (q.next()) {
        SurveyRawRow row;
        row.id = q.value(0).toLongLong();
        const qint64 at = q.value(1).toLongLong();
        row.answeredAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        row.day = time.localDateOfMs(at);
        const auto service = services.find(q.value(2).toLongLong());
        if (service != services.end()) {
            row.serviceCode = service->second.first;
            row.serviceName = service->second.second;
        }
        row.channel = surveyChannelFromCode(q.value(3).toString()).value_or(SurveyChannel::Paper);
        row.version = q.value(4).toInt();
        row.profile.gender = q.value(5).toString();
        row.profile.age = q.value(6).toInt();
        row.profile.education = q.value(7).toString();
        row.profile.occupation = q.value(8).toString();
        for (int i = 0; i < SurveyElements::kCount; ++i)
            row.answers[size_t(i)] = q.value(9 + i).isNull() ? 0 : q.value(9 + i).toInt();
        data.rows << row;
    }
    return {};
}

Status SurveyReport::readPlan(const Actor &actor, SurveyReportData &data) const
{
    // The configured kind's periods the range overlaps, and the range itself when it is a period.
    for (SurveyPeriod p = SurveyPeriod::containing(data.settings.periodKind, data.from); p.from() <= data.to;
         p = p.next()) {
        data.periodCodes << p.code();
    }
    if (data.index.period && !data.periodCodes.contains(data.index.period->code()))
        data.periodCodes << data.index.period->code();
    const SurveyPlanService plan(m_db, m_clock);
    for (const QString &code : data.periodCodes) {
        auto items = plan.items(actor, code);
        if (!items)
            return items.error();
        data.planItems << items.value(); // by target date
        auto published = plan.publications(actor, code);
        if (!published)
            return published.error();
        data.publications << published.value();
    }
    std::stable_sort(data.publications.begin(), data.publications.end(),
                     [](const SurveyPublication &a, const SurveyPublication &b) { return a.date < b.date; });
    // The forum and the proposals of the range's own period (else the configured kind's last one).
    const QString main = data.index.period ? data.index.period->code() : data.periodCodes.last();
    auto standing = plan.standing(actor, main);
    if (!standing)
        return standing.error();
    data.forumDate = standing->forumDate;
    auto proposals = plan.proposals(actor, data.index, main);
    if (!proposals)
        return proposals.error();
    data.proposals = proposals.value();
    return {};
}

} // namespace loket
