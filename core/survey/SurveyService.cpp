// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/survey/SurveyService.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/common/TextCheck.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlText.h"
#include "core/survey/SurveyHandoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kResponseEntity = QStringLiteral("survey_response");

QStringList readList(const SettingsStore &settings, const char *key, const QStringList &fallback)
{
    const QString text = settings.stringValue(QLatin1String(key)).trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return fallback; // a damaged setting: the standard list rather than nothing
    QStringList out;
    for (const QJsonValue &v : doc.array()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QString writeList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The configured value matching `value` whatever its case; empty when none does.
QString choose(const QStringList &options, const QString &value)
{
    for (const QString &o : options) {
        if (o.compare(value, Qt::CaseInsensitive) == 0)
            return o;
    }
    return {};
}

} // namespace

SurveyService::SurveyService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

Result<OfficeTime> SurveyService::officeTime() const
{
    return CalendarRepository(m_db).officeTime();
}

// --- Settings --------------------------------------------------------------

SurveySettings SurveyService::settings() const
{
    const SettingsStore store(m_db);
    SurveySettings s;
    s.periodKind = SurveyPeriod::kindFromCode(store.stringValue(QLatin1String(SettingKey::SurveyPeriodKind)))
                       .value_or(SurveyPeriod::Kind::Quarter);
    s.weighting = ikmWeightingFromCode(store.stringValue(QLatin1String(SettingKey::SurveyWeighting)))
                      .value_or(IkmWeighting::Exact);
    s.educationOptions = readList(store, SettingKey::SurveyEducationOptions, SurveySettings::standardEducation());
    s.occupationOptions = readList(store, SettingKey::SurveyOccupationOptions, SurveySettings::standardOccupation());
    return s;
}

Status SurveyService::setSettings(const Actor &actor, const SurveySettings &in)
{
    const QString action = QStringLiteral("survey.settings");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, QStringLiteral("settings")); !allowed)
        return allowed;
    QStringList lists[2];
    const QStringList *given[2] = {&in.educationOptions, &in.occupationOptions};
    const QString names[2] = {tr("education"), tr("occupation")};
    for (int i = 0; i < 2; ++i) {
        for (const QString &raw : *given[i]) {
            const QString o = raw.simplified();
            if (o.isEmpty())
                continue;
            if (Status s = TextCheck::check(o, tr("A choice of %1").arg(names[i])); !s)
                return s;
            if (o.size() > 40)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The choice %1 is too long (at most 40 characters).").arg(TextCheck::quote(o)));
            if (!choose(lists[i], o).isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1 is in the list of %2 twice.").arg(TextCheck::quote(o), names[i]));
            lists[i] << o;
        }
        if (lists[i].size() > 30)
            return makeError(ErrorCode::InvalidInput, tr("The list of %1 has more than 30 choices.").arg(names[i]));
    }
    const SettingsStore store(m_db);
    return m_db->transaction([&]() -> Status {
        const std::pair<const char *, QString> values[] = {
            {SettingKey::SurveyPeriodKind, SurveyPeriod::kindCode(in.periodKind)},
            {SettingKey::SurveyWeighting, ikmWeightingCode(in.weighting)},
            {SettingKey::SurveyEducationOptions, writeList(lists[0])},
            {SettingKey::SurveyOccupationOptions, writeList(lists[1])},
        };
        for (const auto &[key, value] : values) {
            if (Status s = store.setValue(QLatin1String(key), value); !s)
                return s;
        }
        return m_audit.record(actor, action, QStringLiteral("settings"), QString(),
                              auditDetail(QStringLiteral("survey.settings"),
                                          {{QStringLiteral("period"), SurveyPeriod::kindCode(in.periodKind)},
                                           {QStringLiteral("weighting"), ikmWeightingCode(in.weighting)}}));
    });
}

// --- Responses -------------------------------------------------------------

