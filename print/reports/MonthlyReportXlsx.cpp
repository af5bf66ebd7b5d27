// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/reports/MonthlyReportXlsx.h"


#include "print/common/PrivateWorkbook.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <functional>

namespace loket {

namespace {


class Book
{
public:
    explicit Book(const QString &file)
    {
        m_book = workbook_new(QFile::encodeName(file).constData());
        if (!m_book)
            return;
        bold = workbook_add_format(m_book);
        format_set_bold(bold);
        title = workbook_add_format(m_book);
        format_set_bold(title);
        format_set_font_size(title, 13);
        percent = workbook_add_format(m_book);
        format_set_num_format(percent, "0.0%");
        minutes = workbook_add_format(m_book);
        format_set_num_format(minutes, "0.0");
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    bool ok() const { return m_book != nullptr; }
    lxw_worksheet *sheet(const QString &name)
    {
        QString n = name.left(31);
        for (QChar c : QStringLiteral("[]:*?/\\"))
            n.replace(c, QLatin1Char(' '));
        m_row = 0;
        return m_sheet = workbook_add_worksheet(m_book, n.toUtf8().constData());
    }
    void text(int row, int col, const QString &v, lxw_format *f = nullptr)
    {
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), v.toUtf8().constData(), f);
    }
    void number(int row, int col, double v, lxw_format *f = nullptr)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), v, f);
    }
    // Empty optional: the cell stays blank (no figure), never a "-" text among numbers.
    void maybe(int row, int col, std::optional<double> v, lxw_format *f = nullptr)
    {
        if (v)
            number(row, col, *v, f);
    }
    void header(int row, const QStringList &titles)
    {
        for (int i = 0; i < titles.size(); ++i)
            text(row, i, titles.at(i), bold);
        worksheet_freeze_panes(m_sheet, lxw_row_t(row + 1), 0);
    }
    void widths(const QList<double> &w)
    {
        for (int i = 0; i < w.size(); ++i)
            worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), w.at(i), nullptr);
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }
    lxw_format *bold = nullptr, *title = nullptr, *percent = nullptr, *minutes = nullptr;

private:
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    int m_row = 0;
};

std::optional<double> minutesOf(const DurationSummary &d, qint64 DurationSummary::*field)
{
    if (!d.count)
        return std::nullopt;
    return double(d.*field) / 60000.0;
}

QStringList figureHeaders(const QString &first)
{
    return {first, MonthlyReportXlsx::tr("Issued"), MonthlyReportXlsx::tr("Served"), MonthlyReportXlsx::tr("No-show"), MonthlyReportXlsx::tr("Priority served"),
            MonthlyReportXlsx::tr("Median wait (min)"), MonthlyReportXlsx::tr("P90 wait (min)"), MonthlyReportXlsx::tr("Median service (min)"),
            MonthlyReportXlsx::tr("P90 service (min)"), MonthlyReportXlsx::tr("Within standard")};
}

// The figure columns from `col` on.
void figureCells(Book &b, int row, int col, const QueueFigures &f)
{
    b.number(row, col, f.issued);
    b.number(row, col + 1, f.served);
    b.number(row, col + 2, f.noShow);
    b.number(row, col + 3, f.priorityServed);
    b.maybe(row, col + 4, minutesOf(f.wait, &DurationSummary::medianMs), b.minutes);
    b.maybe(row, col + 5, minutesOf(f.wait, &DurationSummary::p90Ms), b.minutes);
    b.maybe(row, col + 6, minutesOf(f.service, &DurationSummary::medianMs), b.minutes);
    b.maybe(row, col + 7, minutesOf(f.service, &DurationSummary::p90Ms), b.minutes);
    b.maybe(row, col + 8, f.withinTargetShare(), b.percent);
}

void groupSheet(Book &b, const QString &name, const QString &what, const QList<QueueGroupFigures> &groups)
{
    b.sheet(name);
    b.header(0, figureHeaders(what));
    int row = 1;
    for (const QueueGroupFigures &g : groups) {
        b.text(row, 0, g.label);
        figureCells(b, row, 1, g.figures);
        ++row;
    }
    b.widths({28, 10, 10, 10, 12, 14, 14, 14, 14, 14});
}

