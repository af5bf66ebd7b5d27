// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/survey/SurveyReport.h"

#include <QCoreApplication>

namespace loket {

// The SKM workbook (libxlsxwriter) in the layout evaluators' spreadsheets use:
//   - "Data responden": one row per respondent (No, date, service, gender,
//     age, education, occupation, channel, U1 … U9; a blank cell: not
//     answered), and under the last one the rows "Jumlah nilai per unsur",
//     "Jumlah responden menjawab", "NRR per unsur", "NRR tertimbang per
//     unsur" under the U columns, then IKM, IKM konversi and mutu;
//   - "Hasil": the office's index per element and the services side by side;
//   - one sheet per service with its index per element.
// Every sheet states the weighting used (1/9 or 0,111). Figures are values
// computed exactly by core (the converted IKM rounded half up once), not
// formulas a spreadsheet would recompute in binary floating point.
// Written to a hidden file beside the target and renamed over it; 0600.
// The rows come from SurveyReport::read with Options::withRows.
class SurveyReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(SurveyReportXlsx)
public:
    static Status write(const QString &path, const SurveyReportData &data);

    // The first row of respondents on "Data responden" (0-based), for readers of the file.
    static constexpr int kFirstDataRow = 6;
};

} // namespace loket
