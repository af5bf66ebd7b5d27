// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/LoginDialog.h"

#include "core/auth/UserService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

LoginDialog::LoginDialog(DatabasePtr db, const QString &officeName, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Sign in — Loket"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loket.svg")));
    setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/loket.svg")).pixmap(48, 48));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(officeName, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *subtitle = new QLabel(tr("Sign in to continue"), this);
    subtitle->setObjectName(QStringLiteral("hint"));
    subtitle->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_username = new QLineEdit(this);
    m_username->setPlaceholderText(tr("e.g. petugas1"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Password"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    auto *quit = new QPushButton(tr("Quit"), this);
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    buttons->addWidget(m_signIn);

    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attempt);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::attempt()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your username and password."));
        m_error->show();
        return;
    }
    UserService users(m_db);
    auto result = users.authenticate(m_username->text().trimmed(), m_password->text());
    m_password->clear();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    accept();
}

} // namespace loket::ui
