// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/UserDialog.h"

#include "ui/common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace loket::ui {

UserDialog::UserDialog(const User *existing, QWidget *parent)
    : QDialog(parent)
    , m_isNew(existing == nullptr)
{
    if (existing)
        m_user = *existing;
    setWindowTitle(m_isNew ? tr("New user") : tr("Edit user %1").arg(m_user.username));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_username = new QLineEdit(m_user.username, this);
    m_username->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,32}")), m_username));
    m_username->setEnabled(m_isNew);
    m_fullName = new QLineEdit(m_user.fullName, this);
    m_nip = new QLineEdit(m_user.nip, this);
    m_nip->setPlaceholderText(tr("18 digits, for civil servants"));
    m_role = new QComboBox(this);
    for (Role r : {Role::Officer, Role::FollowUp, Role::Supervisor, Role::Admin})
        m_role->addItem(roleDisplayName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(m_user.role)));
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Full name"), m_fullName);
    form->addRow(tr("NIP"), m_nip);
    form->addRow(tr("Role"), m_role);
    if (m_isNew) {
        m_password = new QLineEdit(this);
        m_repeat = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password"), m_password);
        form->addRow(tr("Repeat password"), m_repeat);
        form->addRow(QString(), makeHint(tr("At least 8 characters. The user can change it after signing in."), this));
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *ok = buttons->addButton(m_isNew ? tr("Add user") : tr("Save"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::check);
}

void UserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void UserDialog::check()
{
    if (m_fullName->text().trimmed().isEmpty()) {
        showError(tr("Enter the user's full name."));
        return;
    }
    if (m_isNew && m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords are not the same."));
        return;
    }
    accept();
}

NewUser UserDialog::newUser() const
{
    NewUser u;
    u.username = m_username->text().trimmed();
    u.fullName = m_fullName->text().trimmed();
    u.nip = m_nip->text().trimmed();
    u.role = Role(m_role->currentData().toInt());
    u.password = m_password ? m_password->text() : QString();
    return u;
}

User UserDialog::editedUser() const
{
    User u = m_user;
    u.fullName = m_fullName->text().trimmed();
    u.nip = m_nip->text().trimmed();
    u.role = Role(m_role->currentData().toInt());
    return u;
}

QString askNewPassword(QWidget *parent, const QString &username)
{
    bool ok = false;
    const QString first = QInputDialog::getText(parent, QCoreApplication::translate("loket", "New password"),
                                                QCoreApplication::translate("loket", "New password for %1:").arg(username),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    const QString second = QInputDialog::getText(parent, QCoreApplication::translate("loket", "New password"),
                                                 QCoreApplication::translate("loket", "Repeat the new password:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    if (first != second) {
        QMessageBox::warning(parent, QCoreApplication::translate("loket", "New password"),
                             QCoreApplication::translate("loket", "The two passwords are not the same."));
        return {};
    }
    return first;
}

} // namespace loket::ui
