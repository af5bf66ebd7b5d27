// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/survey/SurveyReportXlsx.h"


#include "print/common/PrivateWorkbook.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace loket {

namespace {


double weightOf(IkmWeighting w)
{
    return w == IkmWeighting::Exact ? 1.0 / 9.0 : 0.111;
}

QString weightLine(IkmWeighting w)
{
    return w == IkmWeighting::Exact ? SurveyReportXlsx::tr("Weighting: 1/9 per element (exact)")
                                    : SurveyReportXlsx::tr("Weighting: 0.111 per element (as printed in the regulation)");
}

QString gradeCell(const std::optional<IkmGrade> &g)
{
    return g ? QStringLiteral("%1 (%2)").arg(ikmGradeLetter(*g), ikmGradeName(*g)) : QStringLiteral("—");
}

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
        date = workbook_add_format(m_book);
        format_set_num_format(date, "dd/mm/yyyy");
        three = workbook_add_format(m_book);
        format_set_num_format(three, "0.000");
        boldThree = workbook_add_format(m_book);
        format_set_bold(boldThree);
        format_set_num_format(boldThree, "0.000");
        two = workbook_add_format(m_book);
        format_set_num_format(two, "0.00");
        boldTwo = workbook_add_format(m_book);
        format_set_bold(boldTwo);
        format_set_num_format(boldTwo, "0.00");
        head = workbook_add_format(m_book);
        format_set_bold(head);
        format_set_bg_color(head, 0xE3E8EF);
        format_set_border(head, LXW_BORDER_THIN);
        format_set_text_wrap(head);
        format_set_align(head, LXW_ALIGN_CENTER);
        format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
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
        for (QChar c : QStringLiteral("[]:*?/\\'"))
            n.replace(c, QLatin1Char(' '));
        n = n.trimmed();
        // Names are unique whatever their case.
        QString unique = n;
        for (int i = 2; m_names.contains(unique.toLower()); ++i)
            unique = n.left(27) + QStringLiteral(" (%1)").arg(i);
        m_names.insert(unique.toLower());
        return workbook_add_worksheet(m_book, unique.toUtf8().constData());
    }
    static void text(lxw_worksheet *s, int row, int col, const QString &value, lxw_format *f = nullptr)
    {
        worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), f);
    }
    static void number(lxw_worksheet *s, int row, int col, double value, lxw_format *f = nullptr)
    {
        worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, f);
    }
    void header(lxw_worksheet *s, int row, const QStringList &titles) const
    {
        for (int i = 0; i < titles.size(); ++i)
            text(s, row, i, titles.at(i), head);
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

    lxw_format *bold = nullptr, *title = nullptr, *date = nullptr, *three = nullptr, *boldThree = nullptr,
               *two = nullptr, *boldTwo = nullptr, *head = nullptr;

private:
    lxw_workbook *m_book = nullptr;
    QSet<QString> m_names;
};

