// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/UsersPage.h"

#include "core/auth/UserService.h"
#include "ui/settings/UserDialog.h"
#include "ui/settings/UserTableModel.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

UsersPage::UsersPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("Who may sign in, and what each role may do: administrators run the system, "
                                  "supervisors review and set standards, front-desk officers serve the queue, "
                                  "the follow-up team handles complaints."),
                               this));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add user…"), this);
    add->setObjectName(QStringLiteral("primary"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_toggle = new QPushButton(tr("Disable"), this);
    m_password = new QPushButton(tr("Reset password…"), this);
    m_unlock = new QPushButton(tr("Unlock"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_password);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = makeHint(QString(), this);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    reload();
}

void UsersPage::reload()
{
    UserService users(m_session.db, *m_session.clock);
    auto list = users.listUsers(m_session.actor);
    if (!list) {
        m_status->setText(list.error().message);
        return;
    }
    m_model->setUsers(std::move(list).value(), m_session.clock->nowUtc(), OfficeInfo::load(m_session.db).zone);
    m_table->resizeColumnsToContents();
    updateButtons();
}

int UsersPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void UsersPage::updateButtons()
{
    const int row = selectedRow();
    const bool any = row >= 0;
    m_edit->setEnabled(any);
    m_toggle->setEnabled(any);
    m_password->setEnabled(any);
    const bool locked = any && m_model->user(row).lockedUntil.isValid()
        && m_model->user(row).lockedUntil > m_session.clock->nowUtc();
    m_unlock->setEnabled(locked);
    m_toggle->setText(any && !m_model->user(row).active ? tr("Enable") : tr("Disable"));
}

void UsersPage::report(const Status &status, const QString &done)
{
    if (!status) {
        QMessageBox::warning(this, tr("Users"), status.error().message);
        return;
    }
    m_status->setText(done);
    reload();
}

void UsersPage::addUser()
{
    UserDialog dialog(nullptr, this);
    while (dialog.exec() == QDialog::Accepted) {
        UserService users(m_session.db, *m_session.clock);
        auto added = users.addUser(m_session.actor, dialog.newUser());
        if (added) {
            m_status->setText(tr("User %1 added.").arg(added->username));
            reload();
            return;
        }
        dialog.showError(added.error().message);
    }
}

void UsersPage::editUser()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User current = m_model->user(row);
    UserDialog dialog(&current, this);
    while (dialog.exec() == QDialog::Accepted) {
        UserService users(m_session.db, *m_session.clock);
        Status st = users.updateUser(m_session.actor, dialog.editedUser());
        if (st) {
            m_status->setText(tr("User %1 saved.").arg(current.username));
            reload();
            return;
        }
        dialog.showError(st.error().message);
    }
}

void UsersPage::toggleActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User u = m_model->user(row);
    UserService users(m_session.db, *m_session.clock);
    if (u.active) {
        if (QMessageBox::question(this, tr("Disable user"),
                                  tr("Disable %1 (%2)? They will not be able to sign in. Their records stay.")
                                      .arg(u.fullName, u.username))
            != QMessageBox::Yes)
            return;
    }
    report(users.setActive(m_session.actor, u.username, !u.active),
           u.active ? tr("User %1 disabled.").arg(u.username) : tr("User %1 enabled.").arg(u.username));
}

void UsersPage::resetPassword()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User u = m_model->user(row);
    const QString password = askNewPassword(this, u.username);
    if (password.isEmpty())
        return;
    UserService users(m_session.db, *m_session.clock);
    report(users.changePassword(m_session.actor, u.username, QString(), password),
           tr("The password of %1 has been changed.").arg(u.username));
}

void UsersPage::unlock()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User u = m_model->user(row);
    UserService users(m_session.db, *m_session.clock);
    report(users.unlock(m_session.actor, u.username), tr("User %1 unlocked.").arg(u.username));
}

} // namespace loket::ui
