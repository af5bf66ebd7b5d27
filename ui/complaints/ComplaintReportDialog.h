// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintReport.h"
#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace loket::ui {

// The monthly complaint report for supervisors: pick the month, read the
// figures, save the signed A4 PDF or the Excel workbook.
class ComplaintReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintReportDialog(Session session, QWidget *parent = nullptr);

    void setMonth(QDate firstOfMonth);
    const std::optional<ComplaintMonthReport> &report() const { return m_report; }
    QLabel *summaryLabel() const { return m_summary; }
    // Writes the files (for tests and the buttons); the message on failure.
    Status savePdf(const QString &path);
    Status saveXlsx(const QString &path);

private:
    void reload();
    void askAndSave(bool pdf);

    Session m_session;
    QComboBox *m_month = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_summary = nullptr;
    std::optional<ComplaintMonthReport> m_report;
};

} // namespace loket::ui
