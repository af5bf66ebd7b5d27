// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyReportMenu.h"

#include "core/survey/SurveyReport.h"
#include "print/survey/SurveyReportPdf.h"
#include "print/survey/SurveyReportXlsx.h"

namespace loket::ui {

namespace {

class PreparedSurveyReport : public PreparedReport
{
public:
    explicit PreparedSurveyReport(SurveyReportData data) : m_data(std::move(data)) {}
    Status writePdf(const QString &path) const override
    {
        auto pages = SurveyReportPdf::write(path, m_data);
        return pages ? Status() : Status(pages.error());
    }
    Status writeXlsx(const QString &path) const override { return SurveyReportXlsx::write(path, m_data); }
    void paint(QPagedPaintDevice *device) const override { SurveyReportPdf::print(device, m_data); }
    QPageLayout pageLayout() const override { return SurveyReportPdf::pageLayout(); }
    QString documentName() const override { return SurveyReportPdf::title(); }

private:
    SurveyReportData m_data;
};

} // namespace

SurveyReportMenu::SurveyReportMenu(Session session, MessageBar *messages, QWidget *parent)
    : ReportMenu(std::move(session), messages, parent, QStringLiteral("survey-report"))
{
}

void SurveyReportMenu::setPeriod(const SurveyPeriod &period)
{
    ReportMenuTexts texts {
        .fileStem = QStringLiteral("Laporan-SKM-%1").arg(period.code()),
        .making = tr("Making the SKM report of %1…").arg(period.label()),
        .pdfCaption = tr("Save the SKM report as PDF"),
        .xlsxCaption = tr("Save the SKM report as an Excel workbook"),
        .previewTitle = tr("SKM report — print preview"),
    };
    const Session s = session();
    setReport(std::move(texts), [s, period](Kind kind) -> Result<std::shared_ptr<const PreparedReport>> {
        // The rows (one per response) only for the workbook.
        auto data = SurveyReport(s.db).read(s.actor, period.from(), period.to(),
                                            SurveyReport::Options {.withRows = kind == Kind::Xlsx});
        if (!data)
            return data.error();
        return std::shared_ptr<const PreparedReport>(std::make_shared<PreparedSurveyReport>(std::move(data.value())));
    });
}

} // namespace loket::ui
