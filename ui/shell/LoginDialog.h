// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Actor.h"
#include "core/storage/Database.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loket::ui {

// Asks for a username and password and signs the user in through core.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(DatabasePtr db, const QString &officeName, QWidget *parent = nullptr);

    std::optional<Actor> actor() const { return m_actor; }
    void setUsername(const QString &username);

private:
    void attempt();

    DatabasePtr m_db;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    std::optional<Actor> m_actor;
};

} // namespace loket::ui
