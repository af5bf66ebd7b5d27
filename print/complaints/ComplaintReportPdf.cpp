// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/complaints/ComplaintReportPdf.h"

#include "print/standards/PagedHtml.h"
#include "print/standards/StandardDocument.h"
#include "print/standards/StandardPdf.h"
#include "print/standards/StandardText.h"

#include <QImage>
#include <QLocale>

#include <algorithm>

namespace loket {

namespace {

const QString kHead = QStringLiteral("#dde4ee");
const QString kBar = QStringLiteral("#2b5797");

QString esc(const QString &s)
{
    return s.trimmed().toHtmlEscaped();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral("&nbsp;%");
}

double shareOf(qint64 n, qint64 of)
{
    return of > 0 ? double(n) / double(of) : 0.0;
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin:10px 0 3px 0; font-size:10pt; font-weight:bold;\">%1</p>").arg(esc(text));
}

// A ruled table: a shaded header row, then the rows; columns after the first
// right-aligned (figures) unless `leftColumns` says more are text.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths, int leftColumns = 1,
              bool lastRowBold = false)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse:collapse; border-color:#7a7a7a;\">");
    html += QStringLiteral("<tr>");
    for (int i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<td bgcolor=\"%1\" width=\"%2%\" align=\"%3\"><b>%4</b></td>")
                    .arg(kHead)
                    .arg(widths.value(i))
                    .arg(i < leftColumns ? QStringLiteral("left") : QStringLiteral("right"), headers.at(i));
    }
    html += QStringLiteral("</tr>");
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = lastRowBold && r == rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (int i = 0; i < rows.at(r).size(); ++i) {
            const QString cell = bold ? QStringLiteral("<b>%1</b>").arg(rows.at(r).at(i)) : rows.at(r).at(i);
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(i < leftColumns ? QStringLiteral("left") : QStringLiteral("right"), cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Name, count, share of the month, and a total row.
QString countTable(const QString &what, const QList<ReportCount> &counts, qint64 received)
{
    QList<QStringList> rows;
    for (const ReportCount &c : counts)
        rows << QStringList {esc(c.label), number(c.count), percent(shareOf(c.count, received))};
    rows << QStringList {ComplaintReportPdf::tr("Total"), number(received), percent(received > 0 ? 1.0 : 0.0)};
    return table({esc(what), ComplaintReportPdf::tr("Count"), ComplaintReportPdf::tr("Share")}, rows, {62, 17, 21}, 1,
                 true);
}

// Two blocks side by side, to keep the report on few pages.
QString sideBySide(const QString &left, const QString &right)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"49%\" valign=\"top\">%1</td><td width=\"2%\"></td>"
                          "<td width=\"49%\" valign=\"top\">%2</td></tr></table>")
        .arg(left, right);
}

// A horizontal bar as long as `share` of its cell (at least a sliver when not zero).
QString bar(double share)
{
    if (share <= 0)
        return QStringLiteral("&nbsp;");
    const int pct = std::clamp(int(share * 100.0 + 0.5), 1, 100);
    return QStringLiteral("<table width=\"%1%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td bgcolor=\"%2\" "
                          "height=\"9\" style=\"font-size:5pt;\">&nbsp;</td></tr></table>")
        .arg(pct)
        .arg(kBar);
}

} // namespace

ComplaintReportPdf::ComplaintReportPdf(OfficeProfile office, QDate printedOn)
    : m_office(std::move(office))
    , m_printedOn(printedOn)
{
}

QString ComplaintReportPdf::title(const ComplaintMonthReport &r)
{
    return tr("Complaint report for %1").arg(ComplaintReport::monthName(r.month));
}

