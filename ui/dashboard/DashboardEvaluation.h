// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/EvaluationCheck.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace loket::ui {

// The evaluation self-check (PEKPPP, Ombudsman): each point with its state
// (met, partly, missing), the evidence Loket holds and what is still to do.
class DashboardEvaluation : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardEvaluation(QWidget *parent = nullptr);

    void setResult(const EvaluationCheckResult &result);
    void setError(const QString &text);
    void setLoading();

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *printButton() const { return m_print; }
    const EvaluationCheckResult &result() const { return m_result; }

    static QString stateText(EvidenceState state); // translated
    static QColor stateColor(EvidenceState state);

private:
    EvaluationCheckResult m_result;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace loket::ui
