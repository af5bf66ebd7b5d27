// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/StandardsPage.h"

#include "ui/common/Style.h"
#include "ui/standards/ComplianceDelegate.h"
#include "ui/standards/MaklumatDialog.h"
#include "ui/standards/OfficeDay.h"
#include "ui/standards/StandardEditor.h"
#include "ui/standards/StandardPanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

StandardsPage::StandardsPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_panel = new StandardPanel(m_session, m_stack);
    m_editor = new StandardEditor(m_session, m_stack);
    m_stack->addWidget(buildRegister());
    m_stack->addWidget(m_panel);
    m_stack->addWidget(m_editor);
    layout->addWidget(m_stack);

    connect(m_panel, &StandardPanel::backRequested, this, &StandardsPage::showRegister);
    connect(m_panel, &StandardPanel::editRequested, this, &StandardsPage::editService);
    connect(m_panel, &StandardPanel::changed, this, &StandardsPage::reload);
    connect(m_editor, &StandardEditor::standardChanged, this, &StandardsPage::reload);
    connect(m_editor, &StandardEditor::closeRequested, this, [this] { openService(m_editor->serviceId()); });
}

QWidget *StandardsPage::buildRegister()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(makePageTitle(tr("Service standards"), page));
    layout->addWidget(makeHint(tr("The Standar Pelayanan of every service (UU 25/2009, PermenPANRB 15/2014): the "
                                  "version in force, its decree, when it is due for review, and the five marks "
                                  "evaluators look for."),
        page));

    auto *bar = new QHBoxLayout;
    m_filters = new QButtonGroup(page);
    m_filters->setExclusive(true);
    for (RegisterFilter f : { RegisterFilter::All, RegisterFilter::ReviewDue, RegisterFilter::Incomplete }) {
        auto *b = new QPushButton(page);
        b->setCheckable(true);
        b->setStyleSheet(QStringLiteral("QPushButton { border-radius: 14px; padding: 5px 14px; }"
                                        "QPushButton:checked { background: #1f4e79; color: white; "
                                        "border-color: #1f4e79; }"));
        m_filters->addButton(b, int(f));
        bar->addWidget(b);
    }
    m_filters->button(int(RegisterFilter::All))->setChecked(true);
    m_filters->button(int(RegisterFilter::ReviewDue))
        ->setToolTip(tr("Standards whose yearly review is due within 30 days or overdue"));
    m_filters->button(int(RegisterFilter::Incomplete))
        ->setToolTip(tr("Services without a standard in force, or with empty components"));
    bar->addStretch(1);
    auto *maklumat = new QPushButton(tr("Maklumat Pelayanan…"), page);
    bar->addWidget(maklumat);
    layout->addLayout(bar);

    m_model = new StandardRegisterModel(this);
    m_table = new QTableView(page);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(StandardRegisterModel::Compliance, new ComplianceDelegate(m_table));
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(page);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("background: white; border: 1px solid #d6dde6; border-radius: 6px; "
                                           "padding: 8px 10px;"));
    layout->addWidget(m_detail);
    m_status = makeHint(QString(), page);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open standard"), page);
    m_open->setToolTip(tr("Enter"));
    m_edit = new QPushButton(tr("Edit standard…"), page);
    m_edit->setObjectName(QStringLiteral("primary"));
    m_edit->setVisible(m_session.actor.can(Permission::ManageStandards));
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);

    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(RegisterFilter(id)); });
    connect(maklumat, &QPushButton::clicked, this, [this] {
        MaklumatDialog dialog(m_session, this);
        dialog.exec();
        reload();
    });
    connect(m_table, &QTableView::activated, this, [this] { openService(selectedService()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openService(selectedService()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editService(selectedService()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StandardsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StandardsPage::updateSelection);
    return page;
}

void StandardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void StandardsPage::reload()
{
    const qint64 selected = selectedService();
    auto rows = StandardRegisterModel::load(m_session, officeToday(m_session));
    if (!rows) {
        m_model->setRows({}, officeToday(m_session));
        m_status->setText(rows.error().message);
        return;
    }
    m_model->setRows(std::move(rows).value(), officeToday(m_session));
    m_status->clear();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StandardRegisterModel::Service, QHeaderView::Stretch);
    const int row = m_model->rowOfService(selected);
    m_table->selectRow(row >= 0 ? row : 0);
    updateFilterLabels();
}

void StandardsPage::updateFilterLabels()
{
    m_filters->button(int(RegisterFilter::All))
        ->setText(tr("All services (%1)").arg(m_model->count(RegisterFilter::All)));
    m_filters->button(int(RegisterFilter::ReviewDue))
        ->setText(tr("Review due (%1)").arg(m_model->count(RegisterFilter::ReviewDue)));
    m_filters->button(int(RegisterFilter::Incomplete))
        ->setText(tr("Incomplete (%1)").arg(m_model->count(RegisterFilter::Incomplete)));
}

void StandardsPage::setFilter(RegisterFilter filter)
{
    m_filters->button(int(filter))->setChecked(true);
    m_model->setFilter(filter);
    m_table->selectRow(0);
    updateSelection();
}

qint64 StandardsPage::selectedService() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->rowAt(index.row()).summary.service.id : 0;
}

void StandardsPage::updateSelection()
{
    const QModelIndex index = m_table->currentIndex();
    m_open->setEnabled(index.isValid());
    m_edit->setEnabled(index.isValid());
    if (!index.isValid()) {
        m_detail->setText(m_model->rowCount() == 0 ? tr("No service matches this filter.") : QString());
        return;
    }
    const StandardRegisterRow &row = m_model->rowAt(index.row());
    m_detail->setText(
        QStringLiteral("<b>%1</b> &nbsp; %2")
            .arg(row.summary.service.name.toHtmlEscaped(), StandardRegisterModel::complianceText(row).toHtmlEscaped()));
    m_edit->setText(row.summary.draft ? tr("Continue draft…") : tr("Edit standard…"));
}

bool StandardsPage::openService(qint64 serviceId)
{
    if (serviceId <= 0 || !m_panel->showService(serviceId))
        return false;
    m_stack->setCurrentWidget(m_panel);
    m_panel->setFocus();
    return true;
}

bool StandardsPage::editService(qint64 serviceId)
{
    if (serviceId <= 0 || !m_session.actor.can(Permission::ManageStandards) || !m_editor->openService(serviceId))
        return false;
    m_stack->setCurrentWidget(m_editor);
    return true;
}

void StandardsPage::showRegister()
{
    reload();
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

StandardsPage::View StandardsPage::view() const
{
    if (m_stack->currentWidget() == m_panel)
        return View::Standard;
    if (m_stack->currentWidget() == m_editor)
        return View::Editor;
    return View::Register;
}

} // namespace loket::ui
