// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace loket::ui {

// One step of a complaint's follow-up: verify, assign, note, respond, wait,
// resume, close, reopen. Shows only the fields the step takes; the step is
// done by the complaint service when the dialog is accepted, and a refusal
// is shown in the dialog, which stays open.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Verify, Assign, Note, Respond, Wait, Resume, Close, Reopen };
    ComplaintStepDialog(Session session, const Complaint &complaint, Step step, QWidget *parent = nullptr);

    static QString stepLabel(Step step); // the button's text
    const Complaint &result() const { return m_result; }

    // For tests.
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *choice() const { return m_choice; }
    QLabel *errorLabel() const { return m_error; }
    void apply();

private:
    Session m_session;
    Complaint m_complaint;
    Complaint m_result;
    Step m_step;
    QComboBox *m_choice = nullptr;   // outcome or assignee
    QLineEdit *m_line = nullptr;     // forwarded to, letter number
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace loket::ui
