// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/SurveyReport.h"

#include <QList>
#include <QString>
#include <QStringList>

// The HTML pieces the SKM report's chapters and appendix share (internal to print/survey).
namespace loket::surveyhtml {

QString esc(const QString &text);
// A number with the reader's decimal separator ("3,250" in Indonesian).
QString decimal(double value, int places);
QString centi(int centi);                 // "88,31"
QString count(qint64 n);                  // "1.234"
QString longDate(QDate day);              // "23 November 2026"
QString chapter(const QString &number, const QString &title, bool newPage = false);
QString section(const QString &letter, const QString &title);
QString para(const QString &html);
QString numbered(const QStringList &itemsHtml); // "1. …" lines
// A ruled table, its header repeated on each page it runs onto. `widths` in
// percent; `left` columns left-aligned, the rest centred; `boldLast` rows bold at the end.
QString ruled(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QList<int> &left = {1}, int boldLast = 0, const QString &style = {});
QString sideBySide(const QString &left, const QString &right);
QString gradeText(const std::optional<IkmGrade> &grade); // "B (Baik)", "—"
QString weightText(IkmWeighting weighting);              // "1/9" or "0,111"
QString periodText(const SurveyReportData &data);        // "Triwulan IV 2026 (1 Oktober – 31 Desember 2026)"

// The appendix: the questionnaire as given, and the raw data's summary.
QString appendix(const SurveyReportData &data);

} // namespace loket::surveyhtml
