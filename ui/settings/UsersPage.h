// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace loket::ui {

class UserTableModel;

// Accounts: add, edit, disable/enable, reset password, unlock.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(Session session, QWidget *parent = nullptr);
    void reload();

private:
    int selectedRow() const;
    void updateButtons();
    void report(const Status &status, const QString &done);
    void addUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    void unlock();

    Session m_session;
    UserTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace loket::ui