Status SurveyService::checkEntry(const Actor &actor, SurveyEntry &e, qint64 nowMs, const CheckContext *known) const
{
    // The channel: the survey screen records its own; staff what they type in.
    if (actor.isKiosk()) {
        if (e.channel != SurveyChannel::Kiosk)
            return makeError(ErrorCode::PermissionDenied,
                             tr("The survey screen records only the answers given on it."));
        e.answeredAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    } else if (!actor.isSystem() && e.channel == SurveyChannel::Kiosk) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Responses of the survey screen are recorded by the screen itself. Enter a form as a "
                            "paper or online response."));
    }
    if (!e.answeredAt.isValid())
        e.answeredAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    e.answeredAt = e.answeredAt.toUTC();
    if (e.answeredAt.toMSecsSinceEpoch() > nowMs + kFutureSlackMs)
        return makeError(ErrorCode::InvalidInput,
                         tr("The response cannot have been given in the future. Check the date on the form."));

    if (e.answers.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The response answers no question. Enter at least one answer (1 to 4)."));
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        if (!SurveyElements::isCode(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not a survey element: the answers are for U1 to U9.")
                                 .arg(TextCheck::quote(it.key())));
        if (it.value() < 1 || it.value() > 4)
            return makeError(ErrorCode::InvalidInput,
                             tr("The answer to %1 must be 1, 2, 3 or 4 (it is %2); leave it out if it was not "
                                "answered.")
                                 .arg(SurveyElements::label(it.key()))
                                 .arg(it.value()));
    }

    e.comment = e.comment.trimmed();
    if (Status s = TextCheck::check(e.comment, tr("comment"), TextCheck::Kind::MultiLine); !s)
        return s;
    if (e.comment.size() > kMaxComment)
        return makeError(ErrorCode::InvalidInput,
                         tr("The comment is too long (%1 characters; at most %2).").arg(e.comment.size()).arg(kMaxComment));

    RespondentProfile &p = e.profile;
    p.gender = p.gender.trimmed().toUpper();
    if (!p.gender.isEmpty() && p.gender != QLatin1String("L") && p.gender != QLatin1String("P"))
        return makeError(ErrorCode::InvalidInput,
                         tr("The gender is L (laki-laki) or P (perempuan), or left empty; not %1.")
                             .arg(TextCheck::quote(p.gender)));
    if (p.age != 0 && (p.age < 10 || p.age > 120))
        return makeError(ErrorCode::InvalidInput,
                         tr("The age must be 10 to 120 years (it is %1), or left empty.").arg(p.age));
    const SurveySettings s = known ? known->settings : settings();
    const struct {
        QString &value;
        const QStringList &options;
        QString field;
    } choices[] = {
        {p.education, s.educationOptions, tr("education")},
        {p.occupation, s.occupationOptions, tr("occupation")},
    };
    for (const auto &c : choices) {
        c.value = c.value.simplified();
        if (c.value.isEmpty())
            continue;
        const QString chosen = choose(c.options, c.value);
        if (chosen.isEmpty()) {
            if (c.options.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 tr("This office does not ask the respondent's %1: leave it empty.").arg(c.field));
            return makeError(ErrorCode::InvalidInput, tr("%1 is not a choice of %2: choose one of %3, or leave it empty.")
                                                          .arg(TextCheck::quote(c.value), c.field,
                                                               c.options.join(QStringLiteral(", "))));
        }
        c.value = chosen;
    }

    if (known && (e.version == 0 || e.version == known->currentVersion)) {
        e.version = known->currentVersion;
    } else if (e.version == 0) {
        auto current = currentQuestionnaire();
        if (!current)
            return current.error();
        e.version = current->version;
    } else if (auto v = questionnaire(e.version); !v) {
        return v.error();
    }
    return {};
}

Status SurveyService::checkTicket(SurveyEntry &e) const
{
    if (e.ticketId > 0) {
        QSqlQuery &t = m_db->prepared(QStringLiteral(
            "SELECT t.service_id, t.status, (SELECT count(*) FROM survey_responses r WHERE r.ticket_id = t.id), "
            "coalesce(t.finished_at, 0) FROM tickets t WHERE t.id = ?"));
        t.addBindValue(e.ticketId);
        if (!t.exec())
            return m_db->sqlError(t.lastError(), tr("reading the ticket"));
        // The ticket's number is not shown back: the response is anonymous.
        if (!t.next())
            return makeError(ErrorCode::NotFound, tr("The ticket given for this response does not exist."));
        const qint64 serviceId = t.value(0).toLongLong();
        const QString status = t.value(1).toString();
        const bool answered = t.value(2).toInt() > 0;
        const qint64 finishedAt = t.value(3).toLongLong();
        t.finish();
        if (status != QLatin1String("done"))
            return makeError(ErrorCode::InvalidState,
                             tr("The ticket given for this response has not been served. The survey is answered "
                                "after the service."));
        if (answered)
            return makeError(ErrorCode::Conflict, tr("The survey for this ticket has already been answered."));
        if (e.answeredAt.isValid() && e.answeredAt.toMSecsSinceEpoch() < finishedAt - kFutureSlackMs)
            return makeError(ErrorCode::InvalidInput,
                             tr("The response is dated before the ticket was served. Check the date on the form."));
        if (e.serviceId <= 0)
            e.serviceId = serviceId;
        else if (e.serviceId != serviceId)
            return makeError(ErrorCode::InvalidInput,
                             tr("The ticket was served for another service than the one chosen for this response."));
    }
    if (e.serviceId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the service the respondent received."));
    QSqlQuery &s = m_db->prepared(QStringLiteral("SELECT 1 FROM services WHERE id = ?"));
    s.addBindValue(e.serviceId);
    if (!s.exec())
        return m_db->sqlError(s.lastError(), tr("reading the service"));
    const bool exists = s.next();
    s.finish();
    if (!exists)
        return makeError(ErrorCode::NotFound, tr("Service %1 does not exist.").arg(e.serviceId));
    return {};
}

Status SurveyService::insertResponse(const Actor &actor, const SurveyEntry &e, qint64 nowMs, qint64 &id) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO survey_responses (version, service_id, answered_at, channel, ticket_id, gender, age, "
        "education, occupation, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList {e.version, e.serviceId, e.answeredAt.toMSecsSinceEpoch(),
                                           surveyChannelCode(e.channel),
                                           e.ticketId > 0 ? QVariant(e.ticketId) : QVariant(),
                                           sqlText(e.profile.gender),
                                           e.profile.age > 0 ? QVariant(e.profile.age) : QVariant(),
                                           sqlText(e.profile.education), sqlText(e.profile.occupation), nowMs,
                                           actor.isUser() ? QVariant(actor.userId) : QVariant()})
        q.addBindValue(v);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the survey response"));
    id = returnedId(q);
    QSqlQuery &a = m_db->prepared(
        QStringLiteral("INSERT INTO survey_answers (response_id, element, value) VALUES (?, ?, ?)"));
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        a.addBindValue(id);
        a.addBindValue(it.key());
        a.addBindValue(it.value());
        if (!a.exec())
            return m_db->sqlError(a.lastError(), tr("saving the survey response"));
    }
    if (!e.comment.isEmpty()) {
        QSqlQuery &c = m_db->prepared(QStringLiteral("INSERT INTO survey_comments (response_id, text) VALUES (?, ?)"));
        c.addBindValue(id);
        c.addBindValue(e.comment);
        if (!c.exec())
            return m_db->sqlError(c.lastError(), tr("saving the survey response"));
    }
    // A ticket handed over by its counter (SurveyHandoff) is answered now.
    if (e.ticketId > 0)
        return SurveyHandoffService::markUsed(*m_db, e.ticketId, id, nowMs);
    return {};
}

