// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyService::importCsv: responses typed into a spreadsheet, all or nothing.
#include "core/survey/SurveyService.h"

#include "core/auth/AuditText.h"
#include "core/catalog/CalendarRepository.h"
#include "core/common/Csv.h"
#include "core/common/TextCheck.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QString kResponseEntity = QStringLiteral("survey_response");
constexpr int kMaxRows = 100000;

const QStringList &requiredColumns()
{
    static const QStringList columns = [] {
        QStringList c {QStringLiteral("date"), QStringLiteral("service"), QStringLiteral("gender"), QStringLiteral("age"),
                       QStringLiteral("education"), QStringLiteral("occupation")};
        c << SurveyElements::codes();
        return c;
    }();
    return columns;
}

} // namespace

Result<int> SurveyService::importCsv(const Actor &actor, const QByteArray &utf8, QList<SurveyImportProblem> *problemsOut)
{
    const QString action = QStringLiteral("survey.import");
    if (Status allowed = m_audit.require(actor, Permission::ManageSurvey, action, kResponseEntity); !allowed)
        return allowed.error();
    QList<SurveyImportProblem> problems;
    const auto fail = [&](const QString &message) -> Result<int> {
        if (problemsOut)
            *problemsOut = problems;
        return makeError(ErrorCode::InvalidInput, message);
    };
    auto parsed = Csv::parse(utf8);
    if (!parsed)
        return parsed.error();
    const QList<CsvRecord> &records = parsed.value();
    if (records.isEmpty())
        return fail(tr("The file is empty: the first line must be the header %1.").arg(requiredColumns().join(QLatin1Char(','))));
    if (records.size() - 1 > kMaxRows)
        return fail(tr("The file has %1 rows; import at most %2 at a time.").arg(records.size() - 1).arg(kMaxRows));

    // The header: every required column once, an optional channel; other columns are refused (a typo loses data).
    QHash<QString, int> column;
    const CsvRecord &header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const QString key = SurveyElements::isCode(name.toUpper()) ? name.toUpper() : name;
        if (!requiredColumns().contains(key) && key != QLatin1String("channel") && key != QLatin1String("comment")) {
            problems << SurveyImportProblem {header.line, header.fields.at(i).left(40), tr("This column is not known.")};
            continue;
        }
        if (column.contains(key))
            problems << SurveyImportProblem {header.line, key, tr("This column appears twice.")};
        column.insert(key, i);
    }
    for (const QString &c : requiredColumns()) {
        if (!column.contains(c))
            problems << SurveyImportProblem {header.line, c, tr("The column is missing from the header.")};
    }
    if (!problems.isEmpty())
        return fail(tr("The header of the file is not the survey's: nothing was imported."));
    if (records.size() == 1)
        return fail(tr("The file has no responses under its header."));

    QHash<QString, qint64> services;
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT code, id FROM services")))
            return m_db->sqlError(q.lastError(), tr("reading the services"));
        while (q.next())
            services.insert(q.value(0).toString().toUpper(), q.value(1).toLongLong());
    }
    auto zone = officeTime();
    if (!zone)
        return zone.error();
    const qint64 nowMs = m_clock.nowMs();
    auto current = currentQuestionnaire();
    if (!current)
        return current.error();
    const CheckContext known {settings(), current->version};

    QList<SurveyEntry> entries;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        const auto cell = [&](const QString &name) { return rec.fields.value(column.value(name)).trimmed(); };
        const qsizetype before = problems.size();
        const auto problem = [&](const QString &field, const QString &message) {
            problems << SurveyImportProblem {rec.line, field, message};
        };
        SurveyEntry e;
        e.channel = SurveyChannel::Paper;
        if (column.contains(QStringLiteral("channel")) && !cell(QStringLiteral("channel")).isEmpty()) {
            const auto ch = surveyChannelFromCode(cell(QStringLiteral("channel")));
            if (!ch || *ch == SurveyChannel::Kiosk)
                problem(QStringLiteral("channel"), tr("The channel is paper or online, not %1.").arg(TextCheck::quote(cell(QStringLiteral("channel")))));
            else
                e.channel = *ch;
        }
        const QString dateText = cell(QStringLiteral("date"));
        QDateTime local = QDateTime(QDate::fromString(dateText.left(10), QStringLiteral("yyyy-MM-dd")), QTime(0, 0), Qt::UTC);
        if (dateText.size() > 10) {
            const QTime t = QTime::fromString(dateText.mid(11).trimmed().left(5), QStringLiteral("HH:mm"));
            local = t.isValid() && (dateText.at(10) == QLatin1Char(' ') || dateText.at(10) == QLatin1Char('T'))
                ? QDateTime(local.date(), t, Qt::UTC)
                : QDateTime();
        }
        if (!local.isValid() || !local.date().isValid())
            problem(QStringLiteral("date"), tr("The date must be YYYY-MM-DD (or YYYY-MM-DD HH:MM), not %1.").arg(TextCheck::quote(dateText)));
        else
            e.answeredAt = zone->utcOf(local.date(), local.time());
        const QString code = cell(QStringLiteral("service")).toUpper();
        if (code.isEmpty())
            problem(QStringLiteral("service"), tr("The service's code is missing."));
        else if (!services.contains(code))
            problem(QStringLiteral("service"), tr("There is no service with the code %1.").arg(TextCheck::quote(code)));
        else
            e.serviceId = services.value(code);
        e.profile.gender = cell(QStringLiteral("gender"));
        if (const QString age = cell(QStringLiteral("age")); !age.isEmpty()) {
            bool ok = false;
            e.profile.age = age.toInt(&ok);
            if (!ok || e.profile.age < 10 || e.profile.age > 120) {
                problem(QStringLiteral("age"), tr("The age must be a whole number of years, 10 to 120, or empty; not %1.").arg(TextCheck::quote(age)));
                e.profile.age = 0;
            }
        }
        if (column.contains(QStringLiteral("comment")))
            e.comment = cell(QStringLiteral("comment"));
        e.profile.education = cell(QStringLiteral("education"));
        e.profile.occupation = cell(QStringLiteral("occupation"));
        for (const QString &element : SurveyElements::codes()) {
            const QString v = cell(element);
            if (v.isEmpty())
                continue;
            bool ok = false;
            const int value = v.toInt(&ok);
            if (!ok || value < 1 || value > 4)
                problem(element, tr("An answer is 1, 2, 3 or 4, or empty when not answered; not %1.").arg(TextCheck::quote(v)));
            else
                e.answers.insert(element, value);
        }
        if (problems.size() == before) {
            // The checks every response gets (nothing answered, the profile lists, a future date).
            if (Status s = checkEntry(actor, e, nowMs, &known); !s)
                problem(QString(), s.error().message);
        }
        if (problems.size() > 200)
            break; // enough to fix the file
        entries << e;
    }
    if (!problems.isEmpty())
        return fail(tr("%n problem(s) in the file: nothing was imported.", nullptr, int(problems.size())));

    Status done = m_db->transaction([&]() -> Status {
        for (const SurveyEntry &e : entries) {
            qint64 id = 0;
            if (Status s = insertResponse(actor, e, nowMs, id); !s)
                return s;
        }
        return m_audit.record(actor, action, kResponseEntity, QString(),
                              auditDetail(QStringLiteral("survey.import"), {{QStringLiteral("count"), int(entries.size())}}));
    });
    if (!done)
        return done.error();
    if (problemsOut)
        problemsOut->clear();
    return int(entries.size());
}

} // namespace loket
