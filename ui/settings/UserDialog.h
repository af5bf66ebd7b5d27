// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/UserService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace loket::ui {

// Adds a user (with a first password) or edits one (name, NIP, role).
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new user.
    UserDialog(const User *existing, QWidget *parent = nullptr);

    NewUser newUser() const;
    User editedUser() const;
    // Shows a core error in the dialog and keeps it open.
    void showError(const QString &message);

private:
    void check();

    bool m_isNew;
    User m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_nip = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

// Asks an administrator for a new password for someone else.
QString askNewPassword(QWidget *parent, const QString &username);

} // namespace loket::ui