Result<SurveyResponse> SurveyService::addResponse(const Actor &actor, SurveyEntry e)
{
    const QString action = QStringLiteral("survey.response_add");
    if (Status allowed = m_audit.require(actor, Permission::EnterSurvey, action, kResponseEntity); !allowed)
        return allowed.error();
    const qint64 nowMs = m_clock.nowMs();
    if (Status s = checkEntry(actor, e, nowMs); !s)
        return s.error();
    qint64 id = 0;
    Status done = m_db->transaction([&]() -> Status {
        if (Status s = checkTicket(e); !s)
            return s;
        if (Status s = insertResponse(actor, e, nowMs, id); !s)
            return s;
        if (actor.isKiosk())
            return {};
        QSqlQuery &c = m_db->prepared(QStringLiteral("SELECT code FROM services WHERE id = ?"));
        c.addBindValue(e.serviceId);
        const QString serviceCode = c.exec() && c.next() ? c.value(0).toString() : QString::number(e.serviceId);
        c.finish();
        return m_audit.record(actor, action, kResponseEntity, QString::number(id),
                              auditDetail(QStringLiteral("survey.response"),
                                          {{QStringLiteral("channel"), surveyChannelCode(e.channel)},
                                           {QStringLiteral("service"), serviceCode}}));
    });
    if (!done)
        return done.error();
    return load(id);
}

Result<SurveyResponse> SurveyService::load(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT version, service_id, answered_at, channel, coalesce(ticket_id, 0), gender, "
                             "coalesce(age, 0), education, occupation, entered_at, coalesce(entered_by, 0) "
                             "FROM survey_responses WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a survey response"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Survey response %1 does not exist.").arg(id));
    SurveyResponse r;
    r.id = id;
    r.version = q.value(0).toInt();
    r.serviceId = q.value(1).toLongLong();
    r.answeredAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.channel = surveyChannelFromCode(q.value(3).toString()).value_or(SurveyChannel::Paper);
    r.ticketId = q.value(4).toLongLong();
    r.profile.gender = q.value(5).toString();
    r.profile.age = q.value(6).toInt();
    r.profile.education = q.value(7).toString();
    r.profile.occupation = q.value(8).toString();
    r.enteredAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    r.enteredBy = q.value(10).toLongLong();
    q.prepare(QStringLiteral("SELECT element, value FROM survey_answers WHERE response_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a survey response"));
    while (q.next())
        r.answers.insert(q.value(0).toString(), q.value(1).toInt());
    q.prepare(QStringLiteral("SELECT text FROM survey_comments WHERE response_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading a survey response"));
    if (q.next())
        r.comment = q.value(0).toString();
    return r;
}

Result<SurveyResponse> SurveyService::response(const Actor &actor, qint64 id) const
{
    if (Status allowed = m_audit.require(actor, Permission::ViewReports, QStringLiteral("survey.index"), kResponseEntity,
                                         QString::number(id));
        !allowed)
        return allowed.error();
    return load(id);
}

Result<bool> SurveyService::ticketMayAnswer(const Actor &actor, qint64 ticketId) const
{
    if (Status allowed = m_audit.require(actor, Permission::EnterSurvey, QStringLiteral("survey.response_add"),
                                         kResponseEntity);
        !allowed)
        return allowed.error();
    SurveyEntry probe;
    probe.ticketId = ticketId;
    Status s = checkTicket(probe);
    if (s)
        return true;
    if (s.error().code == ErrorCode::NotFound || s.error().code == ErrorCode::InvalidState
        || s.error().code == ErrorCode::Conflict)
        return false;
    return s.error();
}

} // namespace loket
