// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintStepDialog.h"

#include "core/complaints/ComplaintService.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

QString ComplaintStepDialog::stepLabel(Step step)
{
    switch (step) {
    case Step::Verify: return tr("Verify…");
    case Step::Assign: return tr("Assign…");
    case Step::Note: return tr("Add a note…");
    case Step::Respond: return tr("Send the response…");
    case Step::Wait: return tr("Wait for the complainant…");
    case Step::Resume: return tr("Resume");
    case Step::Close: return tr("Close…");
    case Step::Reopen: return tr("Reopen…");
    }
    return {};
}

ComplaintStepDialog::ComplaintStepDialog(Session session, const Complaint &complaint, Step step, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_complaint(complaint)
    , m_step(step)
{
    setWindowTitle(QStringLiteral("%1 — %2").arg(stepLabel(step).remove(QStringLiteral("…")), complaint.number));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(QStringLiteral("<b>%1</b> · %2").arg(complaint.number, complaint.intake.summary.toHtmlEscaped()), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    QString textLabel = tr("Note");
    bool textRequired = false;
    switch (step) {
    case Step::Verify:
        m_choice = new QComboBox(this);
        for (VerifyOutcome o : {VerifyOutcome::Complete, VerifyOutcome::Incomplete, VerifyOutcome::NotOurAuthority,
                 VerifyOutcome::Archived})
            m_choice->addItem(verifyOutcomeName(o), verifyOutcomeCode(o));
        form->addRow(tr("Outcome"), m_choice);
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(tr("the office it goes to, when it is not ours"));
        form->addRow(tr("Forwarded to"), m_line);
        break;
    case Step::Assign: {
        m_choice = new QComboBox(this);
        auto people = ComplaintService(m_session.db, *m_session.clock).assignees(m_session.actor);
        if (people) {
            for (const auto &p : people.value()) {
                if (p.userId != complaint.status.assigneeId)
                    m_choice->addItem(QStringLiteral("%1 (%2)").arg(p.fullName, p.roleName), p.userId);
            }
        }
        // A member of the team takes an unassigned complaint for him- or herself.
        const int me = m_choice->findData(m_session.actor.userId);
        if (me >= 0)
            m_choice->setCurrentIndex(me);
        form->addRow(tr("Give it to"), m_choice);
        break;
    }
    case Step::Respond:
        textLabel = tr("Response to the complainant");
        textRequired = true;
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(tr("e.g. 800/123/Kec.CK/2026"));
        form->addRow(tr("Letter number"), m_line);
        break;
    case Step::Note:
        textRequired = true;
        break;
    case Step::Wait:
        textLabel = tr("What the complainant is asked for");
        textRequired = true;
        layout->addWidget(makeHint(tr("While the complaint waits for the complainant its deadlines stand still."), this));
        break;
    case Step::Reopen:
        textLabel = tr("Why it is reopened");
        textRequired = true;
        break;
    case Step::Resume:
    case Step::Close:
        break;
    }
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(step == Step::Respond ? 180 : 90);
    form->addRow(textRequired ? textLabel + QStringLiteral(" *") : textLabel, m_text);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9B1C1C; font-weight: 600;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(stepLabel(step).remove(QStringLiteral("…")), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ComplaintStepDialog::apply()
{
    ComplaintService service(m_session.db, *m_session.clock);
    const Actor &a = m_session.actor;
    const qint64 id = m_complaint.id;
    const QString text = m_text->toPlainText();
    Result<Complaint> r = m_complaint;
    switch (m_step) {
    case Step::Verify:
        r = service.verify(a, id, verifyOutcomeFromCode(m_choice->currentData().toString()).value_or(VerifyOutcome::Complete),
                           text, m_line->text());
        break;
    case Step::Assign:
        if (m_choice->count() == 0) {
            m_error->setText(tr("Nobody else in the follow-up team can take it."));
            m_error->show();
            return;
        }
        r = service.assign(a, id, m_choice->currentData().toLongLong(), text);
        break;
    case Step::Note: r = service.addNote(a, id, text); break;
    case Step::Respond: r = service.respond(a, id, text, m_line->text()); break;
    case Step::Wait: r = service.wait(a, id, text); break;
    case Step::Resume: r = service.resume(a, id, text); break;
    case Step::Close: r = service.close(a, id, text); break;
    case Step::Reopen: r = service.reopen(a, id, text); break;
    }
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_result = r.value();
    accept();
}

} // namespace loket::ui
