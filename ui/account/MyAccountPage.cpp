// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/account/MyAccountPage.h"

#include "core/auth/UserService.h"
#include "ui/common/Style.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

MyAccountPage::MyAccountPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makePageTitle(tr("My account"), this));

    auto *who = new QGroupBox(tr("Signed in as"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("Name"), new QLabel(m_session.actor.fullName, who));
    whoForm->addRow(tr("Username"), new QLabel(m_session.actor.username, who));
    whoForm->addRow(tr("Role"), new QLabel(roleDisplayName(m_session.actor.role), who));

    auto *pw = new QGroupBox(tr("Change password"), this);
    auto *pwForm = new QFormLayout(pw);
    m_old = new QLineEdit(pw);
    m_new = new QLineEdit(pw);
    m_repeat = new QLineEdit(pw);
    for (QLineEdit *e : {m_old, m_new, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaximumWidth(320);
    }
    pwForm->addRow(tr("Current password"), m_old);
    pwForm->addRow(tr("New password"), m_new);
    pwForm->addRow(tr("Repeat new password"), m_repeat);
    pwForm->addRow(QString(), makeHint(tr("At least 8 characters, not the same as your username."), pw));
    m_message = new QLabel(pw);
    m_message->setWordWrap(true);
    auto *save = new QPushButton(tr("Change password"), pw);
    save->setObjectName(QStringLiteral("primary"));
    save->setMaximumWidth(200);
    pwForm->addRow(QString(), save);
    pwForm->addRow(QString(), m_message);
    connect(save, &QPushButton::clicked, this, &MyAccountPage::changePassword);

    layout->addWidget(who);
    layout->addWidget(pw);
    layout->addStretch(1);
}

void MyAccountPage::changePassword()
{
    auto show = [this](const QString &text, bool ok) {
        m_message->setObjectName(ok ? QStringLiteral("hint") : QStringLiteral("errorLabel"));
        m_message->setStyleSheet(ok ? QStringLiteral("color: #067647;") : QString());
        m_message->setText(text);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    };
    // Core lets an administrator skip the old password (to reset others'); on
    // this page everyone proves who they are.
    if (m_old->text().isEmpty()) {
        show(tr("Enter your current password."), false);
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        show(tr("The two new passwords are not the same."), false);
        return;
    }
    UserService users(m_session.db, *m_session.clock);
    Status st = users.changePassword(m_session.actor, m_session.actor.username, m_old->text(), m_new->text());
    if (!st) {
        show(st.error().message, false);
        return;
    }
    m_old->clear();
    m_new->clear();
    m_repeat->clear();
    show(tr("Your password has been changed."), true);
}

} // namespace loket::ui
