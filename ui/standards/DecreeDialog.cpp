// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/standards/DecreeDialog.h"

#include "ui/common/Style.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

DecreeDialog::DecreeDialog(const QString &serviceName, int versionNumber, QDate today, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Set the standard by decree"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("Version %1 of the standard for %2 comes into force on the date below and "
                                  "replaces the version in force now, which ends the day before. A set version "
                                  "cannot be changed afterwards.")
                                   .arg(versionNumber)
                                   .arg(serviceName),
        this));
    auto *form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(QStringLiteral("100.3.3/17/KEC/%1").arg(today.year()));
    m_number->setMinimumWidth(280);
    m_date = new QDateEdit(today, this);
    m_effective = new QDateEdit(today, this);
    for (QDateEdit *d : { m_date, m_effective }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    form->addRow(tr("Decree number (nomor SK)"), m_number);
    form->addRow(tr("Signed on"), m_date);
    form->addRow(tr("In force from"), m_effective);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *set = buttons->addButton(tr("Set the standard"), QDialogButtonBox::AcceptRole);
    set->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecreeDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The usual case: in force from the day it is signed.
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_effective->date() < d)
            m_effective->setDate(d);
    });
}

Decree DecreeDialog::decree() const
{
    return Decree { m_number->text().trimmed(), m_date->date(), m_effective->date() };
}

void DecreeDialog::tryAccept()
{
    Status done = m_apply(decree());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace loket::ui
