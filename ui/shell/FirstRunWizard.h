// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace loket::ui {

// First start on an empty database: the office, then its first administrator.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(DatabasePtr db, QWidget *parent = nullptr);

protected:
    bool validateCurrentPage() override;

private:
    DatabasePtr m_db;
    QLineEdit *m_officeName = nullptr;
    QLineEdit *m_parentAgency = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_headNip = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_officeError = nullptr;
    QLabel *m_adminError = nullptr;
};

} // namespace loket::ui
