// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/survey/SurveyReportPdf.h"

#include "core/complaints/ResponseLetter.h"
#include "print/common/LetterHtml.h"
#include "print/complaints/PaperPdf.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"
#include "print/survey/SurveyReportHtml.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>

#include <algorithm>

namespace loket {

using namespace surveyhtml;

namespace {

const QString kBar = QStringLiteral("#2b5797");

QString nipLine(const QString &nip)
{
    return QStringLiteral("NIP. ") + (nip.trimmed().isEmpty() ? QStringLiteral("....................")
                                                              : LetterData::nipText(nip));
}

QString officeName(const SurveyReportData &d)
{
    return d.office.name.trimmed().isEmpty() ? SurveyReportPdf::tr("the office") : d.office.name.trimmed();
}

QString weightSentence(const SurveyReportData &d)
{
    return d.index.weighting == IkmWeighting::Exact
        ? SurveyReportPdf::tr("Weighting used: 1/9 for each of the nine elements (the regulation's definition).")
        : SurveyReportPdf::tr("Weighting used: %1 for each of the nine elements (as printed in the regulation; "
                              "the exact weight is 1/9).")
              .arg(weightText(IkmWeighting::Printed));
}

// A bar for a converted value on the 25–100 scale.
QString bar(int centiValue)
{
    const int pct = std::clamp((centiValue - 2500) * 100 / 7500, 1, 100);
    return QStringLiteral("<table width=\"%1%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td bgcolor=\"%2\" "
                          "height=\"9\" style=\"font-size:5pt;\">&nbsp;</td></tr></table>")
        .arg(pct)
        .arg(kBar);
}

QString weighted(const IkmElement &e, IkmWeighting w)
{
    if (!e.nrr)
        return QStringLiteral("—");
    return decimal(*e.nrr * (w == IkmWeighting::Exact ? 1.0 / 9.0 : 0.111), 3);
}

QString introduction(const SurveyReportData &d)
{
    QString html = chapter(QStringLiteral("I"), SurveyReportPdf::tr("Introduction"));
    html += section(QStringLiteral("A"), SurveyReportPdf::tr("Background"));
    html += para(esc(SurveyReportPdf::tr("Law 25/2009 on Public Services obliges every public service provider to involve the "
                           "public in running its services and to evaluate its performance regularly. The community "
                           "satisfaction survey (SKM) measures, from the users' own opinion, how satisfied they are "
                           "with the service received, on nine elements set by PermenPANRB 14/2017. %1 runs the "
                           "survey to know the quality of its services and to act on what its users say.")
                         .arg(officeName(d))));
    html += section(QStringLiteral("B"), SurveyReportPdf::tr("Legal basis"));
    html += numbered({esc(SurveyReportPdf::tr("Law Number 25 of 2009 on Public Services;")),
                      esc(SurveyReportPdf::tr("Regulation of the Minister for Administrative and Bureaucratic Reform (PermenPANRB) "
                                "Number 14 of 2017 on the Guidelines for the Community Satisfaction Survey of Public "
                                "Service Units."))});
    html += section(QStringLiteral("C"), SurveyReportPdf::tr("Purpose and objectives"));
    html += para(esc(SurveyReportPdf::tr("The survey is meant to measure the level of the community's satisfaction with the "
                           "services of %1 as a basis for improving them. Its objectives are:")
                         .arg(officeName(d))));
    html += numbered({esc(SurveyReportPdf::tr("to know the community satisfaction index (IKM) of the office and of each service;")),
                      esc(SurveyReportPdf::tr("to find the weakest elements of the service, to be improved;")),
                      esc(SurveyReportPdf::tr("to plan the follow-up and to publish the result to the public."))});
    return html;
}

QString collection(const SurveyReportData &d)
{
    QString html = chapter(QStringLiteral("II"), SurveyReportPdf::tr("Data collection"));
    html += section(QStringLiteral("A"), SurveyReportPdf::tr("The survey team"));
    QStringList team;
    for (const QString &member : d.team)
        team << esc(member);
    html += numbered(team);
    html += section(QStringLiteral("B"), SurveyReportPdf::tr("Method"));
    html += para(esc(d.method));
    html += para(esc(SurveyReportPdf::tr("Each element is answered 1 to 4. The element's average value (NRR) is the sum of its "
                           "answers divided by the number of respondents who answered it; the index (IKM) is the sum "
                           "of the nine NRRs, each weighted; the converted index is IKM × 25 on the scale 25–100, "
                           "rounded once, half up, to two decimals. Grades: A (Sangat Baik) from 88,31, B (Baik) "
                           "from 76,61, C (Kurang Baik) from 65,00, D (Tidak Baik) below."))
                     + QStringLiteral(" <b>%1</b>").arg(esc(weightSentence(d))));
    html += section(QStringLiteral("C"), SurveyReportPdf::tr("Place"));
    html += para(esc(d.place));
    html += section(QStringLiteral("D"), SurveyReportPdf::tr("Time and period"));
    html += para(esc(SurveyReportPdf::tr("The survey covers %1.").arg(periodText(d))));
    html += section(QStringLiteral("E"), SurveyReportPdf::tr("Population and sample"));
    const SampleSufficiency &s = d.index.office.sample;
    html += para(esc(SurveyReportPdf::tr("The population is the number of citizens served in the period, from the queue: "
                           "N = %1. The minimum sample by Krejcie and Morgan, S = 3,841 · N · 0,25 / (0,0025 · (N − 1) "
                           "+ 3,841 · 0,25), is %2 respondents.")
                         .arg(count(s.population), count(s.required))));
    const QString verdict = s.sufficient()
        ? SurveyReportPdf::tr("%Ln respondent(s) answered: the sample is sufficient.", nullptr, int(s.respondents))
        : SurveyReportPdf::tr("%Ln respondent(s) answered: the sample is not yet sufficient, %1 more are needed.", nullptr,
                int(s.respondents))
              .arg(count(s.missing()));
    html += para(QStringLiteral("<b>%1</b>").arg(esc(verdict)));
    return html;
}

QString results(const SurveyReportData &d)
{
    const IkmResult &ikm = d.index.office.ikm;
    QString html = chapter(QStringLiteral("III"), SurveyReportPdf::tr("Results"), true);
    html += section(QStringLiteral("A"), SurveyReportPdf::tr("Respondents"));
    QStringList blocks;
    for (const SurveyProfileTable &t : d.profiles) {
        QList<QStringList> rows;
        qint64 total = 0;
        for (const SurveyProfileCount &c : t.rows)
            total += c.count;
        for (const SurveyProfileCount &c : t.rows) {
            const QString share = total > 0 ? decimal(100.0 * double(c.count) / double(total), 1) + QStringLiteral("&nbsp;%")
                                            : QStringLiteral("—");
            rows << QStringList {esc(c.label), count(c.count), share};
        }
        rows << QStringList {esc(SurveyReportPdf::tr("Total")), count(total), total > 0 ? decimal(100, 1) + QStringLiteral("&nbsp;%")
                                                                          : QStringLiteral("—")};
        blocks << ruled({esc(t.title), esc(SurveyReportPdf::tr("Count")), QStringLiteral("%")}, rows, {52, 22, 26}, {0}, 1);
    }
    for (int i = 0; i < blocks.size(); i += 2)
        html += sideBySide(blocks.at(i), i + 1 < blocks.size() ? blocks.at(i + 1) : QString());

    // The title right above the table, so the pages keep them together.
    QString elements = section(QStringLiteral("B"), SurveyReportPdf::tr("The index per element"));
    QList<QStringList> rows;
    int n = 0;
    for (const IkmElement &e : ikm.elements) {
        rows << QStringList {QString::number(++n), esc(SurveyElements::label(e.code)), count(e.sum), count(e.count),
                             e.nrr ? decimal(*e.nrr, 3) : QStringLiteral("—"), weighted(e, d.index.weighting),
                             e.convertedCenti ? centi(*e.convertedCenti) : QStringLiteral("—"), gradeText(e.grade)};
    }
    const QString none = QStringLiteral("—");
    rows << QStringList {QString(), esc(SurveyReportPdf::tr("IKM (sum of the weighted NRRs, scale 1–4)")), QString(), QString(),
                         QString(), ikm.ikm ? decimal(*ikm.ikm, 3) : none, QString(), QString()};
    rows << QStringList {QString(), esc(SurveyReportPdf::tr("Converted IKM (IKM × 25)")), QString(), QString(), QString(), QString(),
                         ikm.convertedCenti ? centi(*ikm.convertedCenti) : none, gradeText(ikm.grade)};
    elements += ruled({esc(SurveyReportPdf::tr("No.")), esc(SurveyReportPdf::tr("Element")), esc(SurveyReportPdf::tr("Sum of values")), esc(SurveyReportPdf::tr("Answered")),
                   esc(SurveyReportPdf::tr("NRR")), esc(SurveyReportPdf::tr("Weighted NRR (× %1)").arg(weightText(d.index.weighting))),
                   esc(SurveyReportPdf::tr("Converted")), esc(SurveyReportPdf::tr("Grade"))},
                  rows, {5, 27, 10, 13, 9, 13, 11, 12}, {1}, 2);
    elements += para(QStringLiteral("<i>%1</i>").arg(esc(weightSentence(d))));
    if (!ikm.complete()) {
        elements += para(QStringLiteral("<i>%1</i>").arg(
            esc(SurveyReportPdf::tr("No respondent answered %1: without all nine elements the index is not given.")
                    .arg(ikm.unanswered.join(QStringLiteral(", "))))));
    }
    elements += para(QStringLiteral("<b>%1</b>").arg(
        esc(ikm.convertedCenti
                ? SurveyReportPdf::tr("The community satisfaction index of %1 for %2 is %3, grade %4.")
                      .arg(officeName(d), periodText(d), centi(*ikm.convertedCenti), gradeText(ikm.grade))
                : SurveyReportPdf::tr("The community satisfaction index of %1 for %2 cannot be given yet.")
                      .arg(officeName(d), periodText(d)))));
    html += elements;

    QString perService = section(QStringLiteral("C"), SurveyReportPdf::tr("The index per service"));
    QList<QStringList> services;
    n = 0;
    for (const SurveyGroupIndex &g : d.index.byService) {
        services << QStringList {QString::number(++n), esc(g.serviceName), count(g.ikm.respondents),
                                 count(g.sample.population), count(g.sample.required),
                                 esc(g.sample.sufficient() ? SurveyReportPdf::tr("sufficient")
                                                           : SurveyReportPdf::tr("%1 more").arg(count(g.sample.missing()))),
                                 g.ikm.convertedCenti ? centi(*g.ikm.convertedCenti) : none, gradeText(g.ikm.grade)};
    }
    if (services.isEmpty())
        perService += para(esc(SurveyReportPdf::tr("No service was used or rated in the period.")));
    else
        perService += ruled({esc(SurveyReportPdf::tr("No.")), esc(SurveyReportPdf::tr("Service")), esc(SurveyReportPdf::tr("Respondents")), esc(SurveyReportPdf::tr("Served (N)")),
                       esc(SurveyReportPdf::tr("Minimum sample")), esc(SurveyReportPdf::tr("Sample")), esc(SurveyReportPdf::tr("Converted IKM")),
                       esc(SurveyReportPdf::tr("Grade"))},
                      services, {5, 25, 13, 10, 10, 13, 11, 13}, {1});
    html += perService;
    return html;
}

QString analysis(const SurveyReportData &d)
{
    QString html = chapter(QStringLiteral("IV"), SurveyReportPdf::tr("Analysis"), true);
    QString ranking = section(QStringLiteral("A"), SurveyReportPdf::tr("The weakest and the strongest elements"));
    const QList<const IkmElement *> ranked = d.elementsByScore();
    if (ranked.isEmpty()) {
        ranking += para(esc(SurveyReportPdf::tr("No element was answered in the period.")));
    } else {
        const auto line = [](const IkmElement *e) {
            return esc(SurveyReportPdf::tr("%1: %2, grade %3")
                           .arg(SurveyElements::label(e->code), centi(e->convertedCenti.value_or(0)), gradeText(e->grade)));
        };
        const int shown = int(std::min<qsizetype>(3, ranked.size()));
        QStringList weakest, strongest;
        for (int i = 0; i < shown; ++i) {
            weakest << line(ranked.at(i));
            strongest << line(ranked.at(ranked.size() - 1 - i));
        }
        ranking += sideBySide(QStringLiteral("<p style=\"margin:0 0 2px 0;\"><b>%1</b></p>").arg(esc(SurveyReportPdf::tr("Weakest")))
                               + numbered(weakest),
                           QStringLiteral("<p style=\"margin:0 0 2px 0;\"><b>%1</b></p>").arg(esc(SurveyReportPdf::tr("Strongest")))
                               + numbered(strongest));
        ranking += para(esc(SurveyReportPdf::tr("The follow-up starts with the weakest elements, above all those graded C or D.")));
    }
    html += ranking;

    html += section(QStringLiteral("B"), SurveyReportPdf::tr("Follow-up plan"));
    if (d.planItems.isEmpty()) {
        html += para(esc(SurveyReportPdf::tr("No follow-up item has been recorded for %1 yet.")
                             .arg(d.periodCodes.join(QStringLiteral(", ")))));
    } else {
        QList<QStringList> rows;
        int n = 0;
        for (const PlanItem &item : d.planItems) {
            QString status = esc(planStatusLabel(item.status));
            if (item.status == PlanStatus::Done && item.doneDate.isValid())
                status += QStringLiteral("<br/>") + esc(longDate(item.doneDate));
            else if (item.overdue(d.madeOn))
                status += QStringLiteral("<br/><i>%1</i>").arg(esc(SurveyReportPdf::tr("overdue")));
            rows << QStringList {QString::number(++n),
                                 item.element.isEmpty() ? QStringLiteral("—") : esc(SurveyElements::label(item.element)),
                                 esc(item.action), esc(item.personInCharge), esc(longDate(item.targetDate)), status,
                                 item.evidence.trimmed().isEmpty() ? QStringLiteral("—") : esc(item.evidence)};
        }
        html += ruled({esc(SurveyReportPdf::tr("No.")), esc(SurveyReportPdf::tr("Element")), esc(SurveyReportPdf::tr("Action")), esc(SurveyReportPdf::tr("Person in charge")),
                       esc(SurveyReportPdf::tr("Target")), esc(SurveyReportPdf::tr("Status")), esc(SurveyReportPdf::tr("Evidence"))},
                      rows, {5, 15, 25, 13, 11, 13, 18}, {1, 2, 3, 6}, 0,
                      QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:8.5pt;"));
    }
    for (const PlanProposal &p : d.proposals) {
        html += para(QStringLiteral("<i>%1</i>").arg(
            esc(SurveyReportPdf::tr("Proposed: %1 (%2) has no follow-up item yet: %3")
                    .arg(SurveyElements::label(p.element), centi(p.convertedCenti), p.suggestedAction))));
    }
    html += para(esc(d.forumDate ? SurveyReportPdf::tr("The result and the plan were discussed with the public in a forum on %1.")
                                       .arg(longDate(*d.forumDate))
                                 : SurveyReportPdf::tr("The result and the plan have not yet been discussed in a public forum.")));
    if (d.publications.isEmpty()) {
        html += para(esc(SurveyReportPdf::tr("The result has not been published yet.")));
    } else {
        QList<QStringList> rows;
        int n = 0;
        for (const SurveyPublication &p : d.publications)
            rows << QStringList {QString::number(++n), esc(p.medium), esc(longDate(p.date)),
                                 p.reference.trimmed().isEmpty() ? QStringLiteral("—") : esc(p.reference)};
        html += QStringLiteral("<p style=\"margin:4px 0 2px 0;\">%1</p>").arg(esc(SurveyReportPdf::tr("Where the result was published:")));
        html += ruled({esc(SurveyReportPdf::tr("No.")), esc(SurveyReportPdf::tr("Medium")), esc(SurveyReportPdf::tr("Date")), esc(SurveyReportPdf::tr("Where to see it"))}, rows,
                      {6, 32, 20, 42}, {1, 3});
    }

    QString trend = section(QStringLiteral("C"), SurveyReportPdf::tr("Trend"));
    QList<QStringList> rows;
    for (const SurveyTrendPoint &t : d.trend) {
        rows << QStringList {esc(t.period.label()), count(t.respondents),
                             t.convertedCenti ? centi(*t.convertedCenti) : QStringLiteral("—"), gradeText(t.grade),
                             t.convertedCenti ? bar(*t.convertedCenti) : QStringLiteral("&nbsp;")};
    }
    trend += ruled({esc(SurveyReportPdf::tr("Period")), esc(SurveyReportPdf::tr("Respondents")), esc(SurveyReportPdf::tr("Converted IKM")), esc(SurveyReportPdf::tr("Grade")),
                   QString()},
                  rows, {22, 13, 14, 17, 34}, {0, 4});
    // The direction: the last two periods with an index.
    QList<const SurveyTrendPoint *> known;
    for (const SurveyTrendPoint &t : d.trend) {
        if (t.convertedCenti)
            known << &t;
    }
    if (known.size() >= 2) {
        const SurveyTrendPoint *a = known.at(known.size() - 2), *b = known.last();
        const int delta = *b->convertedCenti - *a->convertedCenti;
        const QString change = delta > 0 ? SurveyReportPdf::tr("rose by %1 from %2").arg(centi(delta), a->period.label())
            : delta < 0                  ? SurveyReportPdf::tr("fell by %1 from %2").arg(centi(-delta), a->period.label())
                                         : SurveyReportPdf::tr("stayed as in %1").arg(a->period.label());
        trend += para(esc(SurveyReportPdf::tr("The converted index of %1 %2.").arg(b->period.label(), change)));
    }
    return html + trend;
}

QString closing(const SurveyReportData &d)
{
    const IkmResult &ikm = d.index.office.ikm;
    QString html;
    QString text = ikm.convertedCenti
        ? SurveyReportPdf::tr("From %1 respondents, the community satisfaction index of %2 for %3 is %4, grade %5, computed with "
                "the weight %6.")
              .arg(count(ikm.respondents), officeName(d), periodText(d), centi(*ikm.convertedCenti), gradeText(ikm.grade),
                   weightText(d.index.weighting))
        : SurveyReportPdf::tr("With %1 respondents the index of %2 for %3 cannot be given yet.")
              .arg(count(ikm.respondents), officeName(d), periodText(d));
    html += para(esc(text));
    html += para(esc(SurveyReportPdf::tr("The result will be followed up as planned and published to the public. We thank every "
                           "respondent for their opinion, which helps us serve better.")));

    // The head of office signs: never split from the place and date.
    const QString city = d.office.city.trimmed();
    const QString where = city.isEmpty() ? longDate(d.madeOn) : SurveyReportPdf::tr("%1, %2").arg(city, longDate(d.madeOn));
    const QString head = d.office.headTitle.trimmed();
    const QString block = letterhtml::signatureBlock({where, head.isEmpty() ? SurveyReportPdf::tr("Head of office,") : head + QLatin1Char(',')},
                                                     d.office.headName, nipLine(d.office.headNip), 40);
    html += QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\"></td>"
                           "<td width=\"50%\" align=\"center\">%1</td></tr></table>")
                .arg(block);
    return chapter(QStringLiteral("V"), SurveyReportPdf::tr("Closing"), true) + html;
}

} // namespace

QPageLayout SurveyReportPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 20, 20, 15),
                       QPageLayout::Millimeter);
}

