// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QStringList &suggestions, bool required,
    const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_required(required)
{
    setWindowTitle(title);
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(suggestions);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(required ? tr("Type or choose a reason") : tr("Optional"));
    m_reason->lineEdit()->setMaxLength(200);
    label->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_ok->setEnabled(!m_required || !reason().isEmpty()); };
    connect(m_reason, &QComboBox::editTextChanged, this, update);
    update();

    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &prompt,
    const QStringList &suggestions, bool required, const QString &okText)
{
    ReasonDialog dialog(title, prompt, suggestions, required, okText, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace loket::ui
