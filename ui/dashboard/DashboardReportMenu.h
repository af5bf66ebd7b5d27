// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/ReportMenu.h"

#include <QDate>

namespace loket::ui {

// The dashboard's "Print report…": the month's "Laporan Bulanan Pelayanan
// Publik" (preview, PDF on letterhead, the workbook of its tables).
class MonthlyReportMenu : public ReportMenu
{
    Q_OBJECT
public:
    MonthlyReportMenu(Session session, MessageBar *messages, QWidget *parent);
    void setMonth(QDate month);
    // "Write each month's report by itself…": the folder Loket writes the
    // pack into when it starts, from the month's first working day.
    void chooseFolder();
    // For tests and the dialog: saves the folder (empty: stop); says the outcome on the message bar.
    bool saveFolder(const QString &folder);
};

// The self-check tab's "Print…": the evaluation self-check (preview or PDF)
// on the month's last day, today for the current month.
class EvaluationReportMenu : public ReportMenu
{
    Q_OBJECT
public:
    EvaluationReportMenu(Session session, MessageBar *messages, QWidget *parent);
    // `day` invalid: today in the office.
    void setDay(QDate day);
};

} // namespace loket::ui
