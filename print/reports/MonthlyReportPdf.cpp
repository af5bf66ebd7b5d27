// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/reports/MonthlyReportPdf.h"

#include "core/complaints/ResponseLetter.h"
#include "print/common/LetterHtml.h"
#include "print/complaints/PaperPdf.h"
#include "print/reports/MonthlyReportCharts.h"
#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"
#include "print/survey/SurveyReportHtml.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>

#include <cmath>

namespace loket {

using namespace surveyhtml;

namespace {

constexpr int kChartWidth = 620; // layout pixels: the text width of the A4 page
// The tables of chapter IV, smaller, so the head's signature stays on the last page of figures.
const QString kSmall = QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:8.5pt;");

QString monthText(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString officeName(const OfficeProfile &o)
{
    return o.name.trimmed().isEmpty() ? MonthlyReportPdf::tr("the office") : o.name.trimmed();
}

QString nipLine(const QString &nip)
{
    return QStringLiteral("NIP. ") + (nip.trimmed().isEmpty() ? QStringLiteral("....................")
                                                              : LetterData::nipText(nip));
}

QString minutesText(const DurationSummary &d, qint64 DurationSummary::*field)
{
    return d.count ? decimal(double(d.*field) / 60000.0, 1) : QStringLiteral("—");
}

QString percentText(std::optional<double> share)
{
    return share ? decimal(*share * 100.0, 1) + QStringLiteral("&nbsp;%") : QStringLiteral("—");
}

QString changeText(double now, double before)
{
    const auto c = relativeChange(now, before);
    if (!c)
        return QStringLiteral("—");
    const long pct = std::lround(*c * 100.0);
    return (pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(qint64(pct)) + QStringLiteral("&nbsp;%");
}

QString ikmText(const std::optional<SurveyIndexReport> &r)
{
    if (!r || !r->office.ikm.convertedCenti)
        return QStringLiteral("—");
    return centi(*r->office.ikm.convertedCenti) + QLatin1Char(' ') + gradeText(r->office.ikm.grade);
}

// "naik 12 %", "turun 3 %", "sama": the change from before to now, rounded to whole percent.
QString movement(double now, double before)
{
    const long pct = std::lround(*relativeChange(now, before) * 100.0);
    if (pct > 0)
        return MonthlyReportPdf::tr("rose by %1 %").arg(QLocale().toString(qint64(pct)));
    if (pct < 0)
        return MonthlyReportPdf::tr("fell by %1 %").arg(QLocale().toString(qint64(-pct)));
    return MonthlyReportPdf::tr("stayed the same");
}

QString comparison(const MonthlyReport &r)
{
    const MonthFigures &m = r.current, &p = r.previousMonth, &y = r.lastYear;
    QList<QStringList> rows;
    const auto num = [&](const QString &label, double a, double b, double c) {
        rows << QStringList {esc(label), count(qint64(a)), count(qint64(b)), changeText(a, b), count(qint64(c)), changeText(a, c)};
    };
    const QueueFigures &a = m.tickets.overall, &b = p.tickets.overall, &c = y.tickets.overall;
    num(MonthlyReportPdf::tr("Visitors (tickets issued)"), a.issued, b.issued, c.issued);
    num(MonthlyReportPdf::tr("Served"), a.served, b.served, c.served);
    num(MonthlyReportPdf::tr("Did not come when called"), a.noShow, b.noShow, c.noShow);
    num(MonthlyReportPdf::tr("Priority visitors served"), a.priorityServed, b.priorityServed, c.priorityServed);
    rows << QStringList {esc(MonthlyReportPdf::tr("Median wait (minutes)")), minutesText(a.wait, &DurationSummary::medianMs),
                         minutesText(b.wait, &DurationSummary::medianMs), QString(),
                         minutesText(c.wait, &DurationSummary::medianMs), QString()};
    rows << QStringList {esc(MonthlyReportPdf::tr("Served within the standard")), percentText(a.withinTargetShare()),
                         percentText(b.withinTargetShare()), QString(), percentText(c.withinTargetShare()), QString()};
    num(MonthlyReportPdf::tr("Complaints received"), m.complaints.received, p.complaints.received, y.complaints.received);
    num(MonthlyReportPdf::tr("Complaints followed up to completion"), m.complaints.completed, p.complaints.completed,
        y.complaints.completed);
    num(MonthlyReportPdf::tr("Suggestion-box slips"), m.suggestions.slips, p.suggestions.slips, y.suggestions.slips);
    rows << QStringList {esc(MonthlyReportPdf::tr("Satisfaction index (IKM) of the month")), ikmText(m.survey.month),
                         ikmText(p.survey.month), QString(), ikmText(y.survey.month), QString()};
    return ruled({esc(MonthlyReportPdf::tr("Figure")), esc(monthText(m.month)), esc(monthText(p.month)),
                  esc(MonthlyReportPdf::tr("Change")), esc(monthText(y.month)), esc(MonthlyReportPdf::tr("Change"))},
                 rows, {30, 14, 14, 13, 16, 13}, {0});
}

QString servicesTable(const MonthFigures &m)
{
    QList<QStringList> rows;
    int n = 0;
    for (const ReportService &s : m.tickets.services) {
        const QueueFigures &f = s.figures;
        rows << QStringList {QString::number(++n), esc(s.name), count(f.issued), count(f.served), count(f.noShow),
                             minutesText(f.wait, &DurationSummary::medianMs), minutesText(f.wait, &DurationSummary::p90Ms),
                             minutesText(f.service, &DurationSummary::medianMs),
                             s.targetMinutes ? count(s.targetMinutes) : QStringLiteral("—"), percentText(f.withinTargetShare())};
    }
    const QueueFigures &f = m.tickets.overall;
    rows << QStringList {QString(), esc(MonthlyReportPdf::tr("Total")), count(f.issued), count(f.served), count(f.noShow),
                         minutesText(f.wait, &DurationSummary::medianMs), minutesText(f.wait, &DurationSummary::p90Ms),
                         minutesText(f.service, &DurationSummary::medianMs), QString(), percentText(f.withinTargetShare())};
    return ruled({esc(MonthlyReportPdf::tr("No.")), esc(MonthlyReportPdf::tr("Service")), esc(MonthlyReportPdf::tr("Issued")),
                  esc(MonthlyReportPdf::tr("Served")), esc(MonthlyReportPdf::tr("No-show")),
                  esc(MonthlyReportPdf::tr("Median wait (min)")), esc(MonthlyReportPdf::tr("P90 wait (min)")),
                  esc(MonthlyReportPdf::tr("Median service (min)")), esc(MonthlyReportPdf::tr("Standard (min)")),
                  esc(MonthlyReportPdf::tr("Within standard"))},
                 rows, {5, 15, 12, 9, 8, 10, 9, 10, 11, 11}, {1}, 1,
                 QStringLiteral("font-family:'DejaVu Sans Condensed'; font-size:8.5pt;"));
}

QString groupTable(const QString &what, const QList<QueueGroupFigures> &groups, bool times)
{
    QList<QStringList> rows;
    int n = 0;
    for (const QueueGroupFigures &g : groups) {
        QStringList row {QString::number(++n), esc(g.label), count(g.figures.issued), count(g.figures.served)};
        if (times)
            row << minutesText(g.figures.service, &DurationSummary::medianMs) << percentText(g.figures.withinTargetShare());
        rows << row;
    }
    if (rows.isEmpty())
        return para(QStringLiteral("<i>%1</i>").arg(esc(MonthlyReportPdf::tr("None in the month."))));
    QStringList headers {esc(MonthlyReportPdf::tr("No.")), esc(what), esc(MonthlyReportPdf::tr("Tickets")),
                         esc(MonthlyReportPdf::tr("Served"))};
    if (times)
        headers << esc(MonthlyReportPdf::tr("Median service (min)")) << esc(MonthlyReportPdf::tr("Within standard"));
    return ruled(headers, rows, times ? QList<int> {6, 38, 13, 13, 15, 15} : QList<int> {8, 52, 20, 20}, {1});
}

QString countTable(const QString &what, const QList<ReportCount> &counts, qint64 total)
{
    QList<QStringList> rows;
    for (const ReportCount &c : counts) {
        rows << QStringList {esc(c.label.isEmpty() ? MonthlyReportPdf::tr("Not decided yet") : c.label), count(c.count),
                             total > 0 ? decimal(100.0 * double(c.count) / double(total), 1) + QStringLiteral("&nbsp;%")
                                       : QStringLiteral("—")};
    }
    rows << QStringList {esc(MonthlyReportPdf::tr("Total")), count(total), total > 0 ? decimal(100, 1) + QStringLiteral("&nbsp;%")
                                                                                : QStringLiteral("—")};
    return ruled({esc(what), esc(MonthlyReportPdf::tr("Count")), QStringLiteral("%")}, rows, {56, 22, 22}, {0}, 1, kSmall);
}

QString complaintsPart(const ComplaintMonthReport &c)
{
    QList<QStringList> rows {
        {esc(MonthlyReportPdf::tr("Received")), count(c.received)},
        {esc(MonthlyReportPdf::tr("Followed up to completion")), count(c.completed)},
        {esc(MonthlyReportPdf::tr("Share followed up to completion")),
         c.received ? decimal(c.completedShare() * 100.0, 1) + QStringLiteral("&nbsp;%") : QStringLiteral("—")},
        {esc(MonthlyReportPdf::tr("Past the settle deadline")), count(c.overdue())},
    };
    const QString summary = ruled({esc(MonthlyReportPdf::tr("Complaints")), esc(MonthlyReportPdf::tr("Count"))}, rows, {70, 30}, {0}, 0, kSmall);
    return sideBySide(summary, countTable(MonthlyReportPdf::tr("First response within"), c.responseTime, c.received));
}

// A section kept on one page: a top-level table's row is never split when it fits (PagedHtml).
QString together(const QString &html)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td></tr></table>").arg(html);
}

QString gap()
{
    return QStringLiteral("<p style=\"margin:0; font-size:6pt;\">&nbsp;</p>");
}

QString ikmPart(const MonthlyReport &r)
{
    const ReportSurvey &s = r.current.survey;
    QList<QStringList> rows;
    const auto line = [&](const QString &label, const std::optional<SurveyIndexReport> &ikm) {
        rows << QStringList {esc(label), ikm ? count(ikm->office.ikm.respondents) : QStringLiteral("0"), ikmText(ikm)};
    };
    line(MonthlyReportPdf::tr("Responses of %1").arg(monthText(r.current.month)), s.month);
    if (s.period && s.period->period)
        line(s.period->period->label(), s.period);
    const QString index = ruled({esc(MonthlyReportPdf::tr("Index")), esc(MonthlyReportPdf::tr("Respondents")),
                                 esc(MonthlyReportPdf::tr("Converted IKM"))},
                                rows, {40, 26, 34}, {0}, 0, kSmall);
    QString trend;
    if (!r.ikmTrend.isEmpty()) {
        QList<QStringList> points;
        for (const ReportTrendPoint &t : r.ikmTrend) {
            points << QStringList {esc(t.period.label()), count(t.respondents),
                                   t.convertedCenti ? centi(*t.convertedCenti) : QStringLiteral("—")};
        }
        trend = ruled({esc(MonthlyReportPdf::tr("Survey period")), esc(MonthlyReportPdf::tr("Respondents")),
                       esc(MonthlyReportPdf::tr("Converted IKM"))},
                      points, {44, 26, 30}, {0}, 0, kSmall);
    }
    QString html = sideBySide(index, trend);
    if (s.month && s.month->office.ikm.complete()) {
        QList<QStringList> elements;
        for (const IkmElement &e : s.month->office.ikm.elements) {
            elements << QStringList {esc(SurveyElements::label(e.code)), count(e.count),
                                     e.convertedCenti ? centi(*e.convertedCenti) : QStringLiteral("—"), gradeText(e.grade)};
        }
        html += gap() + ruled({esc(MonthlyReportPdf::tr("Element")), esc(MonthlyReportPdf::tr("Answered")),
                               esc(MonthlyReportPdf::tr("Converted")), esc(MonthlyReportPdf::tr("Grade"))},
                              elements, {50, 14, 14, 22}, {0}, 0, kSmall);
    }
    return html;
}

QString chart(const QString &name, int height)
{
    return QStringLiteral("<p style=\"margin:4px 0 6px 0;\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name)
        .arg(kChartWidth)
        .arg(height);
}

QList<double> perDay(const MonthFigures &m)
{
    const QDate last(m.month.year(), m.month.month(), m.month.daysInMonth());
    QList<double> days(m.month.daysInMonth(), 0.0);
    for (const QueueGroupFigures &g : m.tickets.byDay) {
        const QDate d = QDate::fromString(g.key, Qt::ISODate);
        if (d.isValid() && d >= m.month && d <= last)
            days[d.day() - 1] = g.figures.issued;
    }
    return days;
}

} // namespace

MonthlyReportPdf::MonthlyReportPdf(OfficeProfile office, QDate printedOn)
    : m_office(std::move(office))
    , m_printedOn(printedOn)
{
}

QString MonthlyReportPdf::title()
{
    return tr("MONTHLY PUBLIC SERVICE REPORT");
}

QStringList MonthlyReportPdf::summary(const MonthlyReport &r)
{
    const MonthFigures &m = r.current, &p = r.previousMonth, &y = r.lastYear;
    const QueueFigures &a = m.tickets.overall;
    QStringList s;
    if (a.issued == 0) {
        s << tr("No visitor took a ticket in %1.").arg(monthText(m.month));
    } else {
        QString visitors = tr("In %1 the office received %2 visitors, of whom %3 were served.")
                               .arg(monthText(m.month), count(a.issued), count(a.served));
        s << visitors;
        if (p.tickets.overall.issued > 0) {
            s << tr("The number of visitors %1 compared with last month (%2).")
                     .arg(movement(a.issued, p.tickets.overall.issued), count(p.tickets.overall.issued));
        }
        if (y.tickets.overall.issued > 0) {
            s << tr("Against %1 the number of visitors %2.")
                     .arg(monthText(y.month), movement(a.issued, y.tickets.overall.issued));
        }
        if (const auto share = a.withinTargetShare()) {
            s << tr("%1 % of the visitors served with a time standard were served within it.")
                     .arg(decimal(*share * 100.0, 1));
        }
        if (a.wait.count)
            s << tr("Half of the visitors waited %1 minutes or less.").arg(minutesText(a.wait, &DurationSummary::medianMs));
        if (const auto rate = a.noShowRate(); rate && a.noShow > 0)
            s << tr("%1 % of those called did not come to the counter.").arg(decimal(*rate * 100.0, 1));
        if (a.priorityServed > 0)
            s << tr("%1 priority visitors (elderly, disabled, pregnant and others) were served.").arg(count(a.priorityServed));
    }
    const ComplaintMonthReport &c = m.complaints;
    if (c.received == 0) {
        s << tr("No complaint was received.");
    } else {
        s << tr("%1 complaints were received; %2 % of them have been followed up to completion.")
                 .arg(count(c.received), decimal(c.completedShare() * 100.0, 1));
        if (c.overdue() > 0)
            s << tr("%1 complaints passed their settle deadline.").arg(count(c.overdue()));
    }
    if (m.suggestions.slips > 0)
        s << tr("The suggestion box gave %1 slips at %2 openings.").arg(count(m.suggestions.slips), count(m.suggestions.openings));
    if (m.survey.month && m.survey.month->office.ikm.convertedCenti) {
        s << tr("The satisfaction index of the month's %1 responses is %2, grade %3.")
                 .arg(count(m.survey.month->office.ikm.respondents), centi(*m.survey.month->office.ikm.convertedCenti),
                      gradeText(m.survey.month->office.ikm.grade));
    }
    return s;
}

QString MonthlyReportPdf::html(const MonthlyReport &r) const
{
    const MonthFigures &m = r.current;
    const StandardDocument letterhead(m_office, m_printedOn);
    QString html = letterhead.letterhead();
    html += QStringLiteral("<p align=\"center\" style=\"margin:14px 0 0 0; font-size:13pt; font-weight:bold;\">%1</p>")
                .arg(esc(title()));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 0 0; font-size:11pt; font-weight:bold;\">%1</p>")
                .arg(esc(officeName(m_office).toUpper()));
    QString period = tr("Month of %1").arg(monthText(m.month));
    if (m.lastDay.isValid() && m.lastDay.day() != m.month.daysInMonth())
        period += QStringLiteral(" ") + tr("(up to %1)").arg(longDate(m.lastDay));
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 8px 0;\">%1</p>").arg(esc(period));

