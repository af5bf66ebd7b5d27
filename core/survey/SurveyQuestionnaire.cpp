// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyService: the questionnaire's versions and rewording.
#include "core/survey/SurveyService.h"

#include "core/auth/AuditText.h"
#include "core/common/TextCheck.h"
#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kQuestionEntity = QStringLiteral("survey_question");

} // namespace

Result<Questionnaire> SurveyService::questionnaire(int version) const
{
    Questionnaire out;
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT version, created_at, coalesce(created_by, 0), note "
                                 "FROM survey_questionnaires WHERE version = ?"));
        q.addBindValue(version);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("reading the questionnaire"));
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("Questionnaire version %1 does not exist.").arg(version));
        out.version = q.value(0).toInt();
        if (const qint64 at = q.value(1).toLongLong(); at > 0)
            out.createdAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        out.createdBy = q.value(2).toLongLong();
        out.note = q.value(3).toString();
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT element, question, option1, option2, option3, option4 "
                             "FROM survey_questions WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the questionnaire"));
    QMap<QString, SurveyQuestion> byCode;
    while (q.next()) {
        SurveyQuestion sq;
        sq.element = q.value(0).toString();
        sq.question = q.value(1).toString();
        sq.options = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        byCode.insert(sq.element, sq);
    }
    for (const QString &code : SurveyElements::questionnaireOrder()) {
        if (!byCode.contains(code))
            return makeError(ErrorCode::NotADatabase,
                             tr("Questionnaire version %1 has no question for %2; the database is damaged.")
                                 .arg(version)
                                 .arg(code));
        out.questions << byCode.value(code);
    }
    return out;
}

Result<Questionnaire> SurveyService::currentQuestionnaire() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT max(version) FROM survey_questionnaires")))
        return m_db->sqlError(q.lastError(), tr("reading the questionnaire"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return questionnaire(version > 0 ? version : 1);
}

Result<QList<Questionnaire>> SurveyService::questionnaires() const
{
    QList<int> versions;
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT version FROM survey_questionnaires ORDER BY version")))
            return m_db->sqlError(q.lastError(), tr("reading the questionnaire"));
        while (q.next())
            versions << q.value(0).toInt();
    }
    QList<Questionnaire> out;
    for (int v : versions) {
        auto one = questionnaire(v);
        if (!one)
            return one.error();
        out << one.value();
    }
    return out;
}

Result<Questionnaire> SurveyService::reword(const Actor &actor, const QString &element, const QString &questionIn,
                                            const QStringList &optionsIn, const QString &noteIn)
{
    const QString action = QStringLiteral("survey.reword");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kQuestionEntity, element); !allowed)
        return allowed.error();
    if (!SurveyElements::isCode(element))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a survey element: use U1 to U9.").arg(TextCheck::quote(element)));
    const QString question = questionIn.simplified();
    const QString note = noteIn.trimmed();
    QStringList options;
    for (const QString &o : optionsIn)
        options << o.simplified();
    if (question.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Write the question for %1: an element can be reworded, not left out.")
                             .arg(SurveyElements::label(element)));
    if (options.size() != 4 || options.contains(QString()))
        return makeError(ErrorCode::InvalidInput,
                         tr("Write the four answer labels for %1, from the worst (1) to the best (4).")
                             .arg(SurveyElements::label(element)));
    struct Text {
        QString text;
        QString field;
        int max;
    };
    QList<Text> texts {{question, tr("The question"), 300}, {note, tr("The note"), 500}};
    for (int i = 0; i < 4; ++i)
        texts.append(Text {options[i], tr("Answer label %1").arg(i + 1), 80});
    for (const Text &t : texts) {
        if (Status s = TextCheck::check(t.text, t.field); !s)
            return s.error();
        if (t.text.size() > t.max)
            return makeError(ErrorCode::InvalidInput, tr("%1 is too long (%2 characters; at most %3).")
                                                          .arg(t.field)
                                                          .arg(t.text.size())
                                                          .arg(t.max));
    }
    auto current = currentQuestionnaire();
    if (!current)
        return current.error();
    const SurveyQuestion *was = current->question(element);
    if (was && was->question == question && was->options == options)
        return makeError(ErrorCode::Nothing,
                         tr("%1 already reads like this in the current questionnaire: nothing to change.")
                             .arg(SurveyElements::label(element)));
    const int version = current->version + 1;
    const qint64 nowMs = m_clock.nowMs();
    Status done = m_db->transaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO survey_questionnaires (version, created_at, created_by, note) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(version);
        q.addBindValue(nowMs);
        q.addBindValue(actor.userId > 0 ? QVariant(actor.userId) : QVariant());
        q.addBindValue(sqlText(note));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the questionnaire"));
        q.prepare(QStringLiteral("INSERT INTO survey_questions "
                                 "SELECT ?, element, question, option1, option2, option3, option4 "
                                 "FROM survey_questions WHERE version = ? AND element <> ?"));
        q.addBindValue(version);
        q.addBindValue(current->version);
        q.addBindValue(element);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the questionnaire"));
        q.prepare(QStringLiteral("INSERT INTO survey_questions VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList {version, element, question, options[0], options[1], options[2], options[3]})
            q.addBindValue(v);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), tr("saving the questionnaire"));
        return m_audit.record(actor, action, kQuestionEntity, element,
                              auditDetail(QStringLiteral("survey.reword"), {{QStringLiteral("version"), version}}));
    });
    if (!done)
        return done.error();
    return questionnaire(version);
}

} // namespace loket
