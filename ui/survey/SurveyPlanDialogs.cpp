// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyPlanDialogs.h"

#include "core/common/SurveyElements.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

void SurveyPlanSubmitDialog::finishLayout(QLayout *fields, const QString &okText)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c; font-weight: 600;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("primary"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SurveyPlanSubmitDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void SurveyPlanSubmitDialog::submit()
{
    if (Status s = run(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    accept();
}

SurveyPlanItemDialog::SurveyPlanItemDialog(const SurveyPeriod &period, const PlanProposal *proposal,
                               std::function<Status(const PlanItemEntry &)> add, QWidget *parent)
    : SurveyPlanSubmitDialog(parent)
    , m_period(period)
    , m_add(std::move(add))
{
    setWindowTitle(tr("New follow-up item — %1").arg(period.label()));
    auto *form = new QFormLayout;
    m_element = new QComboBox(this);
    for (const QString &code : SurveyElements::questionnaireOrder())
        m_element->addItem(SurveyElements::label(code), code);
    m_action = new QPlainTextEdit(this);
    m_action->setTabChangesFocus(true);
    m_action->setMinimumHeight(80);
    m_person = new QLineEdit(this);
    m_person->setPlaceholderText(tr("Name or position, e.g. Kasi Pelayanan"));
    m_target = new QDateEdit(this);
    m_target->setCalendarPopup(true);
    m_target->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    // Evaluators look for follow-up within a month of the result.
    m_target->setDate(period.to().addMonths(1));
    form->addRow(tr("&Element:"), m_element);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Person in charge:"), m_person);
    form->addRow(tr("&Target date:"), m_target);
    if (proposal) {
        m_element->setCurrentIndex(m_element->findData(proposal->element));
        m_action->setPlainText(proposal->suggestedAction);
        m_origin = PlanOrigin::LowElement;
    }
    finishLayout(form, tr("Add to the plan"));
}

PlanItemEntry SurveyPlanItemDialog::entry() const
{
    PlanItemEntry e;
    e.periodCode = m_period.code();
    e.element = m_element->currentData().toString();
    e.action = m_action->toPlainText();
    e.personInCharge = m_person->text();
    e.targetDate = m_target->date();
    e.origin = m_origin;
    return e;
}

Status SurveyPlanItemDialog::run()
{
    return m_add(entry());
}

SurveyPlanDoneDialog::SurveyPlanDoneDialog(const PlanItem &item, std::function<Status(const QString &)> done, QWidget *parent)
    : SurveyPlanSubmitDialog(parent)
    , m_done(std::move(done))
{
    setWindowTitle(tr("Follow-up item done"));
    auto *form = new QFormLayout;
    auto *what = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                .arg(SurveyElements::label(item.element).toHtmlEscaped(), item.action.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    form->addRow(tr("Item:"), what);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("What shows it was done: a photo's place, a letter's number, a link"));
    m_evidence->setMinimumHeight(70);
    form->addRow(tr("&Evidence:"), m_evidence);
    finishLayout(form, tr("Mark done"));
}

Status SurveyPlanDoneDialog::run()
{
    return m_done(m_evidence->toPlainText());
}

SurveyPublicationDialog::SurveyPublicationDialog(const SurveyPeriod &period, QDate today,
                                     std::function<Status(const QString &, QDate, const QString &)> add, QWidget *parent)
    : SurveyPlanSubmitDialog(parent)
    , m_add(std::move(add))
{
    setWindowTitle(tr("Result published — %1").arg(period.label()));
    auto *form = new QFormLayout;
    m_medium = new QComboBox(this);
    m_medium->setEditable(true);
    m_medium->addItems({tr("Notice board"), tr("Office website"), tr("Social media"), tr("Newspaper"),
                        tr("Public forum"), tr("Information screen")});
    m_medium->setCurrentIndex(-1);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setDate(today);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("Where to see it: an address, a post, a photo (optional)"));
    form->addRow(tr("&Medium:"), m_medium);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(QString(), new QLabel(tr("Evaluators look for the result on four media or more."), this));
    finishLayout(form, tr("Record"));
}

Status SurveyPublicationDialog::run()
{
    return m_add(m_medium->currentText(), m_date->date(), m_reference->text());
}

SurveyForumDialog::SurveyForumDialog(const SurveyPeriod &period, QDate day, std::function<Status(QDate)> record,
                                     QWidget *parent)
    : SurveyPlanSubmitDialog(parent)
    , m_record(std::move(record))
{
    setWindowTitle(tr("Public forum — %1").arg(period.label()));
    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setDate(day);
    form->addRow(tr("&Day of the forum:"), m_date);
    form->addRow(QString(), new QLabel(tr("The forum where the result and its follow-up plan were discussed with the public."),
                                       this));
    finishLayout(form, tr("Record"));
}

Status SurveyForumDialog::run()
{
    return m_record(m_date->date());
}

} // namespace loket::ui
