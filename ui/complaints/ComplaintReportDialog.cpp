// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintReportDialog.h"

#include "core/catalog/CalendarRepository.h"
#include "core/catalog/OfficeService.h"
#include "print/complaints/ComplaintReportPdf.h"
#include "print/complaints/ComplaintReportXlsx.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintReportDialog::ComplaintReportDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Monthly complaint report"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Month"), this));
    m_month = new QComboBox(this);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_year = new QSpinBox(this);
    m_year->setRange(2020, 2100);
    pick->addWidget(m_month);
    pick->addWidget(m_year);
    pick->addStretch(1);
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(160);
    layout->addWidget(m_summary, 1);
    layout->addWidget(makeHint(tr("The PDF carries the letterhead and the signature block; the workbook has one sheet per "
                                  "table."), this));
    auto *buttons = new QDialogButtonBox(this);
    auto *pdf = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    auto *xlsx = buttons->addButton(tr("Save Excel workbook…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(pdf, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(xlsx, &QPushButton::clicked, this, [this] { askAndSave(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The month that is over, or this one early in a month.
    auto zone = CalendarRepository(m_session.db).officeTime();
    const QDate today = zone ? zone->localDate(m_session.clock->nowUtc()) : m_session.clock->nowUtc().date();
    const QDate start = today.day() <= 10 ? QDate(today.year(), today.month(), 1).addMonths(-1) : QDate(today.year(), today.month(), 1);
    setMonth(start);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ComplaintReportDialog::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &ComplaintReportDialog::reload);
}

void ComplaintReportDialog::setMonth(QDate firstOfMonth)
{
    const QSignalBlocker a(m_month), b(m_year);
    m_month->setCurrentIndex(firstOfMonth.month() - 1);
    m_year->setValue(firstOfMonth.year());
    reload();
}

void ComplaintReportDialog::reload()
{
    const QDate month(m_year->value(), m_month->currentData().toInt(), 1);
    auto r = ComplaintReport(m_session.db, *m_session.clock).month(m_session.actor, month);
    if (!r) {
        m_report.reset();
        m_summary->setText(r.error().message.toHtmlEscaped());
        return;
    }
    m_report = r.value();
    const QLocale locale;
    QStringList rows;
    rows << tr("<b>%1</b>").arg(ComplaintReport::monthName(month).toHtmlEscaped());
    rows << tr("Received: <b>%1</b>").arg(locale.toString(r->received));
    rows << tr("Followed up to completion: <b>%1</b> (%2 %)").arg(locale.toString(r->completed),
                                                                   locale.toString(r->completedShare() * 100, 'f', 1));
    rows << tr("Settling deadline missed: <b>%1</b> (%2 answered late, %3 still open)")
                .arg(locale.toString(r->overdue()), locale.toString(r->overdueAnsweredLate), locale.toString(r->overdueOpen));
    QStringList buckets;
    for (const ReportCount &b : r->responseTime)
        buckets << QStringLiteral("%1: %2").arg(b.label.toHtmlEscaped(), locale.toString(b.count));
    rows << tr("First response: %1").arg(buckets.join(QStringLiteral(" · ")));
    m_summary->setText(rows.join(QStringLiteral("<br>")));
}

Status ComplaintReportDialog::savePdf(const QString &path)
{
    if (!m_report)
        return makeError(ErrorCode::Nothing, tr("There is no report to save."));
    auto office = OfficeService(m_session.db).get();
    if (!office)
        return office.error();
    auto zone = CalendarRepository(m_session.db).officeTime();
    const QDate today = zone ? zone->localDate(m_session.clock->nowUtc()) : m_session.clock->nowUtc().date();
    auto pages = ComplaintReportPdf(office.value(), today).write(path, *m_report);
    if (!pages)
        return pages.error();
    return {};
}

Status ComplaintReportDialog::saveXlsx(const QString &path)
{
    if (!m_report)
        return makeError(ErrorCode::Nothing, tr("There is no report to save."));
    auto office = OfficeService(m_session.db).get();
    return ComplaintReportXlsx::write(path, *m_report, office ? office->name : QString());
}

void ComplaintReportDialog::askAndSave(bool pdf)
{
    if (!m_report)
        return;
    const QString base = QStringLiteral("laporan-pengaduan-%1").arg(m_report->month.toString(QStringLiteral("yyyy-MM")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the report as PDF") : tr("Save the report as Excel"),
        QDir(folder).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"))),
        pdf ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = pdf ? savePdf(path) : saveXlsx(path);
    if (!s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
    else
        QMessageBox::information(this, windowTitle(), tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace loket::ui