QString ComplaintReportPdf::html(const ComplaintMonthReport &r) const
{
    const StandardDocument letterhead(m_office, m_printedOn);
    QString html = letterhead.letterhead();
    html += QStringLiteral("<p align=\"center\" style=\"margin:10px 0 0 0; font-size:13pt; font-weight:bold;\">%1</p>")
                .arg(esc(title(r)).toUpper());
    html += QStringLiteral("<p align=\"center\" style=\"margin:2px 0 4px 0; font-size:9pt;\">%1</p>")
                .arg(esc(tr("Received %1 to %2 · state as of %3")
                             .arg(StandardText::date(r.month), StandardText::date(r.month.addMonths(1).addDays(-1)),
                                  StandardText::date(r.asOf))));

    // The summary: what the evaluators look at first.
    html += heading(tr("Summary"));
    qint64 answered = 0;
    for (const ReportCount &c : r.responseTime) {
        if (c.code != QLatin1String("none"))
            answered += c.count;
    }
    const QList<QStringList> summary {
        {tr("Complaints received"), number(r.received), QString()},
        {tr("Followed up to completion (closed, forwarded or archived)"), number(r.completed),
            percent(r.completedShare())},
        {tr("Answered (a response sent)"), number(answered), percent(shareOf(answered, r.received))},
        {tr("Past the settlement deadline"), number(r.overdue()), percent(shareOf(r.overdue(), r.received))},
        {QStringLiteral("&nbsp;&nbsp;&nbsp;") + tr("answered after the deadline"), number(r.overdueAnsweredLate),
            QString()},
        {QStringLiteral("&nbsp;&nbsp;&nbsp;") + tr("still open past the deadline"), number(r.overdueOpen), QString()},
    };
    html += table({tr("Indicator"), tr("Count"), tr("Share")}, summary, {64, 16, 20});

    // The first response on the evaluators' scale, with a bar each.
    html += heading(tr("Time to the first response"));
    qint64 most = 0;
    for (const ReportCount &c : r.responseTime)
        most = std::max(most, c.count);
    QList<QStringList> times;
    for (const ReportCount &c : r.responseTime)
        times << QStringList {esc(c.label), number(c.count), percent(shareOf(c.count, r.received)),
            bar(shareOf(c.count, most))};
    html += table({tr("Time after receipt"), tr("Count"), tr("Share"), QString()}, times, {34, 12, 14, 40}, 1);

    html += heading(tr("Deadlines"));
    QList<QStringList> deadlines;
    for (const ReportDeadline &d : r.deadlines) {
        const qint64 met = d.metInTime + d.metLate;
        deadlines << QStringList {esc(d.label), number(d.metInTime), number(d.metLate), number(d.missedOpen),
            number(d.pending), number(d.notNeeded), percent(shareOf(d.metInTime, met))};
    }
    html += table({tr("Deadline"), tr("Met in time"), tr("Met late"), tr("Missed, open"), tr("Not yet due"),
                      tr("Not needed"), tr("In time")},
                  deadlines, {24, 12, 12, 16, 13, 12, 11});

    html += sideBySide(heading(tr("By channel")) + countTable(tr("Channel"), r.byChannel, r.received),
                       heading(tr("By type")) + countTable(tr("Type"), r.byType, r.received)
                           + heading(tr("By tier")) + countTable(tr("Tier"), r.byTier, r.received));

    QList<ReportCount> services = r.byService;
    html += sideBySide(heading(tr("By service")) + countTable(tr("Service"), services, r.received),
                       heading(tr("By current state")) + countTable(tr("State"), r.byState, r.received));

    html += QStringLiteral("<p style=\"margin:4px 0 0 0; font-size:7.5pt; color:#444444;\">%1</p>")
                .arg(esc(tr("A complaint counts in the month of the day it was received in the office's time zone. "
                            "Response time is the first response minus the moment of receipt. Deadlines are "
                            "working days; while a complaint waits for the complainant its clock stands still. "
                            "\"In time\" is the share of the deadlines met that were met on time.")));

    // The signature of the supervisor who made the report.
    const QString place = esc(m_office.city);
    const QString when = StandardText::date(m_printedOn).toHtmlEscaped();
    QString block = QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(place.isEmpty() ? when : place + QStringLiteral(", ") + when);
    block += QStringLiteral("<p style=\"margin:0; font-weight:bold;\">%1,</p>").arg(esc(tr("Complaint handling supervisor")));
    block += QStringLiteral("<p style=\"margin:0; font-size:30pt;\">&nbsp;</p>");
    if (r.signerName.trimmed().isEmpty()) {
        block += QStringLiteral("<p style=\"margin:0;\">(................................................)</p>");
        block += QStringLiteral("<p style=\"margin:0;\">NIP. ........................................</p>");
    } else {
        block += QStringLiteral("<p style=\"margin:0; font-weight:bold;\"><u>%1</u></p>").arg(esc(r.signerName));
        block += QStringLiteral("<p style=\"margin:0;\">NIP. %1</p>")
                     .arg(r.signerNip.trimmed().isEmpty() ? QStringLiteral("-")
                                                          : StandardDocument::nipText(r.signerNip).toHtmlEscaped());
    }
    html += QStringLiteral("<p style=\"margin:0; font-size:8pt;\">&nbsp;</p>"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\"></td>"
                           "<td align=\"center\">%1</td></tr></table>")
                .arg(block);
    return QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:8.5pt; color:#000000;\">%1"
                          "</body></html>")
        .arg(html);
}

int ComplaintReportPdf::print(QPagedPaintDevice *device, const ComplaintMonthReport &r) const
{
    PagedHtml paged;
    if (!m_office.logoPng.isEmpty())
        paged.addImage(StandardDocument::logoImageName(), QImage::fromData(m_office.logoPng));
    paged.setFooter(tr("%1 · %2 · printed %3").arg(title(r), m_office.name.trimmed(), StandardText::date(m_printedOn)));
    return paged.print(device, html(r)) ? paged.pages() : 0;
}

Result<int> ComplaintReportPdf::write(const QString &path, const ComplaintMonthReport &r) const
{
    return StandardPdf::write(path, StandardDocument::Kind::Standard,
                              [&](QPagedPaintDevice *device) { return print(device, r); });
}

} // namespace loket