void countRows(Book &b, int row, const QList<ReportCount> &counts, qint64 total)
{
    for (const ReportCount &c : counts) {
        b.text(row, 0, c.code);
        b.text(row, 1, c.label.isEmpty() ? MonthlyReportXlsx::tr("Not decided yet") : c.label);
        b.number(row, 2, double(c.count));
        b.number(row, 3, total > 0 ? double(c.count) / double(total) : 0.0, b.percent);
        ++row;
    }
    b.text(row, 1, MonthlyReportXlsx::tr("Total"), b.bold);
    b.number(row, 2, double(total), b.bold);
}

QString monthText(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace

Status MonthlyReportXlsx::write(const QString &path, const MonthlyReport &r, const QString &officeName)
{
    return PrivateWorkbook::save(path, [&](const QString &temp) {
        Book b(temp);
        if (!b.ok())
            return false;
        const MonthFigures &m = r.current, &p = r.previousMonth, &y = r.lastYear;

        b.sheet(tr("Summary"));
        b.text(0, 0, tr("Monthly public service report, %1").arg(monthText(m.month)), b.title);
        if (!officeName.trimmed().isEmpty())
            b.text(1, 0, officeName.trimmed());
        b.text(2, 0, tr("Month"));
        b.text(2, 1, reportMonthCode(m.month));
        b.text(3, 0, tr("Made on"));
        b.text(3, 1, r.asOf.toString(Qt::ISODate));
        b.header(5, {tr("Figure"), reportMonthCode(m.month), reportMonthCode(p.month), reportMonthCode(y.month)});
        const QList<std::pair<QString, std::function<double(const MonthFigures &)>>> lines {
            {tr("Visitors (tickets issued)"), [](const MonthFigures &f) { return double(f.tickets.overall.issued); }},
            {tr("Served"), [](const MonthFigures &f) { return double(f.tickets.overall.served); }},
            {tr("No-show"), [](const MonthFigures &f) { return double(f.tickets.overall.noShow); }},
            {tr("Priority served"), [](const MonthFigures &f) { return double(f.tickets.overall.priorityServed); }},
            {tr("Complaints received"), [](const MonthFigures &f) { return double(f.complaints.received); }},
            {tr("Complaints followed up to completion"), [](const MonthFigures &f) { return double(f.complaints.completed); }},
            {tr("Complaints past the deadline"), [](const MonthFigures &f) { return double(f.complaints.overdue()); }},
            {tr("Suggestion-box slips"), [](const MonthFigures &f) { return double(f.suggestions.slips); }},
        };
        int row = 6;
        for (const auto &[label, value] : lines) {
            b.text(row, 0, label);
            b.number(row, 1, value(m));
            b.number(row, 2, value(p));
            b.number(row, 3, value(y));
            ++row;
        }
        b.text(row, 0, tr("Median wait (min)"));
        b.maybe(row, 1, minutesOf(m.tickets.overall.wait, &DurationSummary::medianMs), b.minutes);
        b.maybe(row, 2, minutesOf(p.tickets.overall.wait, &DurationSummary::medianMs), b.minutes);
        b.maybe(row, 3, minutesOf(y.tickets.overall.wait, &DurationSummary::medianMs), b.minutes);
        ++row;
        b.text(row, 0, tr("Within standard"));
        b.maybe(row, 1, m.tickets.overall.withinTargetShare(), b.percent);
        b.maybe(row, 2, p.tickets.overall.withinTargetShare(), b.percent);
        b.maybe(row, 3, y.tickets.overall.withinTargetShare(), b.percent);
        ++row;
        b.text(row, 0, tr("IKM of the month"));
        for (int col = 1; col <= 3; ++col) {
            const MonthFigures &f = col == 1 ? m : col == 2 ? p : y;
            if (f.survey.month && f.survey.month->office.ikm.convertedCenti)
                b.number(row, col, *f.survey.month->office.ikm.convertedCenti / 100.0);
        }
        b.widths({44, 14, 14, 14});

        b.sheet(tr("Services"));
        QStringList headers = figureHeaders(tr("Service"));
        headers.insert(0, tr("Code"));
        headers << tr("Standard (min)") << tr("Standard from the service standard");
        b.header(0, headers);
        row = 1;
        for (const ReportService &s : m.tickets.services) {
            b.text(row, 0, s.code);
            b.text(row, 1, s.name);
            figureCells(b, row, 2, s.figures);
            if (s.targetMinutes)
                b.number(row, 11, s.targetMinutes);
            b.text(row, 12, s.targetFromStandard ? tr("yes") : tr("no"));
            ++row;
        }
        b.text(row, 1, tr("Total"), b.bold);
        figureCells(b, row, 2, m.tickets.overall);
        b.widths({8, 28, 10, 10, 10, 12, 14, 14, 14, 14, 14, 14, 16});

        b.sheet(tr("Days"));
        b.header(0, {tr("Date"), tr("Issued"), tr("Served"), tr("No-show"), tr("Median wait (min)")});
        row = 1;
        for (const QueueGroupFigures &g : m.tickets.byDay) {
            b.text(row, 0, g.key);
            b.number(row, 1, g.figures.issued);
            b.number(row, 2, g.figures.served);
            b.number(row, 3, g.figures.noShow);
            b.maybe(row, 4, minutesOf(g.figures.wait, &DurationSummary::medianMs), b.minutes);
            ++row;
        }
        b.widths({14, 10, 10, 10, 16});

        groupSheet(b, tr("Priority"), tr("Reason"), m.tickets.byPriorityReason);
        groupSheet(b, tr("Counters"), tr("Counter"), m.tickets.byCounter);
        groupSheet(b, tr("Officers"), tr("Officer"), m.tickets.byOfficer);

        const ComplaintMonthReport &c = m.complaints;
        b.sheet(tr("Complaints"));
        b.header(0, {tr("Code"), tr("First response within"), tr("Count"), tr("Share")});
        countRows(b, 1, c.responseTime, c.received);
        row = int(c.responseTime.size()) + 3;
        const QList<std::pair<QString, double>> totals {{tr("Complaints received"), double(c.received)},
                                                        {tr("Complaints followed up to completion"), double(c.completed)},
                                                        {tr("Complaints past the deadline"), double(c.overdue())}};
        for (const auto &[label, n] : totals) {
            b.text(row, 1, label);
            b.number(row, 2, n);
            ++row;
        }
        b.widths({12, 40, 10, 10});

        b.sheet(tr("Suggestion box"));
        b.text(0, 0, tr("Openings"));
        b.number(0, 2, double(m.suggestions.openings));
        b.header(2, {tr("Code"), tr("Kind"), tr("Count"), tr("Share")});
        countRows(b, 3, m.suggestions.byKind, m.suggestions.slips);
        row = 3 + int(m.suggestions.byKind.size()) + 2;
        for (int i = 0; i < 4; ++i)
            b.text(row, i, QStringList {tr("Code"), tr("Decision"), tr("Count"), tr("Share")}.at(i), b.bold);
        countRows(b, row + 1, m.suggestions.byDecision, m.suggestions.slips);
        b.widths({14, 36, 10, 10});

        b.sheet(tr("IKM"));
        b.header(0, {tr("Code"), tr("Element"), tr("Answered"), tr("Converted")});
        row = 1;
        if (m.survey.month) {
            for (const IkmElement &e : m.survey.month->office.ikm.elements) {
                b.text(row, 0, e.code);
                b.text(row, 1, SurveyElements::label(e.code));
                b.number(row, 2, double(e.count));
                if (e.convertedCenti)
                    b.number(row, 3, *e.convertedCenti / 100.0);
                ++row;
            }
        }
        ++row;
        b.text(row, 0, tr("Survey period"), b.bold);
        b.text(row, 2, tr("Respondents"), b.bold);
        b.text(row, 3, tr("Converted IKM"), b.bold);
        ++row;
        for (const ReportTrendPoint &t : r.ikmTrend) {
            b.text(row, 0, t.period.label());
            b.number(row, 2, double(t.respondents));
            if (t.convertedCenti)
                b.number(row, 3, *t.convertedCenti / 100.0);
            ++row;
        }
        b.widths({16, 40, 12, 12});

        return b.close() == LXW_NO_ERROR;
    });
}

} // namespace loket