    html += chapter(QStringLiteral("I"), tr("Summary"));
    html += para(esc(summary(r).join(QLatin1Char(' '))));
    html += section(QStringLiteral("A"), tr("The month against the month before and last year"));
    html += comparison(r);

    html += chapter(QStringLiteral("II"), tr("Visitors and service"), true);
    html += section(QStringLiteral("A"), tr("Visitors per service"));
    html += chart(QStringLiteral("chart:services"), reportcharts::barsHeight(m.tickets.services.size()));
    html += section(QStringLiteral("B"), tr("Visitors per day"));
    html += chart(QStringLiteral("chart:days"), 170);
    html += section(QStringLiteral("C"), tr("Services against their standard"));
    html += servicesTable(m);

    html += chapter(QStringLiteral("III"), tr("Priority service, counters and officers"), true);
    html += section(QStringLiteral("A"), tr("Priority visitors by reason"));
    html += groupTable(tr("Reason"), m.tickets.byPriorityReason, false);
    html += section(QStringLiteral("B"), tr("Counters"));
    html += groupTable(tr("Counter"), m.tickets.byCounter, true);
    html += section(QStringLiteral("C"), tr("Officers"));
    html += groupTable(tr("Officer"), m.tickets.byOfficer, true);

    // The chapter's title never apart from its first section.
    html += together(chapter(QStringLiteral("IV"), tr("Complaints, suggestions and satisfaction"))
                     + section(QStringLiteral("A"), tr("Complaints")) + complaintsPart(m.complaints));
    html += together(section(QStringLiteral("B"), tr("Suggestion-box slips"))
                     + para(esc(tr("%1 slips from %2 openings of the box.").arg(count(m.suggestions.slips), count(m.suggestions.openings))))
                     + sideBySide(countTable(tr("Kind"), m.suggestions.byKind, m.suggestions.slips),
                                  countTable(tr("Decision"), m.suggestions.byDecision, m.suggestions.slips)));
    html += section(QStringLiteral("C"), tr("Community satisfaction index (IKM)"));
    html += ikmPart(r);

