// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace loket::ui {

// The signed-in user's own account: who they are, and a new password.
class MyAccountPage : public QWidget
{
    Q_OBJECT
public:
    MyAccountPage(Session session, QWidget *parent = nullptr);

private:
    void changePassword();

    Session m_session;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
