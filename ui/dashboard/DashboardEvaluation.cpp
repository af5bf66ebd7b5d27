// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardEvaluation.h"

#include "ui/common/Style.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QHeaderView>
#include <QLabel>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

QString DashboardEvaluation::stateText(EvidenceState state)
{
    switch (state) {
    case EvidenceState::Met: return tr("Met");
    case EvidenceState::Partly: return tr("Partly");
    case EvidenceState::Missing: return tr("Missing");
    }
    return {};
}

QColor DashboardEvaluation::stateColor(EvidenceState state)
{
    switch (state) {
    case EvidenceState::Met: return DashboardColors::good();
    case EvidenceState::Partly: return DashboardColors::noShow();
    case EvidenceState::Missing: return DashboardColors::bad();
    }
    return {};
}

DashboardEvaluation::DashboardEvaluation(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 11pt; font-weight: 600; color: #1f2d3d;"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    m_print = new QPushButton(tr("Print the self-check"), this);
    m_print->setToolTip(tr("The page to print before the evaluators visit: a print preview or a PDF"));
    top->addWidget(m_print, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(makeHint(tr("What the evaluators (KemenPANRB's PEKPPP, Ombudsman RI) look at, and the evidence "
                                  "Loket holds for each point."),
                               this));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Point"), tr("Evaluator"), tr("State"), tr("Evidence in Loket"),
                                        tr("What is missing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows follow their wrapped text whatever the width (a few rows: cheap).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(3, QHeaderView::Stretch);
    h->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 250);
    layout->addWidget(m_table, 1);
    setLoading();
}

void DashboardEvaluation::setLoading()
{
    m_summary->setText(tr("Reading the evidence…"));
}

void DashboardEvaluation::setError(const QString &text)
{
    m_summary->setText(text);
    m_table->setRowCount(0);
}

void DashboardEvaluation::setResult(const EvaluationCheckResult &result)
{
    m_result = result;
    const QLocale locale;
    m_summary->setText(tr("Self-check on %1: %2 met, %3 partly, %4 missing of %5 points.")
                           .arg(locale.toString(result.day, QStringLiteral("d MMMM yyyy")))
                           .arg(result.count(EvidenceState::Met))
                           .arg(result.count(EvidenceState::Partly))
                           .arg(result.count(EvidenceState::Missing))
                           .arg(result.points.size()));
    m_table->setRowCount(int(result.points.size()));
    for (int row = 0; row < result.points.size(); ++row) {
        const EvaluationPoint &p = result.points.at(row);
        auto item = [](const QString &text) {
            auto *i = new QTableWidgetItem(text);
            i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            i->setToolTip(text);
            i->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            return i;
        };
        m_table->setItem(row, 0, item(p.label));
        m_table->setItem(row, 1, item(p.evaluator));
        auto *state = item(stateText(p.state));
        state->setForeground(stateColor(p.state));
        QFont bold = m_table->font();
        bold.setBold(true);
        state->setFont(bold);
        m_table->setItem(row, 2, state);
        m_table->setItem(row, 3, item(p.evidence));
        m_table->setItem(row, 4, item(p.missing));
    }
}

} // namespace loket::ui