    html += headSignature(m_office, m_printedOn);
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:10pt; color:#000000; "
                          "line-height:125%;\">%1</body></html>")
        .arg(html);
}

QString MonthlyReportPdf::headSignature(const OfficeProfile &office, QDate printedOn)
{
    // The head of office signs: never split from the place and date.
    const QString city = office.city.trimmed();
    const QString where = city.isEmpty() ? longDate(printedOn) : tr("%1, %2").arg(city, longDate(printedOn));
    const QString head = office.headTitle.trimmed();
    const QString block = letterhtml::signatureBlock({where, head.isEmpty() ? tr("Head of office,") : head + QLatin1Char(',')},
                                                     office.headName, nipLine(office.headNip), 40);
    return QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\"></td>"
                          "<td width=\"50%\" align=\"center\">%1</td></tr></table>")
        .arg(block);
}

QPageLayout MonthlyReportPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 20, 20, 15), QPageLayout::Millimeter);
}

int MonthlyReportPdf::print(QPagedPaintDevice *device, const MonthlyReport &r) const
{
    const MonthFigures &m = r.current;
    PagedHtml paged;
    paged.setRepeatTableHeaders(true);
    if (!m_office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(m_office.logoPng));
    QList<reportcharts::Bar> bars;
    for (const ReportService &s : m.tickets.services) {
        const ReportService *before = r.previousMonth.tickets.service(s.code);
        bars << reportcharts::Bar {s.name, double(s.figures.issued), before ? double(before->figures.issued) : 0.0};
    }
    const QString now = monthText(m.month), before = monthText(r.previousMonth.month);
    paged.addDrawing(QStringLiteral("chart:services"), [bars, now, before](QPainter &p, const QRectF &rect) {
        reportcharts::bars(p, rect, bars, now, before);
    });
    const QList<double> days = perDay(m);
    const QString mean = tr("mean of the days with visitors: %1");
    paged.addDrawing(QStringLiteral("chart:days"),
                     [days, mean](QPainter &p, const QRectF &rect) { reportcharts::dailyLine(p, rect, days, mean); });
    paged.setFooter(tr("Monthly report %1 · %2").arg(monthText(m.month), officeName(m_office)));
    return paged.print(device, html(r)) ? paged.pages() : 0;
}

Result<int> MonthlyReportPdf::write(const QString &path, const MonthlyReport &r) const
{
    return PaperPdf::write(path, pageLayout(), [&](QPagedPaintDevice *device) { return print(device, r); });
}

} // namespace loket