QString SurveyReportPdf::title()
{
    return tr("COMMUNITY SATISFACTION SURVEY REPORT");
}

QString SurveyReportPdf::html(const SurveyReportData &d)
{
    const StandardDocument letterhead(d.office, d.madeOn);
    QString html = letterhead.letterhead();
    html += QStringLiteral("<p align=\"center\" style=\"margin:16px 0 0 0; font-size:13pt; font-weight:bold;\">%1</p>")
                .arg(esc(title()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 0 0; font-size:11pt; font-weight:bold;\">%1</p>")
                .arg(esc(officeName(d).toUpper()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 8px 0;\">%1</p>").arg(esc(periodText(d)));
    html += introduction(d);
    html += collection(d);
    html += results(d);
    html += analysis(d);
    html += closing(d);
    html += appendix(d);
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:10pt; color:#000000; "
                          "line-height:125%;\">%1</body></html>")
        .arg(html);
}

int SurveyReportPdf::print(QPagedPaintDevice *device, const SurveyReportData &d)
{
    PagedHtml paged;
    paged.setRepeatTableHeaders(true);
    if (!d.office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(d.office.logoPng));
    paged.setFooter(tr("SKM report %1 · %2 · weight %3")
                        .arg(d.index.period ? d.index.period->label()
                                            : tr("%1 to %2").arg(longDate(d.from), longDate(d.to)),
                             officeName(d), weightText(d.index.weighting)));
    return paged.print(device, html(d)) ? paged.pages() : 0;
}

Result<int> SurveyReportPdf::write(const QString &path, const SurveyReportData &d)
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, d); });
}

} // namespace loket
