// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/SurveyPeriod.h"
#include "ui/common/ReportMenu.h"

namespace loket::ui {

// The results page's "Print report…" menu: the SKM report of the period
// shown (ReportMenu: preview, PDF or workbook, made on a thread of its own).
class SurveyReportMenu : public ReportMenu
{
    Q_OBJECT
public:
    SurveyReportMenu(Session session, MessageBar *messages, QWidget *parent);
    void setPeriod(const SurveyPeriod &period);
};

} // namespace loket::ui
