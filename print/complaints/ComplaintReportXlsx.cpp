// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/complaints/ComplaintReportXlsx.h"


#include "print/common/PrivateWorkbook.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace loket {

namespace {

struct Formats {
    lxw_format *bold = nullptr;
    lxw_format *title = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *boldNumber = nullptr;
    lxw_format *boldPercent = nullptr;
};

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

double shareOf(qint64 n, qint64 of)
{
    return of > 0 ? double(n) / double(of) : 0.0;
}

class Book
{
public:
    explicit Book(const QString &file)
    {
        const QByteArray name = QFile::encodeName(file);
        m_book = workbook_new(name.constData());
        if (!m_book)
            return;
        f.bold = workbook_add_format(m_book);
        format_set_bold(f.bold);
        f.title = workbook_add_format(m_book);
        format_set_bold(f.title);
        format_set_font_size(f.title, 13);
        f.percent = workbook_add_format(m_book);
        format_set_num_format(f.percent, "0.0%");
        f.boldNumber = workbook_add_format(m_book);
        format_set_bold(f.boldNumber);
        f.boldPercent = workbook_add_format(m_book);
        format_set_bold(f.boldPercent);
        format_set_num_format(f.boldPercent, "0.0%");
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only on an error path: close() clears it
    }
    bool ok() const { return m_book != nullptr; }

    lxw_worksheet *sheet(const QString &name)
    {
        // Excel allows 31 characters and none of []:*?/\ in a sheet's name.
        QString n = name.left(31);
        for (QChar c : QStringLiteral("[]:*?/\\"))
            n.replace(c, QLatin1Char(' '));
        return workbook_add_worksheet(m_book, utf8(n).constData());
    }
    static void text(lxw_worksheet *s, int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), utf8(value).constData(), format);
    }
    static void number(lxw_worksheet *s, int row, int col, double value, lxw_format *format = nullptr)
    {
        worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, format);
    }
    static void header(lxw_worksheet *s, int row, const QStringList &titles, lxw_format *bold)
    {
        for (int i = 0; i < titles.size(); ++i)
            text(s, row, i, titles.at(i), bold);
    }

    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

    Formats f;

private:
    lxw_workbook *m_book = nullptr;
};

// Code, name, count, share; then the total.
void countSheet(Book &book, const QString &name, const QString &what, const QList<ReportCount> &rows, qint64 received)
{
    lxw_worksheet *s = book.sheet(name);
    Book::header(s, 0, {ComplaintReportXlsx::tr("Code"), what, ComplaintReportXlsx::tr("Count"),
                           ComplaintReportXlsx::tr("Share")},
                 book.f.bold);
    int row = 1;
    for (const ReportCount &c : rows) {
        Book::text(s, row, 0, c.code);
        Book::text(s, row, 1, c.label);
        Book::number(s, row, 2, double(c.count));
        Book::number(s, row, 3, shareOf(c.count, received), book.f.percent);
        ++row;
    }
    Book::text(s, row, 1, ComplaintReportXlsx::tr("Total"), book.f.bold);
    Book::number(s, row, 2, double(received), book.f.boldNumber);
    Book::number(s, row, 3, received > 0 ? 1.0 : 0.0, book.f.boldPercent);
    worksheet_set_column(s, 0, 0, 26, nullptr);
    worksheet_set_column(s, 1, 1, 40, nullptr);
    worksheet_set_column(s, 2, 3, 12, nullptr);
}

} // namespace

Status ComplaintReportXlsx::write(const QString &path, const ComplaintMonthReport &r, const QString &officeName)
{
    return PrivateWorkbook::save(path, [&](const QString &temp) {
        Book book(temp);
        if (!book.ok())
            return false;

        const QString month = ComplaintReport::monthName(r.month);
        // Ringkasan: what the evaluators look at first.
        lxw_worksheet *sum = book.sheet(tr("Summary"));
        Book::text(sum, 0, 0, tr("Complaint report for %1").arg(month), book.f.title);
        if (!officeName.trimmed().isEmpty())
            Book::text(sum, 1, 0, officeName.trimmed());
        Book::text(sum, 2, 0, tr("Month"));
        Book::text(sum, 2, 1, r.month.toString(QStringLiteral("yyyy-MM")));
        Book::text(sum, 3, 0, tr("State as of"));
        Book::text(sum, 3, 1, r.asOf.toString(Qt::ISODate));
        Book::header(sum, 5, {tr("Indicator"), tr("Count"), tr("Share")}, book.f.bold);
        qint64 answered = 0;
        for (const ReportCount &c : r.responseTime) {
            if (c.code != QLatin1String("none"))
                answered += c.count;
        }
        const QList<std::pair<QString, qint64>> lines {
            {tr("Complaints received"), r.received},
            {tr("Followed up to completion (closed, forwarded or archived)"), r.completed},
            {tr("Answered (a response sent)"), answered},
            {tr("Past the settlement deadline"), r.overdue()},
            {tr("Answered after the deadline"), r.overdueAnsweredLate},
            {tr("Still open past the deadline"), r.overdueOpen},
        };
        int row = 6;
        for (const auto &[label, n] : lines) {
            Book::text(sum, row, 0, label);
            Book::number(sum, row, 1, double(n));
            if (row > 6)
                Book::number(sum, row, 2, shareOf(n, r.received), book.f.percent);
            ++row;
        }
        worksheet_set_column(sum, 0, 0, 58, nullptr);
        worksheet_set_column(sum, 1, 2, 14, nullptr);

        countSheet(book, tr("Channel"), tr("Channel"), r.byChannel, r.received);
        countSheet(book, tr("Type"), tr("Type"), r.byType, r.received);
        countSheet(book, tr("Tier"), tr("Tier"), r.byTier, r.received);
        countSheet(book, tr("Service"), tr("Service"), r.byService, r.received);
        countSheet(book, tr("State"), tr("State"), r.byState, r.received);
        countSheet(book, tr("Response time"), tr("Time after receipt"), r.responseTime, r.received);

        lxw_worksheet *dl = book.sheet(tr("Deadlines"));
        Book::header(dl, 0, {tr("Code"), tr("Deadline"), tr("Met in time"), tr("Met late"), tr("Missed, open"),
                                tr("Not yet due"), tr("Not needed"), tr("In time")},
                     book.f.bold);
        row = 1;
        for (const ReportDeadline &d : r.deadlines) {
            Book::text(dl, row, 0, d.code);
            Book::text(dl, row, 1, d.label);
            int col = 2;
            for (qint64 n : {d.metInTime, d.metLate, d.missedOpen, d.pending, d.notNeeded})
                Book::number(dl, row, col++, double(n));
            Book::number(dl, row, col, shareOf(d.metInTime, d.metInTime + d.metLate), book.f.percent);
            ++row;
        }
        worksheet_set_column(dl, 0, 1, 22, nullptr);
        worksheet_set_column(dl, 2, 7, 14, nullptr);

        return book.close() == LXW_NO_ERROR; // on failure the hidden file is removed
    });
}

} // namespace loket
