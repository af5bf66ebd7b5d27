// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SKM report's HTML pieces, and its appendix.
#include "print/survey/SurveyReportHtml.h"

#include "print/common/LetterHtml.h"
#include "print/survey/SurveyReportPdf.h"

#include <QLocale>

namespace loket::surveyhtml {

namespace {

const QString kHead = QStringLiteral("#e3e8ef");

// Rows of the per-respondent table printed in the appendix at most; more are in the workbook only.
constexpr int kRawRowsPrinted = 120;

} // namespace

QString esc(const QString &text)
{
    return letterhtml::esc(text);
}

QString decimal(double value, int places)
{
    return QLocale().toString(value, 'f', places);
}

QString centi(int c)
{
    return centiText(c, QLocale().decimalPoint().at(0));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString longDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
}

QString chapter(const QString &number, const QString &title, bool newPage)
{
    return QStringLiteral("<p align=\"center\" style=\"margin:18px 0 6px 0; font-size:12pt; font-weight:bold;%1\">"
                          "%2<br/>%3</p>")
        .arg(newPage ? QStringLiteral(" page-break-before:always;") : QString(), esc(SurveyReportPdf::tr("CHAPTER %1").arg(number)),
             esc(title.toUpper()));
}

QString section(const QString &letter, const QString &title)
{
    return QStringLiteral("<p style=\"margin:10px 0 4px 0; font-weight:bold;\">%1.&nbsp;&nbsp;%2</p>")
        .arg(esc(letter), esc(title));
}

QString para(const QString &html)
{
    return QStringLiteral("<p align=\"justify\" style=\"margin:0 0 6px 0;\">%1</p>").arg(html);
}

QString numbered(const QStringList &items)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin:0 0 6px 0;\">");
    int n = 0;
    for (const QString &item : items) {
        html += QStringLiteral("<tr><td valign=\"top\" width=\"24\">%1.</td><td valign=\"top\">%2</td></tr>")
                    .arg(++n)
                    .arg(item);
    }
    return html + QStringLiteral("</table>");
}

QString ruled(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QList<int> &left, int boldLast, const QString &style)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse:collapse; border-color:#555555; font-size:9pt; %1\">")
                       .arg(style);
    html += QStringLiteral("<thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<td bgcolor=\"%1\" width=\"%2%\" align=\"center\" valign=\"middle\" style=\"font-size:8pt;\"><b>%3</b></td>")
                    .arg(kHead)
                    .arg(widths.value(i))
                    .arg(headers.at(i));
    }
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = r >= rows.size() - boldLast;
        html += QStringLiteral("<tr>");
        for (int i = 0; i < rows.at(r).size(); ++i) {
            const QString cell = rows.at(r).at(i);
            html += QStringLiteral("<td valign=\"top\" align=\"%1\">%2</td>")
                        .arg(left.contains(i) ? QStringLiteral("left") : QStringLiteral("center"),
                             bold && !cell.isEmpty() ? QStringLiteral("<b>%1</b>").arg(cell) : cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString sideBySide(const QString &left, const QString &right)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"48%\" valign=\"top\">%1</td><td width=\"4%\"></td>"
                          "<td width=\"48%\" valign=\"top\">%2</td></tr></table>"
                          // A gap under it: two tables that touch share a pixel, and the pages would then
                          // keep every touching table together.
                          "<p style=\"margin:0; font-size:4pt;\">&nbsp;</p>")
        .arg(left, right);
}

QString gradeText(const std::optional<IkmGrade> &grade)
{
    if (!grade)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2)").arg(ikmGradeLetter(*grade), ikmGradeName(*grade));
}

QString weightText(IkmWeighting weighting)
{
    return weighting == IkmWeighting::Exact ? QStringLiteral("1/9") : decimal(0.111, 3);
}

QString periodText(const SurveyReportData &d)
{
    const QString days = SurveyReportPdf::tr("%1 to %2").arg(longDate(d.from), longDate(d.to));
    if (d.index.period)
        return QStringLiteral("%1 (%2)").arg(d.index.period->label(), days);
    return days;
}

