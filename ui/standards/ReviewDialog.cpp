// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/ReviewDialog.h"

#include "ui/standards/RecordDialogSupport.h"

#include "core/standards/StandardRegister.h"
#include "ui/common/Style.h"

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

ReviewDialog::ReviewDialog(qint64 serviceId, const QString &serviceName, QDate today, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_serviceId(serviceId)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Record a review"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("A review of the standard for %1. Evaluators expect every standard to be reviewed "
                                  "every year; the next review falls due a year after this one.")
                                   .arg(serviceName),
        this));
    auto *form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_reviewer = new QLineEdit(this);
    m_reviewer->setPlaceholderText(tr("A person or a team, e.g. Tim Evaluasi Standar Pelayanan"));
    m_reviewer->setMinimumWidth(340);
    m_outcome = new QComboBox(this);
    for (ReviewOutcome o : { ReviewOutcome::NoChange, ReviewOutcome::RevisionNeeded, ReviewOutcome::Revised })
        m_outcome->addItem(reviewOutcomeName(o), int(o));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was found, and what is to change"));
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Reviewed by"), m_reviewer);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Notes"), m_notes);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StandardReview ReviewDialog::review() const
{
    StandardReview r;
    r.serviceId = m_serviceId;
    r.date = m_date->date();
    r.reviewer = m_reviewer->text().trimmed();
    r.outcome = ReviewOutcome(m_outcome->currentData().toInt());
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

void ReviewDialog::tryAccept()
{
    const StandardReview r = review();
    acceptIfSaved(this, m_error, StandardRegister::reviewProblems(r), [&] { return m_apply(r); });
}

} // namespace loket::ui
