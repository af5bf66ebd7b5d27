// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardReportMenu.h"

#include "core/catalog/OfficeService.h"
#include "core/reports/EvaluationCheck.h"
#include "core/reports/MonthlyReportService.h"
#include "print/reports/EvaluationPdf.h"
#include "print/reports/MonthlyReportPack.h"
#include "print/reports/MonthlyReportPdf.h"
#include "print/reports/MonthlyReportXlsx.h"

#include "ui/common/MessageBar.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace loket::ui {

namespace {

using Prepared = Result<std::shared_ptr<const PreparedReport>>;

OfficeProfile officeOf(const Session &s)
{
    auto office = OfficeService(s.db, *s.clock).get();
    return office ? office.value() : OfficeProfile {};
}

class PreparedMonthly : public PreparedReport
{
public:
    PreparedMonthly(MonthlyReport report, OfficeProfile office)
        : m_report(std::move(report)), m_office(std::move(office)), m_pdf(m_office, m_report.asOf) {}
    Status writePdf(const QString &path) const override
    {
        auto pages = m_pdf.write(path, m_report);
        return pages ? Status() : Status(pages.error());
    }
    Status writeXlsx(const QString &path) const override { return MonthlyReportXlsx::write(path, m_report, m_office.name); }
    void paint(QPagedPaintDevice *device) const override { m_pdf.print(device, m_report); }
    QPageLayout pageLayout() const override { return MonthlyReportPdf::pageLayout(); }
    QString documentName() const override { return MonthlyReportPdf::title(); }

private:
    MonthlyReport m_report;
    OfficeProfile m_office;
    MonthlyReportPdf m_pdf;
};

class PreparedEvaluation : public PreparedReport
{
public:
    PreparedEvaluation(EvaluationCheckResult check, OfficeProfile office, QDate printedOn)
        : m_check(std::move(check)), m_pdf(std::move(office), printedOn) {}
    Status writePdf(const QString &path) const override
    {
        auto pages = m_pdf.write(path, m_check);
        return pages ? Status() : Status(pages.error());
    }
    Status writeXlsx(const QString &) const override { return {}; } // not offered
    void paint(QPagedPaintDevice *device) const override { m_pdf.print(device, m_check); }
    QPageLayout pageLayout() const override { return EvaluationPdf::pageLayout(); }
    QString documentName() const override { return EvaluationPdf::title(); }

private:
    EvaluationCheckResult m_check;
    EvaluationPdf m_pdf;
};

} // namespace

MonthlyReportMenu::MonthlyReportMenu(Session session, MessageBar *messages, QWidget *parent)
    : ReportMenu(std::move(session), messages, parent, QStringLiteral("monthly-report"))
{
    menu()->addSeparator();
    menu()->addAction(tr("Write each month's report by itself…"), this, &MonthlyReportMenu::chooseFolder);
}

void MonthlyReportMenu::chooseFolder()
{
    const QString current = MonthlyReportPack(session().db, *session().clock).scheduledFolder();
    const QString folder = QFileDialog::getExistingDirectory(
        parentWidget(), tr("The folder for each month's report (PDF and workbook)"),
        current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : current);
    if (!folder.isEmpty())
        saveFolder(folder);
}

bool MonthlyReportMenu::saveFolder(const QString &folder)
{
    const MonthlyReportPack pack(session().db, *session().clock);
    const Status saved = pack.setScheduledFolder(session().actor, folder);
    if (!saved) {
        messages()->showMessage(MessageBar::Kind::Error, saved.error().message);
    } else if (folder.isEmpty()) {
        messages()->showMessage(MessageBar::Kind::Calm, tr("The monthly report is no longer written by itself."));
    } else {
        messages()->showMessage(MessageBar::Kind::Calm,
                                tr("From the first working day of each month, Loket writes the month before's report "
                                   "into %1 when it starts.")
                                    .arg(QDir::toNativeSeparators(pack.scheduledFolder())));
    }
    messages()->show();
    return bool(saved);
}

void MonthlyReportMenu::setMonth(QDate month)
{
    const QString name = QLocale().toString(month, QStringLiteral("MMMM yyyy"));
    const QString file = MonthlyReportPack::fileName(month, QStringLiteral("pdf"));
    ReportMenuTexts texts {
        .fileStem = file.left(file.size() - 4),
        .making = tr("Making the monthly report of %1…").arg(name),
        .pdfCaption = tr("Save the monthly report as PDF"),
        .xlsxCaption = tr("Save the monthly report as an Excel workbook"),
        .previewTitle = tr("Monthly report — print preview"),
    };
    const Session s = session();
    setReport(std::move(texts), [s, month](Kind) -> Prepared {
        auto report = MonthlyReportService(s.db, *s.clock).month(s.actor, month);
        if (!report)
            return report.error();
        return std::shared_ptr<const PreparedReport>(std::make_shared<PreparedMonthly>(std::move(report.value()), officeOf(s)));
    });
}

EvaluationReportMenu::EvaluationReportMenu(Session session, MessageBar *messages, QWidget *parent)
    : ReportMenu(std::move(session), messages, parent, QStringLiteral("evaluation-report"), false)
{
}

void EvaluationReportMenu::setDay(QDate day)
{
    ReportMenuTexts texts {
        .fileStem = day.isValid() ? QStringLiteral("swa-periksa-evaluasi-%1").arg(day.toString(Qt::ISODate))
                                  : QStringLiteral("swa-periksa-evaluasi"),
        .making = tr("Making the evaluation self-check…"),
        .pdfCaption = tr("Save the evaluation self-check as PDF"),
        .xlsxCaption = {},
        .previewTitle = tr("Evaluation self-check — print preview"),
    };
    const Session s = session();
    setReport(std::move(texts), [s, day](Kind) -> Prepared {
        auto check = EvaluationCheck(s.db, *s.clock).check(s.actor, day);
        if (!check)
            return check.error();
        const QDate printedOn = check->day;
        return std::shared_ptr<const PreparedReport>(
            std::make_shared<PreparedEvaluation>(std::move(check.value()), officeOf(s), printedOn));
    });
}

} // namespace loket::ui
