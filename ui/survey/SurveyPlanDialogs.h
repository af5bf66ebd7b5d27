// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/survey/SurveyPlan.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace loket::ui {

// The follow-up plan's dialogs. Each hands what was typed to `submit` (the
// core call) and closes only when it succeeded; a refusal is shown in the
// dialog, in core's words, and the typing is kept.
class SurveyPlanSubmitDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;
    QLabel *errorLabel() const { return m_error; }
    // OK: the core call; accepted when it succeeds.
    void submit();

protected:
    void finishLayout(QLayout *fields, const QString &okText);
    virtual Status run() = 0;

    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// A new item of the period's plan, perhaps from a proposal (its element and action filled in).
class SurveyPlanItemDialog : public SurveyPlanSubmitDialog
{
    Q_OBJECT
public:
    SurveyPlanItemDialog(const SurveyPeriod &period, const PlanProposal *proposal,
                   std::function<Status(const PlanItemEntry &)> add, QWidget *parent = nullptr);
    PlanItemEntry entry() const;
    QComboBox *elementBox() const { return m_element; }
    QPlainTextEdit *actionEdit() const { return m_action; }
    QLineEdit *personEdit() const { return m_person; }
    QDateEdit *targetEdit() const { return m_target; }

protected:
    Status run() override;

private:
    SurveyPeriod m_period;
    PlanOrigin m_origin = PlanOrigin::Staff;
    std::function<Status(const PlanItemEntry &)> m_add;
    QComboBox *m_element = nullptr;
    QPlainTextEdit *m_action = nullptr;
    QLineEdit *m_person = nullptr;
    QDateEdit *m_target = nullptr;
};

// An item marked done: what shows it was done (core requires it).
class SurveyPlanDoneDialog : public SurveyPlanSubmitDialog
{
    Q_OBJECT
public:
    SurveyPlanDoneDialog(const PlanItem &item, std::function<Status(const QString &)> done, QWidget *parent = nullptr);
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }

protected:
    Status run() override;

private:
    std::function<Status(const QString &)> m_done;
    QPlainTextEdit *m_evidence = nullptr;
};

// Where the period's result was made public.
class SurveyPublicationDialog : public SurveyPlanSubmitDialog
{
    Q_OBJECT
public:
    SurveyPublicationDialog(const SurveyPeriod &period, QDate today,
                      std::function<Status(const QString &medium, QDate date, const QString &reference)> add,
                      QWidget *parent = nullptr);
    QComboBox *mediumBox() const { return m_medium; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *referenceEdit() const { return m_reference; }

protected:
    Status run() override;

private:
    std::function<Status(const QString &, QDate, const QString &)> m_add;
    QComboBox *m_medium = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reference = nullptr;
};

// The day the public forum (forum konsultasi publik) discussed the period's result.
class SurveyForumDialog : public SurveyPlanSubmitDialog
{
    Q_OBJECT
public:
    SurveyForumDialog(const SurveyPeriod &period, QDate day, std::function<Status(QDate)> record,
                      QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_date; }

protected:
    Status run() override;

private:
    std::function<Status(QDate)> m_record;
    QDateEdit *m_date = nullptr;
};

} // namespace loket::ui