QString appendix(const SurveyReportData &d)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"margin:0 0 6px 0; font-size:12pt; font-weight:bold; "
                                  "page-break-before:always;\">%1</p>")
                       .arg(esc(SurveyReportPdf::tr("APPENDIX")));

    // 1. The questionnaire, in the order it is asked (U9 as question 8, U8 as question 9).
    html += section(QStringLiteral("1"), SurveyReportPdf::tr("The questionnaire"));
    for (const Questionnaire &q : d.questionnaires) {
        QString line = SurveyReportPdf::tr("Questionnaire version %1").arg(q.version);
        if (q.version == 1)
            line += QStringLiteral(" — ") + SurveyReportPdf::tr("the standard wording of PermenPANRB 14/2017");
        else if (q.createdAt.isValid())
            line += QStringLiteral(" — ") + SurveyReportPdf::tr("in use from %1").arg(longDate(q.createdAt.date()));
        html += para(QStringLiteral("<i>%1</i>").arg(esc(line)));
        QList<QStringList> rows;
        int n = 0;
        for (const QString &code : SurveyElements::questionnaireOrder()) {
            const SurveyQuestion *sq = q.question(code);
            if (!sq)
                continue;
            QStringList options;
            for (int v = 0; v < sq->options.size(); ++v)
                options << QStringLiteral("%1. %2").arg(QChar(u'a' + v)).arg(esc(sq->options.at(v)));
            rows << QStringList {QString::number(++n), esc(SurveyElements::label(code)), esc(sq->question),
                                 options.join(QStringLiteral("<br/>"))};
        }
        html += ruled({SurveyReportPdf::tr("No."), SurveyReportPdf::tr("Element"), SurveyReportPdf::tr("Question"), SurveyReportPdf::tr("Answers (a = 1 … d = 4)")}, rows, {6, 22, 42, 30},
                      {1, 2, 3});
        html += QStringLiteral("<p style=\"margin:0; font-size:6pt;\">&nbsp;</p>");
    }
    html += para(QStringLiteral("<i>%1</i>").arg(
        esc(SurveyReportPdf::tr("The profile asked with it: gender, age, education (%1), occupation (%2) and the service received; "
               "no name. Every answer is optional.")
                .arg(d.settings.educationOptions.join(QStringLiteral(", ")),
                     d.settings.occupationOptions.join(QStringLiteral(", "))))));

    // 2. The raw data summarised: how often each answer was given.
    QString summary = section(QStringLiteral("2"), SurveyReportPdf::tr("The raw data summarised"));
    summary += para(esc(SurveyReportPdf::tr("%Ln response(s) from %1 to %2. Per element, how many respondents gave each answer and how "
                        "many left it out.",
                        nullptr, int(d.index.office.ikm.respondents))
                         .arg(longDate(d.from), longDate(d.to))));
    QList<QStringList> rows;
    for (int i = 0; i < SurveyElements::kCount; ++i) {
        const QString code = SurveyElements::codes().at(i);
        const IkmElement *e = d.index.office.ikm.element(code);
        QStringList row {esc(SurveyElements::label(code))};
        for (int v = 0; v < 4; ++v)
            row << count(d.answerCounts[size_t(i)][size_t(v)]);
        const qint64 answered = e ? e->count : 0;
        row << count(d.index.office.ikm.respondents - answered) << count(e ? e->sum : 0)
            << (e && e->nrr ? decimal(*e->nrr, 3) : QStringLiteral("—"));
        rows << row;
    }
    html += summary + ruled({SurveyReportPdf::tr("Element"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                   SurveyReportPdf::tr("Not answered"), SurveyReportPdf::tr("Sum of values"), SurveyReportPdf::tr("NRR")},
                  rows, {34, 8, 8, 8, 8, 12, 11, 11}, {0});

    if (!d.rows.isEmpty() && d.rows.size() <= kRawRowsPrinted) {
        html += QStringLiteral("<p style=\"margin:8px 0 4px 0;\">%1</p>")
                    .arg(esc(SurveyReportPdf::tr("Every response (a blank: not answered):")));
        QStringList headers {SurveyReportPdf::tr("No."), SurveyReportPdf::tr("Date"), SurveyReportPdf::tr("Service"), SurveyReportPdf::tr("G"), SurveyReportPdf::tr("Age"), SurveyReportPdf::tr("Edu."), SurveyReportPdf::tr("Occ.")};
        for (const QString &code : SurveyElements::codes())
            headers << code;
        QList<QStringList> raw;
        int n = 0;
        for (const SurveyRawRow &r : d.rows) {
            QStringList row {QString::number(++n), QLocale().toString(r.day, QStringLiteral("dd-MM-yy")),
                             esc(r.serviceCode), esc(r.profile.gender),
                             r.profile.age > 0 ? QString::number(r.profile.age) : QString(), esc(r.profile.education),
                             esc(r.profile.occupation)};
            for (const int a : r.answers)
                row << (a > 0 ? QString::number(a) : QString());
            raw << row;
        }
        html += ruled(headers, raw, {5, 10, 11, 4, 7, 7, 11, 5, 5, 5, 5, 5, 5, 5, 5, 5}, {2},
                      0, QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:7.5pt;"));
    } else if (!d.rows.isEmpty() || d.index.office.ikm.respondents > kRawRowsPrinted) {
        html += para(esc(SurveyReportPdf::tr("The %Ln response(s), one row each with the answers U1 to U9, are in the report's "
                            "workbook (XLSX).",
                            nullptr, int(d.index.office.ikm.respondents))));
    }
    return html;
}

} // namespace loket::surveyhtml