// Title, office, period and weighting in the first rows of a sheet.
void heading(Book &book, lxw_worksheet *s, const SurveyReportData &d, const QString &what)
{
    Book::text(s, 0, 0, what, book.title);
    Book::text(s, 1, 0, d.office.name.trimmed());
    Book::text(s, 2, 0,
               SurveyReportXlsx::tr("Period: %1 to %2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate))
                   + (d.index.period ? QStringLiteral(" (%1)").arg(d.index.period->label()) : QString()));
    Book::text(s, 3, 0, weightLine(d.index.weighting), book.bold);
}

// The index of a group per element, from `row`: element, sum, answered, NRR,
// weighted NRR, converted, grade; then IKM, converted and grade. Returns the next free row.
int elementTable(Book &book, lxw_worksheet *s, int row, const IkmResult &ikm, IkmWeighting w)
{
    book.header(s, row++, {SurveyReportXlsx::tr("Element"), SurveyReportXlsx::tr("Name"), SurveyReportXlsx::tr("Sum of values"), SurveyReportXlsx::tr("Respondents answering"),
                           SurveyReportXlsx::tr("NRR"), SurveyReportXlsx::tr("Weighted NRR"), SurveyReportXlsx::tr("Converted (NRR × 25)"), SurveyReportXlsx::tr("Grade")});
    for (const IkmElement &e : ikm.elements) {
        Book::text(s, row, 0, e.code);
        Book::text(s, row, 1, SurveyElements::name(e.code));
        Book::number(s, row, 2, double(e.sum));
        Book::number(s, row, 3, double(e.count));
        if (e.nrr) {
            Book::number(s, row, 4, *e.nrr, book.three);
            Book::number(s, row, 5, *e.nrr * weightOf(w), book.three);
        }
        if (e.convertedCenti)
            Book::number(s, row, 6, *e.convertedCenti / 100.0, book.two);
        Book::text(s, row, 7, gradeCell(e.grade));
        ++row;
    }
    Book::text(s, row, 1, SurveyReportXlsx::tr("IKM"), book.bold);
    if (ikm.ikm)
        Book::number(s, row, 5, *ikm.ikm, book.boldThree);
    ++row;
    Book::text(s, row, 1, SurveyReportXlsx::tr("IKM converted (IKM × 25)"), book.bold);
    if (ikm.convertedCenti)
        Book::number(s, row, 6, *ikm.convertedCenti / 100.0, book.boldTwo);
    Book::text(s, row, 7, gradeCell(ikm.grade), book.bold);
    ++row;
    Book::text(s, row, 1, SurveyReportXlsx::tr("Respondents"));
    Book::number(s, row, 2, double(ikm.respondents));
    return row + 1;
}

void respondentsSheet(Book &book, const SurveyReportData &d)
{
    lxw_worksheet *s = book.sheet(SurveyReportXlsx::tr("Respondent data"));
    heading(book, s, d, SurveyReportXlsx::tr("Community satisfaction survey: data per respondent"));
    const int headRow = SurveyReportXlsx::kFirstDataRow - 1;
    QStringList headers {SurveyReportXlsx::tr("No"), SurveyReportXlsx::tr("Date"), SurveyReportXlsx::tr("Service"), SurveyReportXlsx::tr("Gender"), SurveyReportXlsx::tr("Age"),
                         SurveyReportXlsx::tr("Education"), SurveyReportXlsx::tr("Occupation"), SurveyReportXlsx::tr("Channel")};
    const int firstU = int(headers.size());
    headers << SurveyElements::codes();
    book.header(s, headRow, headers);
    int row = SurveyReportXlsx::kFirstDataRow;
    int n = 0;
    for (const SurveyRawRow &r : d.rows) {
        Book::number(s, row, 0, ++n);
        lxw_datetime when {r.day.year(), r.day.month(), r.day.day(), 0, 0, 0};
        worksheet_write_datetime(s, lxw_row_t(row), 1, &when, book.date);
        Book::text(s, row, 2, r.serviceName.isEmpty() ? r.serviceCode : r.serviceName);
        Book::text(s, row, 3, r.profile.gender);
        if (r.profile.age > 0)
            Book::number(s, row, 4, r.profile.age);
        Book::text(s, row, 5, r.profile.education);
        Book::text(s, row, 6, r.profile.occupation);
        Book::text(s, row, 7, surveyChannelLabel(r.channel));
        for (int i = 0; i < SurveyElements::kCount; ++i) {
            if (r.answers[size_t(i)] > 0)
                Book::number(s, row, firstU + i, r.answers[size_t(i)]);
        }
        ++row;
    }
    // The evaluators' rows under the last respondent, under the U columns.
    const IkmResult &ikm = d.index.office.ikm;
    const double w = weightOf(d.index.weighting);
    const QString weightName = d.index.weighting == IkmWeighting::Exact ? QStringLiteral("1/9") : QStringLiteral("0.111");
    ++row;
    const int sums = row;
    Book::text(s, sums, 0, SurveyReportXlsx::tr("Sum of values per element"), book.bold);
    Book::text(s, sums + 1, 0, SurveyReportXlsx::tr("Respondents answering per element"), book.bold);
    Book::text(s, sums + 2, 0, SurveyReportXlsx::tr("NRR per element"), book.bold);
    Book::text(s, sums + 3, 0, SurveyReportXlsx::tr("Weighted NRR per element (× %1)").arg(weightName), book.bold);
    for (int i = 0; i < SurveyElements::kCount; ++i) {
        const IkmElement *e = ikm.element(SurveyElements::codes().at(i));
        if (!e)
            continue;
        Book::number(s, sums, firstU + i, double(e->sum), book.bold);
        Book::number(s, sums + 1, firstU + i, double(e->count));
        if (e->nrr) {
            Book::number(s, sums + 2, firstU + i, *e->nrr, book.three);
            Book::number(s, sums + 3, firstU + i, *e->nrr * w, book.three);
        }
    }
    row = sums + 5;
    Book::text(s, row, 0, SurveyReportXlsx::tr("IKM (sum of the weighted NRRs)"), book.bold);
    if (ikm.ikm)
        Book::number(s, row, firstU, *ikm.ikm, book.boldThree);
    ++row;
    Book::text(s, row, 0, SurveyReportXlsx::tr("IKM converted (IKM × 25, rounded half up)"), book.bold);
    if (ikm.convertedCenti)
        Book::number(s, row, firstU, *ikm.convertedCenti / 100.0, book.boldTwo);
    ++row;
    Book::text(s, row, 0, SurveyReportXlsx::tr("Grade of service"), book.bold);
    Book::text(s, row, firstU, gradeCell(ikm.grade), book.bold);
    ++row;
    Book::text(s, row, 0, weightLine(d.index.weighting));

    worksheet_set_column(s, 0, 0, 6, nullptr);
    worksheet_set_column(s, 1, 1, 11, nullptr);
    worksheet_set_column(s, 2, 2, 26, nullptr);
    worksheet_set_column(s, 3, 4, 8, nullptr);
    worksheet_set_column(s, 5, 6, 12, nullptr);
    worksheet_set_column(s, 7, 7, 14, nullptr);
    worksheet_set_column(s, lxw_col_t(firstU), lxw_col_t(firstU + 8), 7, nullptr);
    worksheet_freeze_panes(s, lxw_row_t(SurveyReportXlsx::kFirstDataRow), 0);
}

void resultSheet(Book &book, const SurveyReportData &d)
{
    lxw_worksheet *s = book.sheet(SurveyReportXlsx::tr("Results"));
    heading(book, s, d, SurveyReportXlsx::tr("Community satisfaction index (IKM)"));
    int row = elementTable(book, s, 5, d.index.office.ikm, d.index.weighting);
    const SampleSufficiency &sample = d.index.office.sample;
    Book::text(s, row, 1, SurveyReportXlsx::tr("Served in the period (N)"));
    Book::number(s, row++, 2, double(sample.population));
    Book::text(s, row, 1, SurveyReportXlsx::tr("Minimum sample (Krejcie–Morgan)"));
    Book::number(s, row++, 2, double(sample.required));
    Book::text(s, row, 1, SurveyReportXlsx::tr("Sample"));
    Book::text(s, row++, 2, sample.statusText());

    row += 1;
    Book::text(s, row++, 0, SurveyReportXlsx::tr("Per service"), book.bold);
    book.header(s, row++, {SurveyReportXlsx::tr("Code"), SurveyReportXlsx::tr("Service"), SurveyReportXlsx::tr("Respondents"), SurveyReportXlsx::tr("Served (N)"),
                           SurveyReportXlsx::tr("Minimum sample"), SurveyReportXlsx::tr("IKM"), SurveyReportXlsx::tr("IKM converted"), SurveyReportXlsx::tr("Grade")});
    for (const SurveyGroupIndex &g : d.index.byService) {
        Book::text(s, row, 0, g.serviceCode);
        Book::text(s, row, 1, g.serviceName);
        Book::number(s, row, 2, double(g.ikm.respondents));
        Book::number(s, row, 3, double(g.sample.population));
        Book::number(s, row, 4, double(g.sample.required));
        if (g.ikm.ikm)
            Book::number(s, row, 5, *g.ikm.ikm, book.three);
        if (g.ikm.convertedCenti)
            Book::number(s, row, 6, *g.ikm.convertedCenti / 100.0, book.two);
        Book::text(s, row, 7, gradeCell(g.ikm.grade));
        ++row;
    }
    worksheet_set_column(s, 0, 0, 9, nullptr);
    worksheet_set_column(s, 1, 1, 40, nullptr);
    worksheet_set_column(s, 2, 7, 14, nullptr);
}

void serviceSheet(Book &book, const SurveyReportData &d, const SurveyGroupIndex &g)
{
    lxw_worksheet *s = book.sheet(g.serviceCode.isEmpty() ? g.serviceName : g.serviceCode + QStringLiteral(" ") + g.serviceName);
    heading(book, s, d, SurveyReportXlsx::tr("IKM of the service %1").arg(g.serviceName));
    int row = elementTable(book, s, 5, g.ikm, d.index.weighting);
    Book::text(s, row, 1, SurveyReportXlsx::tr("Served in the period (N)"));
    Book::number(s, row++, 2, double(g.sample.population));
    Book::text(s, row, 1, SurveyReportXlsx::tr("Minimum sample (Krejcie–Morgan)"));
    Book::number(s, row++, 2, double(g.sample.required));
    Book::text(s, row, 1, SurveyReportXlsx::tr("Sample"));
    Book::text(s, row, 2, g.sample.statusText());
    worksheet_set_column(s, 0, 0, 9, nullptr);
    worksheet_set_column(s, 1, 1, 40, nullptr);
    worksheet_set_column(s, 2, 7, 14, nullptr);
}

} // namespace

Status SurveyReportXlsx::write(const QString &path, const SurveyReportData &d)
{
    return PrivateWorkbook::save(path, [&](const QString &temp) {
        Book book(temp);
        if (!book.ok())
            return false;
        respondentsSheet(book, d);
        resultSheet(book, d);
        for (const SurveyGroupIndex &g : d.index.byService) {
            if (g.ikm.respondents > 0)
                serviceSheet(book, d, g);
        }
        return book.close() == LXW_NO_ERROR;
    });
}

} // namespace loket
