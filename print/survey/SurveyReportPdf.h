// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/survey/SurveyReport.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The SKM report (Laporan Survei Kepuasan Masyarakat, PermenPANRB 14/2017)
// on A4 with the office's letterhead, in the standard outline: I Pendahuluan
// (background, legal basis, purpose), II Pengumpulan Data (team, method,
// place, period, population and the Krejcie–Morgan sample), III Hasil
// (respondents by profile, the index per element with NRR, weighted NRR,
// converted and grade, per service), IV Analisis (weakest and strongest
// elements, the follow-up plan and publications, the trend), V Penutup and
// the head of office's signature with NIP; the appendix holds the
// questionnaire as given (U9 asked before U8) and the raw data's summary.
// Every page's footer and chapters II and III say which weighting was used.
//
//   auto pages = SurveyReportPdf::write(path, data);   // or print(&writer, data)
class SurveyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(SurveyReportPdf)
public:
    static QString title(); // "LAPORAN SURVEI KEPUASAN MASYARAKAT"
    static QString html(const SurveyReportData &data);
    // Onto a QPdfWriter or QPrinter already set up (pageLayout()); the pages painted, 0 when it could not start.
    static int print(QPagedPaintDevice *device, const SurveyReportData &data);
    static QPageLayout pageLayout(); // A4 portrait, 2.5 cm left, 2 cm elsewhere
    // The PDF (0600); the pages written. On failure no file is left.
    static Result<int> write(const QString &path, const SurveyReportData &data);
};

} // namespace loket
